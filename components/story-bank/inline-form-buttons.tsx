"use client";

/** Submit and Cancel for the story bank's inline forms; Cancel hands focus back to the opener. */
export function InlineFormButtons({
  pending,
  label,
  pendingLabel,
  onCancel,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  onCancel: () => void;
}) {
  return (
    <div className="flex gap-2">
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? pendingLabel : label}
      </button>
      <button
        type="button"
        onClick={onCancel}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-100"
      >
        Cancel
      </button>
    </div>
  );
}
