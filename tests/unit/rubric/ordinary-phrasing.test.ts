import { describe, expect, it } from "vitest";

import { scoreDraft } from "@/lib/rubric/index";
import type { ItemId, SectionKey } from "@/lib/rubric/types";

// Issue #7, "What a user must see": ordinary sentences that a human reader credits. Each one is
// scored alone, in the section a candidate would write it in, through the whole engine (gates,
// section rules, negation), and must earn the item with exact evidence.
const PHRASINGS: Array<[ItemId, SectionKey, string]> = [
  ["quantified_results", "results", "Checkout latency went back down to its usual 300 ms."],
  ["quantified_results", "results", "The error rate was back at baseline 40 minutes after the page."],
  ["quantified_results", "results", "Support tickets about it stopped within a day."],
  ["quantified_results", "results", "We have had no failed writes since the change shipped in March."],
  ["fix", "actions", "I added a composite index on (tenant_id, created_at)."],
  ["fix", "actions", "We throttled the compaction job as a stop-gap and fixed its scheduler the next morning."],
  ["fix", "actions", "My PR makes the writer check the epoch before it appends."],
  ["ownership", "task", "As the on-call engineer for the billing ledger, I took the page."],
  ["ownership", "task", "I was primary on the storage rotation that week."],
  ["collaboration", "actions", "I paged the owner of the schema and we paired on it."],
  ["collaboration", "actions", "I kept support and the account managers updated every 30 minutes."],
  ["hypotheses", "actions", "My first guess was GC, but the GC log showed short pauses, so I moved on to lock waits."],
  ["validation", "actions", "I replayed an hour of production traffic against the patched build in staging."],
  ["validation", "results", "The reproducer that used to fail in 3 minutes ran clean overnight."],
  ["data_path", "situation", "Every checkout request reads from it."],
  ["data_path", "situation", "It is only consulted when a new volume is placed."],
  ["reflection", "results", "If I did it again I would put the alert in before the migration."],
  ["reflection", "results", "What I took away was that every quota needs an owner."],
];

// The same for the way postmortems, debugging posts and published sample answers put things
// (our own sentences, in the styles of those sources).
const SOURCE_STYLES: Array<[ItemId, SectionKey, string]> = [
  ["prevention", "results", "Going forward, every config change to the load balancer will go through the staged pipeline."],
  ["prevention", "results", "We are adding an alert on replication lag and will update the runbook for this failure mode."],
  ["incident", "actions", "Customers were unable to log in for about 40 minutes on Tuesday."],
  ["incident", "actions", "Between 14:02 and 14:47 UTC, roughly 30% of API requests failed with 503 errors."],
  ["reproduction", "actions", "I could trigger it reliably by restarting two nodes at once."],
  ["reproduction", "actions", "I wrote a small script that hammered the endpoint and the bug showed up within minutes."],
  ["hypotheses", "actions", "Our first theory was a bad deploy, but nothing had shipped that day."],
  ["hypotheses", "actions", "The disk alarms turned out to be a red herring."],
  ["data_repair", "actions", "About 2,000 orders had to be corrected by hand with the finance team."],
  ["data_repair", "actions", "We backfilled the missing events from the upstream log."],
  ["fix", "actions", "We deployed a fix that limits the number of concurrent compactions to two."],
  ["fix", "actions", "The remediation was to raise the connection pool size from 20 to 100."],
  ["quantified_results", "results", "Since the fix we have not seen a single recurrence in six months."],
  ["ownership", "task", "I was the engineer on call when the alert fired."],
  ["signals", "actions", "The slow query log showed the same query taking 12 seconds."],
  ["tradeoffs", "actions", "We chose to fail closed, accepting some extra errors, rather than serve stale permissions."],
];

function scoreOne(section: SectionKey, text: string) {
  return scoreDraft({ situation: "", task: "", actions: "", results: "", [section]: text });
}

describe("ordinary phrasings earn their item (issue #7)", () => {
  for (const [item, section, text] of PHRASINGS) {
    it(`${item}: ${text}`, () => {
      const result = scoreOne(section, text).items[item];
      expect(result.status).toBe("met");
      for (const e of result.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    });
  }

  for (const [item, section, text] of SOURCE_STYLES) {
    it(`${item} (source style): ${text}`, () => {
      expect(scoreOne(section, text).items[item].status).toBe("met");
    });
  }

  it("a vague mention stays partial and a negated one stays missing", () => {
    expect(scoreOne("results", "After the fix things got a lot better.").items.quantified_results.status).toBe("partial");
    expect(scoreOne("actions", "We never tested the patched build before it shipped.").items.validation.status).not.toBe("met");
    expect(scoreOne("situation", "It is not consulted on any request path at all.").items.data_path.status).toBe("met");
    expect(scoreOne("actions", "I did not page the owner of the schema.").items.collaboration.status).not.toBe("met");
  });
});
