export default function Loading() {
  return (
    <div role="status" className="mx-auto flex max-w-5xl flex-col gap-4">
      <p className="text-slate-600">Loading the outline and your past runs…</p>
      <div aria-hidden="true" className="h-64 animate-pulse rounded-lg bg-slate-200/60" />
    </div>
  );
}
