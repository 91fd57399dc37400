import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // No telemetry, no remote fonts or images: the app must build and run with no network.
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  images: { unoptimized: true },
  // Loaded from node_modules at run time rather than bundled, so that every route of the
  // process shares one copy (pino is on Next.js's own list already).
  serverExternalPackages: ["prom-client"],
};

export default nextConfig;
