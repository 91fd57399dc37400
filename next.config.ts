import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // No telemetry, no remote fonts or images: the app must build and run with no network.
  poweredByHeader: false,
  reactStrictMode: true,
  typedRoutes: false,
  images: { unoptimized: true },
};

export default nextConfig;
