"use client";

import { useTypedBeforeHydration } from "@/components/ui/use-typed-before-hydration";
import { COMMENT_LIMITS } from "@/lib/star/comment-schema";

/**
 * The text box of a comment or a reply, with its limit shown as the user types (the limit is
 * the schema's, which the server enforces too). Over the limit it says so; nothing is cut off.
 */
export function CommentBodyField({
  id,
  label,
  value,
  onChange,
  error,
  rows = 3,
  placeholder,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  rows?: number;
  placeholder?: string;
}) {
  const ref = useTypedBeforeHydration<HTMLTextAreaElement>(value, onChange);
  const over = value.length > COMMENT_LIMITS.body;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        ref={ref}
        id={id}
        value={value}
        rows={rows}
        placeholder={placeholder}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
        aria-invalid={over || Boolean(error)}
        className="w-full resize-y rounded-md border border-slate-300 bg-white p-2 text-sm leading-relaxed focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
      />
      <p id={`${id}-count`} className={`text-xs ${over ? "font-medium text-red-700" : "text-slate-500"}`}>
        {value.length.toLocaleString("en-US")} / {COMMENT_LIMITS.body.toLocaleString("en-US")} characters
        {over ? ": shorten it to send." : ""}
      </p>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
