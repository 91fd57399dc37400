import type { Metadata, Viewport } from "next";
import Link from "next/link";
import { connection } from "next/server";
import "./globals.css";

import { SignOutButton } from "@/components/auth/sign-out-button";
import { getActor } from "@/lib/auth/current-actor.server";

export const metadata: Metadata = {
  title: { default: "Gameday", template: "%s · Gameday" },
  description:
    "Rehearse the infra-ownership interview question: draft your story section by section and see which probes it answers.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  // Every page renders per request: its scripts carry that request's CSP nonce (proxy.ts),
  // which a page built ahead of time could not know.
  await connection();
  const actor = await getActor();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <header className="no-print border-b border-slate-200 bg-white">
          <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
            <Link href="/" className="text-lg font-bold tracking-tight text-brand-900">
              Gameday
            </Link>
            {actor ? (
              <>
                <Link href="/drafts" className="text-sm font-medium text-slate-700 hover:text-brand-700">
                  My drafts
                </Link>
                <Link href="/review" className="text-sm font-medium text-slate-700 hover:text-brand-700">
                  Review
                </Link>
                <span className="ml-auto flex items-center gap-4">
                  <Link href="/account" className="text-sm font-medium text-slate-700 hover:text-brand-700">
                    {actor.name}
                  </Link>
                  <SignOutButton userKey={actor.userId} />
                </span>
              </>
            ) : (
              <span className="ml-auto flex items-center gap-4">
                <Link href="/sign-in" className="text-sm font-medium text-slate-700 hover:text-brand-700">
                  Sign in
                </Link>
                <Link href="/sign-up" className="text-sm font-medium text-slate-700 hover:text-brand-700">
                  Create an account
                </Link>
              </span>
            )}
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
