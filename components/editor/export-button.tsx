"use client";

import { useState } from "react";

import type { DraftContent } from "@/lib/drafts/draft-schema";
import { draftToMarkdown, markdownFileName } from "@/lib/drafts/to-markdown";

type Props = {
  content: DraftContent;
  questionTitle: string;
  score: number;
  /** True when the server holds exactly the text on screen. */
  saved: boolean;
  flush: () => Promise<void>;
  className: string;
};

/**
 * Download and print take what is on screen, never an older saved copy (issue #11): the
 * Markdown is built in the browser from the editor's text, and the pending save is sent
 * at the same time. If that text is not saved yet, the candidate is told so.
 */
export function ExportButton({ content, questionTitle, score, saved, flush, className }: Props) {
  const [note, setNote] = useState<string | null>(null);

  const download = () => {
    const markdown = draftToMarkdown({ ...content, questionTitle, score });
    const url = URL.createObjectURL(new Blob([markdown], { type: "text/markdown;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = markdownFileName(content.title);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setNote(saved ? null : "Downloaded the text on screen. It is still being saved.");
    void flush();
  };

  const print = () => {
    setNote(saved ? null : "Printing the text on screen. It is still being saved.");
    void flush();
    window.print();
  };

  return (
    <>
      <button type="button" onClick={download} className={className}>
        Download Markdown
      </button>
      <button type="button" onClick={print} className={className}>
        Print
      </button>
      {note ? (
        <span role="status" className="basis-full text-xs text-slate-600">
          {note}
        </span>
      ) : null}
    </>
  );
}
