import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold">Not found</h1>
      <p className="mt-3 text-slate-600">That page or draft does not exist, or it belongs to someone else.</p>
      <Link href="/drafts" className="mt-6 inline-block font-medium text-brand-700 underline">
        Back to my drafts
      </Link>
    </div>
  );
}
