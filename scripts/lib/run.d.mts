// Types of the helpers in run.mjs that TypeScript scripts use (the project does not type-check JavaScript).
export declare const root: string;
export declare function bin(name: string): string;
export declare const quietEnv: Record<string, string>;
/** Builds the production bundle unless .next holds a build newer than every source file. */
export declare function buildIfNeeded(): void;
/** How long `next start` keeps an idle keep-alive connection open, in ms (see run.mjs). */
export declare const DEFAULT_KEEP_ALIVE_MS: number;
