export default function Loading() {
  return (
    <div role="status" className="mx-auto flex max-w-3xl flex-col gap-4">
      <p className="text-slate-600">Preparing your follow-up questions…</p>
      <div aria-hidden="true" className="h-40 animate-pulse rounded-lg bg-slate-200/60" />
      <div aria-hidden="true" className="h-40 animate-pulse rounded-lg bg-slate-200/60" />
    </div>
  );
}
