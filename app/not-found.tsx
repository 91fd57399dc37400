import { BackLink } from "@/components/ui/back-link";

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-3 py-16 text-center">
      <h1 className="text-3xl font-bold">Not found</h1>
      <p className="text-slate-600">That page or draft does not exist, was deleted, or belongs to someone else.</p>
      <div className="mt-3">
        <BackLink href="/drafts">All drafts</BackLink>
      </div>
    </div>
  );
}
