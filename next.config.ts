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
  // `npm test` runs tsc over the whole project just before it builds; it sets this only when
  // that passed, so the build does not check the same types a second time. Every other build checks them.
  typescript: { ignoreBuildErrors: process.env.GAMEDAY_BUILD_TYPES_CHECKED === "1" },
};

export default nextConfig;
