// The little of autocannon's API that scripts/bench-load.ts uses (the package has no types).
declare module "autocannon" {
  type Context = Record<string, unknown>;
  type RequestSpec = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
    setupRequest?: (request: RequestSpec, context: Context) => RequestSpec;
    onResponse?: (status: number, body: string, context: Context) => void;
  };
  type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    requests?: RequestSpec[];
    idReplacement?: boolean;
  };
  type Histogram = { average: number; p50: number; p90: number; p99: number; max: number };
  type Result = { requests: Histogram & { total: number; sent: number }; latency: Histogram; errors: number; timeouts: number; non2xx: number; duration: number; "2xx": number };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
