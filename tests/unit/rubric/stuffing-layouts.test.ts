import { describe, expect, it } from "vitest";

import { scoreDraft } from "@/lib/rubric/index";
import type { Sections } from "@/lib/rubric/types";

const only = (situation: string): Sections => ({ situation, task: "", actions: "", results: "" });

// Issue #7: keyword stuffing in any layout is still stuffing, capped low with the message that
// says so; a short true story is not. These layouts carry numbers and past-tense verbs, so the
// older list and narration tests miss them: what they lack is anything linking one step to the next.
describe("stuffing in new layouts", () => {
  it("a celebratory post of achievements is stuffing", () => {
    const post = [
      "Big milestone: four years running the message bus team!",
      "- Owned the Kafka platform on the write path for 60+ services",
      "- Set SLOs of 99.9% availability and p99 publish under 30 ms",
      "- Grew it to 900k msgs/s and 2 PB retained",
      "- Ran incident response for consumer lag, ISR shrink and broker crashes",
      "- Debugged with metrics, traces, heap dumps and flame graphs",
      "- Delivered idempotent producers, quotas, rack-aware placement and backpressure",
      "- Canary releases, feature flags, rolling upgrades",
      "- Replays and reconciliation with zero message loss",
      "- Reduced p99 by 64% and pages by 45%",
      "- Partnered with SRE and the data platform org",
      "Thankful for this crew. #Kafka #Reliability",
    ].join("\n");
    const score = scoreDraft(only(post));
    expect(score.gate.kind).toBe("stuffed");
    expect(score.total).toBeLessThanOrEqual(25);
  });

  it("a resume's experience section is stuffing", () => {
    const resume = [
      "EXPERIENCE",
      "Staff Engineer, Block Storage | 2018-2023",
      "* Owned the replicated block store (data path, 400k IOPS, 8 PB); accountable for 99.99% durability and p99 < 5 ms",
      "* Incident lead for Sev-1 outages incl. split brain, disk stalls and silent corruption",
      "* Root-caused issues with perf, eBPF, iostat and distributed tracing",
      "* Built fencing tokens, end-to-end checksums and background scrubbing",
      "* Reduced tail latency 80 ms → 9 ms via write batching and queue sharding",
      "* Introduced staged rollouts and automatic rollback for 20 teams",
      "* Wrote 12 postmortems, on-call runbooks and SLO burn alerts",
      "SKILLS: C++, Go, Raft, RocksDB, Linux storage stack",
    ].join("\n");
    const score = scoreDraft(only(resume));
    expect(score.gate.kind).toBe("stuffed");
    expect(score.total).toBeLessThanOrEqual(25);
  });

  it("STAR labels followed by keyword fragments are stuffing", () => {
    const score = scoreDraft({
      situation: "Situation - I own our Redis caching tier (data path for every API read). SLO 99.9%, p99 5 ms.",
      task: "Task - ownership, success criteria, error budget.",
      actions: "Action - monitoring, alerting, hypotheses, repro, root cause analysis, fix (TTL, jitter, request coalescing), trade-offs, canary rollout, data repair, load test validation.",
      results: "Result - improved p99 by 50%, postmortem, runbooks, collaboration with SRE, lessons learned.",
    });
    expect(score.gate.kind).toBe("stuffed");
  });

  it("a very short answer that states a role and tells one event is a weak story, not stuffing", () => {
    const score = scoreDraft(
      only("I own the search indexer - it feeds product search from the catalog database. One night indexing stopped for an hour. I restarted the workers and it caught up. We think a batch got stuck. It has been fine since."),
    );
    expect(score.gate.kind).toBe("ok");
  });

  it("a short, dense true story is not stuffing", () => {
    const story =
      "I owned the upload API for our photo app, which every upload hits first. After a release, some users got 413 errors on small photos. I found the proxy in front of it had a body limit in bytes, but the new client sent base64, so files grew by a third. I raised the limit to match and added a test with a base64 body, and the 413s stopped within the hour.";
    const score = scoreDraft(only(story));
    expect(score.gate.kind).toBe("ok");
    expect(score.total).toBeGreaterThan(25);
  });
});
