import { describe, expect, it } from "vitest";
import {
  FOLLOW_UPS,
  ITEM_IDS,
  QUESTION_PROFILES,
  RUBRIC_ITEMS,
  scoreDraft,
  scoreFollowUp,
  spokenLength,
  type DraftScore,
  type ItemId,
  type Sections,
} from "@/lib/rubric";

// A compact, strong answer written for these tests (not from any corpus).
const STRONG: Sections = {
  situation:
    "I owned the lease manager of our replicated block store, which decides which host may write to each volume. It is on the control path: every failover waits on it, but reads and writes never pass through it. About 60k volumes on 900 hosts, 400k IOPS. Targets: 99.99% availability and failover under 5 seconds.",
  task: "I was the tech lead and the on-call owner. Success meant zero volumes with two writers, proven by a full scrub, and failover p99 under 5 seconds.",
  actions:
    "One night after a network partition, the scrub flagged 9 volumes whose replicas disagreed. The lease logs showed two hosts writing the same volume for about 700 ms. My first hypothesis was a double grant by the lease service; its revision history ruled that out. I reproduced the split in staging by pausing the old writer with SIGSTOP during a partition: divergence in 1 of 20 runs. The root cause was that replicas accepted writes from any host that claimed the lease, with no fencing. I added fencing tokens: every write carries the lease epoch and replicas reject older epochs. I accepted one extra round trip at failover rather than relying on clock bounds, because pauses can't be bounded. The repro became a regression test and a nightly chaos run. It shipped behind a flag to one canary cell, then region by region. I diffed every divergent volume block by block and rewrote the stale replicas, then re-ran the scrub: clean. I sent the storage SRE team a daily update.",
  results:
    "Divergent replicas went from 9 to 0, with zero recurrences in the eight months since. The postmortem added an alert on scrub mismatches and a design-review rule that every leader protocol shows its fencing. Looking back, I would have asked for fencing in the original design review.",
};

const emptySections = (): Sections => ({ situation: "", task: "", actions: "", results: "" });

function expectOffsetsExact(score: DraftScore, sections: Sections) {
  for (const id of ITEM_IDS) {
    for (const e of score.items[id].evidence) {
      expect(e.section).not.toBe("answer");
      const text = sections[e.section as keyof Sections];
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.end).toBeGreaterThan(e.start);
    }
  }
}

/** The text as a mail client or a markdown editor hard-wraps it: words run to `width` columns. */
function hardWrap(text: string, width = 72): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line].join("\n");
}

// Session 23: 42 of the 98 real dev texts are hard-wrapped; the engine read each line as a sentence.
describe("a hard-wrapped answer", () => {
  const wrapped: Sections = {
    situation: hardWrap(STRONG.situation),
    task: hardWrap(STRONG.task),
    actions: hardWrap(STRONG.actions),
    results: hardWrap(STRONG.results),
  };

  it("earns what the same answer on long lines earns, with exact offsets into the wrapped text", () => {
    const long = scoreDraft(STRONG);
    const short = scoreDraft(wrapped);
    for (const id of ITEM_IDS) expect([id, short.items[id].status]).toEqual([id, long.items[id].status]);
    expect(short.total).toBe(long.total);
    expectOffsetsExact(short, wrapped);
    expect(ITEM_IDS.some((id) => short.items[id].evidence.some((e) => e.text.includes("\n")))).toBe(true);
  });
});

// Session 23: a pasted debugger session read as sentences earned success criteria, signals and a
// reproduction the teller never told. What is pasted as code earns nothing; what is told still does.
describe("a story told around pasted output", () => {
  const gdb = [
    "    (gdb) info threads",
    "      Id   Target Id         Frame",
    "    * 1    Thread 0x7f3a (LWP 4411) futex_wait () at futex.c:81",
    "      2    Thread 0x7f3b (LWP 4412) epoll_wait () at epoll.c:30",
    "      3    Thread 0x7f3c (LWP 4413) pthread_cond_wait () at cond.c:112",
    "    (gdb) thread apply all bt 3",
    "    #0  futex_wait (addr=0x55d1a0, val=2) at futex.c:81",
    "    #1  lock_acquire (l=0x55d1a0) at lock.c:140",
    "    #2  flush_segment (seg=0x7f0012) at segment.c:622",
    "    #2  compact_level (lvl=3) at compact.c:410",
  ].join("\n");
  const told =
    "Two threads wait on the same lock: the flusher holds it while compaction asks for it, and compaction holds the segment the flusher needs. I changed compaction to take the segment lock first, the same order the flusher uses.";
  const base: Sections = {
    situation: "I look after the write-ahead log of our metrics store; every sample written goes through it before it reaches disk.",
    task: "",
    actions: `Last spring the ingest nodes started to stall for minutes at a time. I attached a debugger to one stalled process.\n\n${told}`,
    results: "The stalls stopped the day the patch shipped and have not come back.",
  };

  it("scores the same with the block pasted in, as four-space code or fenced", () => {
    const bare = scoreDraft(base);
    const indented = { ...base, actions: base.actions.replace("\n\n", `\n\n${gdb}\n\n`) };
    const fenced = { ...base, actions: base.actions.replace("\n\n", `\n\n\`\`\`\n${gdb}\n\`\`\`\n\n`) };
    for (const sections of [indented, fenced]) {
      const s = scoreDraft(sections);
      for (const id of ITEM_IDS) expect([id, s.items[id].status]).toEqual([id, bare.items[id].status]);
      expect(s.total).toBe(bare.total);
      expectOffsetsExact(s, sections);
    }
  });

  it("a draft that is nothing but code is still read, not taken for an empty page", () => {
    const s = scoreDraft({ situation: "", task: "", actions: gdb, results: "" });
    expect(s.gate.kind).not.toBe("empty");
    expect(s.total).toBe(scoreDraft({ situation: "", task: "", actions: gdb.replaceAll("    ", "  "), results: "" }).total);
  });
});

describe("scoreDraft on a strong answer", () => {
  const s = scoreDraft(STRONG);
  it("meets nearly everything and scores high", () => {
    const met = ITEM_IDS.filter((id) => s.items[id].status === "met");
    expect(met.length).toBeGreaterThanOrEqual(18);
    expect(s.total).toBeGreaterThanOrEqual(85);
    expect(s.gate.kind).toBe("ok");
  });
  it("reports every item with evidence offsets that index the caller's strings", () => {
    expect(Object.keys(s.items).sort()).toEqual([...ITEM_IDS].sort());
    expectOffsetsExact(s, STRONG);
  });
  it("gives message and probe only for items not met", () => {
    for (const id of ITEM_IDS) {
      const r = s.items[id];
      if (r.status === "met") expect(r.message).toBeUndefined();
      else expect(r.probe).toMatch(/\?$/);
    }
  });
  it("computes per-section subtotals that add up", () => {
    const sum = Object.values(s.sections).reduce((n, x) => n + x.max, 0);
    expect(sum).toBe(RUBRIC_ITEMS.reduce((n, r) => n + r.weight, 0));
    expect(s.sections.actions.percent).toBeGreaterThan(80);
  });
});

describe("negation", () => {
  const base = { ...STRONG };
  it("'we had no canary' does not meet rollout", () => {
    const s = scoreDraft({ ...base, actions: "The disk filled up on Tuesday and writes failed for 20 minutes. We had no canary for this config, so it went everywhere at once." });
    expect(s.items.rollout.status).not.toBe("met");
  });
  it("'we never found the root cause' does not meet root_cause", () => {
    const s = scoreDraft({ ...base, actions: "Latency spiked to 3 seconds for an hour one morning. We never found the root cause of the timeouts; it went away after a restart." });
    expect(s.items.root_cause.status).not.toBe("met");
  });
  it("'we couldn't reproduce it' does not meet reproduction", () => {
    const s = scoreDraft({ ...base, actions: "Writes stalled for 15 minutes after a deploy. We couldn't reproduce it in staging because the data set was too small." });
    expect(s.items.reproduction.status).toBe("missing");
  });
  it("'there was no runbook and no postmortem' does not meet prevention, where the same words unnegated do", () => {
    // A story with nothing else that reads as prevention: STRONG's regression test and fencing design
    // read as prevention on their own (ITEMS.md counts CI tests), so they would hide what this pins.
    const story = {
      situation: "I ran the session cache in front of our login service; every sign-in reads it.",
      task: "",
      actions: "One Monday the cache nodes ran out of memory and sign-ins failed for 25 minutes. I raised the eviction limit and restarted the nodes one at a time.",
    };
    const negated = scoreDraft({ ...story, results: "There was no runbook and no postmortem afterwards." });
    expect(negated.items.prevention.status).not.toBe("met");
    for (const e of negated.items.prevention.evidence) expect(e.section).not.toBe("results");
    const said = scoreDraft({ ...story, results: "Afterwards I wrote a runbook for it, and the postmortem added an alert on cache memory at 80%." });
    expect(said.items.prevention.status).toBe("met");
  });
  it("a negation in an earlier clause does not leak into the next one", () => {
    const s = scoreDraft({ ...base, actions: "We had no staging copy, but I reproduced the race with a load generator against a three-node test cluster." });
    expect(s.items.reproduction.status).toBe("met");
  });
});

describe("keyword stuffing", () => {
  // Session 33 (step S): real engineering posts explain a bug in the present tense ("A client deletes the
  // key, and the coordinator writes a tombstone"), in full sentences that narrate no step in the past.
  // The untold-share test read eleven such real texts as lists of practices; it now reads fragments only.
  it("a bug explained in the present tense, in full sentences, is a story, not a list of practices", () => {
    const situation = "This post explains how the replicated key-value store my team runs for the billing system can silently lose acknowledged writes.";
    const actions = [
      "To see it, follow one key through the cluster while a node is away.",
      "A client deletes the key, and the coordinator writes a tombstone to the two replicas it can reach and to a fallback node that stands in for the third.",
      "With the third replica reachable, read repair copies the tombstone to it, and the reaper removes the tombstone everywhere because all replicas agree.",
      "The fallback still holds its copy, so hinted handoff sends that stale tombstone home, where it silently wins over a new write to the same key.",
      "The root cause is that the version vector of a key that comes back reuses its old actor, so the stale tombstone looks newer than the fresh value.",
      "The fix gives each vnode a fresh actor epoch whenever it coordinates a write to a key it cannot find locally, so the two values are concurrent and the new one survives.",
      "We trade a slightly larger version vector per key for never losing a write that a client counts on, and the handoff logs now show the epoch on every transfer.",
    ].join(" ");
    const s = scoreDraft({ situation, task: "", actions, results: "" });
    expect(s.gate.kind).toBe("ok");
    expect(s.items.root_cause.status).toBe("met");
    expect(s.total).toBeGreaterThan(25);
    // the same claims cut to fragments are still a list
    const fragments =
      "Replicated KV store for billing. Tombstone on fallback node. Read repair + reaper. Hinted handoff resurrects stale tombstone. Root cause: actor reuse in version vectors. Fix: per-key actor epochs. Trade-off: bigger vectors vs lost writes. Handoff logs show epochs.";
    expect(scoreDraft({ situation: "", task: "", actions: fragments, results: "" }).gate.kind).toBe("stuffed");
  });
  it("a Situation written first, in the present tense and dense with specifics, is an early draft, not stuffing", () => {
    // The studio asks for the Situation first; this names five items and narrates nothing yet.
    const situation =
      "I run the ingest tier of our metrics platform. It takes the samples from every host agent, batches them and writes them into the time-series store. That is roughly 2 million samples a second across 14 nodes. We promise product teams that 99.9% of samples are queryable within 60 seconds.";
    const s = scoreDraft({ situation, task: "", actions: "", results: "" });
    expect(s.gate.kind).toBe("ok");
    expect(s.items.scale.status).toBe("met");
    expect(s.total).toBeGreaterThan(10);
  });
  it("a system's baseline told with 'normally' or 'usually' is the setting, not a habit claim", () => {
    // One adverb used to turn this Situation into "a list of practices" scoring 0 and drop the
    // items it names from any longer answer. A habit is a person's: the same adverb on "we" still is.
    const situation =
      "Our billing ledger is a Postgres cluster that normally handles 3,000 writes per second, and every checkout request writes to it. The nightly export usually finishes in under an hour.";
    const s = scoreDraft({ ...emptySections(), situation });
    expect(s.gate.kind).toBe("ok");
    for (const id of ["component", "scale", "data_path"] as const) expect(s.items[id].status).toBe("met");
    const habit = scoreDraft({
      situation,
      task: "",
      actions: "We usually reproduce problems with load tests and fault injection, and we typically fix them with idempotency keys and backpressure.",
      results: "",
    });
    expect(habit.items.reproduction.status).not.toBe("met");
    expect(habit.items.fix.status).not.toBe("met");
  });
  it("one opening sentence that says whose the system is and what it does is the setting, not a habit", () => {
    for (const situation of [
      "I own the billing ledger, a Postgres cluster that every checkout writes to, with a p99 SLO of 50 ms at about 3,000 writes per second.",
      "Hi storage folks, I own the upload service on the object-store side, and I'd like to agree a change with you before I ship anything.",
    ]) {
      const s = scoreDraft({ ...emptySections(), situation });
      expect(s.gate.kind, situation).toBe("ok");
      expect(s.items.ownership.status, situation).toBe("met");
    }
  });
  it("a present-tense sentence that names six or more items is a list, even with no person in it", () => {
    const situation =
      "The storage layer normally handles 50k QPS with a p99 under 10 ms SLO, every request reads it, it is sharded Postgres with replication, backups, checksums, canary rollouts, feature flags and chaos tests.";
    const s = scoreDraft({ ...emptySections(), situation });
    expect(s.gate.kind).toBe("stuffed");
    expect(s.total).toBeLessThanOrEqual(10);
  });
  // A short draft that narrates, told by me or by the team, with no link words yet.
  it.each<[string, keyof Sections, string, ItemId]>([
    [
      "a short Task in which I did things is a story begun, whatever link words it lacks",
      "task",
      "I designed the dedupe layer for the payments API and I carried the pager for it. Success for us meant zero duplicate charges over a full quarter, and we tracked that from the nightly reconciliation report. I also had to keep p99 on the charge endpoint under 250 ms.",
      "success_criteria",
    ],
    [
      "a short paragraph told in the team's voice is a story begun, not a list",
      "actions",
      "The object gateway sits in front of our Ceph cluster and every upload from the phones passes through it. To reproduce the 502s, the storage team ran a k6 script that opened 3,000 concurrent multipart uploads against a staging gateway with the production buffer settings. The 502 rate reached 4% within ten minutes, close to what customers had seen.",
      "reproduction",
    ],
  ])("%s", (_name, section, text, item) => {
    const s = scoreDraft({ ...emptySections(), [section]: text });
    expect(s.gate.kind).toBe("ok");
    expect(s.items[item].status).toBe("met");
  });
  it("a bare buzzword list scores near zero", () => {
    const list = "SLO, p99, p999, error budget, canary, feature flags, rollback, postmortem, runbook, idempotency keys, fencing tokens, backpressure, root cause, chaos engineering, load test, reconciliation, backfill, SRE";
    const s = scoreDraft({ situation: list, task: list, actions: list, results: list });
    expect(s.total).toBeLessThanOrEqual(10);
    expect(s.gate.kind).toBe("stuffed");
    for (const id of ITEM_IDS) expect(s.items[id].status).toBe("missing");
  });
  it("generic claims about habits earn nothing", () => {
    const s = scoreDraft({
      situation: "I have extensive experience running distributed databases at petabyte scale with strict p99 targets.",
      task: "I always own my services end to end and define clear success metrics.",
      actions:
        "I always ship behind feature flags with canaries and rollbacks. I usually debug with metrics, traces and flame graphs, and I reproduce problems with load tests and fault injection. Whenever data is affected I run backfills and reconciliation jobs.",
      results: "I consistently reduce incidents and I write blameless postmortems with runbooks and alerts.",
    });
    expect(s.total).toBeLessThanOrEqual(25);
    expect(s.items.rollout.status).toBe("missing");
    expect(s.items.reproduction.status).toBe("missing");
  });
  it("one habit sentence inside a real story does not sink the story", () => {
    const s = scoreDraft({ ...STRONG, actions: STRONG.actions + " I always use canaries and feature flags anyway." });
    expect(s.gate.kind).toBe("ok");
    expect(s.total).toBeGreaterThanOrEqual(85);
  });
});

describe("partly written drafts (issue #8, points 5 and 6)", () => {
  const situationOnly: Sections = {
    situation:
      "I owned the metadata store behind our object storage; every upload writes a row there. Our SLO was p99 under 50 ms. One night writes timed out: I looked at the lock wait graph and the slow query log. Latency dropped from 900 ms to 40 ms after the fix.",
    task: "",
    actions: "",
    results: "",
  };

  it("writing a second section never takes away credit earned in the first", () => {
    const before = scoreDraft(situationOnly);
    const after = scoreDraft({ ...situationOnly, task: "I was the on-call owner and had to bring p99 back under 50 ms without losing a write." });
    expect(after.total).toBeGreaterThanOrEqual(before.total);
    for (const id of ["signals", "quantified_results"] as const) expect(after.items[id].status).toBe(before.items[id].status);
  });

  it("once a section is written, its items count only there again", () => {
    const written = scoreDraft({ ...situationOnly, task: "I was the on-call owner.", results: "Everyone was happy." });
    expect(written.items.quantified_results.status).not.toBe("met");
  });

  // Session 23: real writing puts the lesson and the outcome where the story is. A postmortem's
  // "what could we have done better" part, or a blog's "in hindsight" halfway through, is a lesson
  // wherever it stands; a number that came back down after the fix is a result in Actions too.
  // Both items were limited to Results, which real texts split by their own headings rarely match.
  it("a lesson told in Actions is still a reflection", () => {
    const story: Sections = {
      situation: "I owned the job queue that every invoice export goes through.",
      task: "I was on call the week the exports started timing out.",
      actions:
        "I traced the timeouts to a lock held by the nightly vacuum. In hindsight I should have read the lock graph first instead of scaling the workers. I moved the vacuum to a quieter hour.",
      results: "Exports finished on time again the next night.",
    };
    expect(scoreDraft(story).items.reflection.status).toBe("met");
  });

  it("a number that recovered after the fix counts as a result in Actions, not in Situation", () => {
    const base: Sections = {
      situation: "I owned the session cache in front of our login service.",
      task: "I was primary on call when logins slowed down.",
      actions:
        "I found the eviction policy had been switched to random by a config push and put it back to LRU. The hit rate went from 40% back to 97% within ten minutes.",
      results: "We added a check for that setting to the config linter.",
    };
    expect(scoreDraft(base).items.quantified_results.status).toBe("met");
    const inSituation = scoreDraft({
      ...base,
      situation: base.situation + " The hit rate went from 40% back to 97% within ten minutes.",
      actions: "I found the eviction policy had been switched to random by a config push and put it back to LRU.",
    });
    expect(inSituation.items.quantified_results.status).not.toBe("met");
  });

  it("a one-line true story is an early draft, not stuffing", () => {
    const one = scoreDraft({ situation: "I owned the metadata service and its p99 SLO of 25 ms." });
    expect(one.gate.kind).toBe("ok");
    expect(one.total).toBeGreaterThan(0);
  });

  it("one or two dense sentences are an early draft, not a list", () => {
    const dense = scoreDraft({ situation: "I owned the shard router for our key-value store; every read and write went through it." });
    expect(dense.gate.kind).toBe("ok");
    expect(dense.total).toBeGreaterThan(0);
  });

  it("a list of practices with nothing narrated is still stuffing, in bullets too", () => {
    const bullets = scoreDraft({
      situation: "- Component: distributed storage\n- SLO: p99 under 10 ms, 99.99% availability",
      task: "- Ownership: tech lead, on-call",
      actions: "- Canary rollouts and feature flags\n- Root cause analysis with traces and dashboards\n- Idempotency keys and fencing tokens\n- Load tests and chaos testing",
      results: "- Postmortems with action items\n- Runbooks and alerts",
    });
    expect(bullets.gate.kind).toBe("stuffed");
    expect(bullets.total).toBeLessThanOrEqual(10);
  });
});

// Session 26: advice on how to answer the question (a forum reply, a thread, a cheat sheet) names
// every item and tells no incident. Before, the one below scored 63; a thread that tells the
// writer's own incident, hashtags and all, and a transcript of the interview itself, are answers.
describe("advice on how to answer", () => {
  const advice = {
    situation:
      "Prepping for the storage ownership question? Here is how I would structure it. Open with the component and whether every request goes through it. Give the interviewer one SLO number, like p99 under 50 ms, and one scale number, like 80k writes a second.",
    task: "Say what you owned: on-call, tech lead, the person who got paged. Then a goal they can check, like zero lost writes after a failover.",
    actions:
      "This is where they probe hardest. Walk from the alert to the dashboards to the logs. Name a hypothesis you ruled out, then the root cause in one sentence: a stale lease, a retry storm, a missing fence. Give the fix, one trade-off you weighed, and how you rolled it out behind a flag to one zone first. Don't forget the backfill that repaired the bad rows, and how you checked nothing else was corrupted.",
    results: "End with before and after numbers, the postmortem actions and the alert you added. Bonus points if you say what you would do differently. Good luck! #SystemDesign #InterviewPrep",
  };

  it("is stuffing, capped, with a message that says so", () => {
    const s = scoreDraft(advice);
    expect(s.gate.kind).toBe("stuffed");
    expect(s.gate.kind === "stuffed" && s.gate.message).toMatch(/advice on how to answer/);
    expect(s.total).toBeLessThanOrEqual(10);
  });

  it("a thread that tells the writer's own incident is an answer, hashtags and interview talk included", () => {
    const s = scoreDraft({
      situation:
        "1/ Story time from my on-call week, since a few of you asked how I answered the infra ownership question in my interviews. I owned the metadata store for our object storage, about 40k lookups a second, p99 target 20 ms.",
      task: "2/ One Tuesday the p99 jumped to 900 ms and uploads started timing out. I was primary, so it was mine to fix.",
      actions:
        "3/ I pulled the slow query log and saw every slow lookup hit the same shard. I suspected a hot key first, but the key spread was flat, so I dropped that. Then I found the shard's compaction had been paused by a config push the day before, and reads were walking thousands of tombstones. 4/ I resumed compaction, throttled to 20 % of disk bandwidth so reads kept their headroom, and we watched the tombstone count fall.",
      results: "5/ p99 was back under 20 ms in about two hours. I added an alert on paused compaction and a check in the config pipeline that refuses that flag in production. Good luck to everyone interviewing! #SRE #oncall",
    });
    expect(s.gate.kind).toBe("ok");
    expect(s.total).toBeGreaterThan(50);
  });

  it("a transcript of the interview, speaker labels and all, is an answer", () => {
    const s = scoreDraft({
      ...emptySections(),
      situation:
        "Interviewer: Which component?\nMe: The job queue behind our billing exports, about 2 million jobs a day.\nInterviewer: What went wrong?\nMe: Jobs started running twice after a broker upgrade. I checked the consumer logs and saw acks arriving after the visibility timeout.\nInterviewer: And then?\nMe: I raised the timeout, made the export step idempotent with a job key, and replayed a day of jobs in staging to prove no duplicates. We have had none since.\nInterviewer: Anything you would change?\nMe: I would have load-tested the upgrade first.",
    });
    expect(s.gate.kind).toBe("ok");
  });
});

// Session 26: years of incidents told as one ("what I always did when the pager went off…") name the
// whole checklist and tell no incident. Before, the one below scored 68; a story that starts from the
// team's routine and then tells one Tuesday is an answer.
describe("habits told in the past", () => {
  const habits = {
    situation:
      "So at my previous place I was on the payments platform, we ran the ledger database and the queue in front of it, every card payment went through it, and the SLO was 99.9 with p99 under 150 milliseconds.",
    task: "I was one of the two owners and on the on-call rota, so a lot of the incidents ended up with me.",
    actions:
      "And honestly what I always did when the pager went off was the same thing. Pull up p99 and the error rate, then replication lag and the consumer lag on the queue. I'd write the hypotheses on the incident doc and we'd knock them out one at a time, and whenever we could we'd reproduce it in staging with a replay of the traffic. Once we had a root cause we talked trade-offs, usually mitigate now and fix properly later, and the proper fix went out behind a flag to one region first with a rollback plan. If any balances looked off we ran the reconciliation job against the bank files.",
    results:
      "Every time there was a postmortem with action items and alerts, and I kept finance and support in the loop. Over those years the number of pages went down a lot, maybe by half. What I took from it is that the follow-up matters more than the firefight.",
  };

  it("are stuffing, capped, with a message that says so", () => {
    const s = scoreDraft(habits);
    expect(s.gate.kind).toBe("stuffed");
    expect(s.gate.kind === "stuffed" && s.gate.message).toMatch(/usually did across many incidents/);
    expect(s.total).toBeLessThanOrEqual(10);
  });

  it("a routine followed by one incident is an answer", () => {
    const s = scoreDraft({
      ...habits,
      actions:
        "We always had a routine for latency: dashboards first, then heap graphs, usually a load test on staging. That routine did not help one Tuesday in March, when p99 went to 4 seconds at 14:10. I found one node whose GC pauses had grown to 3 s after a mapping change added a huge field; I ruled out the load balancer first. I reverted the mapping on that index, reindexed it overnight and watched the pauses drop.",
    });
    expect(s.gate.kind).toBe("ok");
  });

  it("an SLO's decimals are not the time of an event", () => {
    // "99.95" once read as a time of day, and a habit answer passed as a story
    const s = scoreDraft({ ...habits, situation: habits.situation.replace("99.9 with", "99.95 with") });
    expect(s.gate.kind).toBe("stuffed");
  });
});

describe("off-topic stories", () => {
  it("a story with no infra component is capped low with a reason", () => {
    const s = scoreDraft({
      situation: "I led the rewrite of our company's hiring process. Candidates waited three weeks for feedback and we were losing them to other offers.",
      task: "My director asked me to own the process and halve the time to an offer.",
      actions:
        "I mapped every step with the recruiters and found that scheduling the panel took most of the time. I proposed a fixed weekly interview slot for each panel member and a shared scorecard. Some managers objected, so I ran it for one team first and showed them the numbers after a month.",
      results: "Time to offer dropped from 21 days to 9 days, and I'd involve the managers earlier next time.",
    });
    expect(s.gate.kind).toBe("offtopic");
    expect(s.total).toBeLessThanOrEqual(20);
    expect(s.gate.kind === "offtopic" && s.gate.message).toMatch(/infrastructure/);
    expect(s.items.component.status).toBe("missing");
  });

  // Session 26: the counts cap a story told in plain words about a system it seldom names (a
  // nightly billing run). The message says how to lift the cap honestly, and doing what it says does.
  it("a plain story capped by the infra counts is told to open with its component, and doing so lifts the cap", () => {
    const plain = {
      situation:
        "Two winters ago the thing that kept me up at night was the nightly billing run. Every morning the finance people opened their reports and expected the numbers from the day before, and for three mornings in a row they were not there.",
      task: "It was my job to keep that run healthy, so I had to find out what was slowing it down and make sure it finished before people came in.",
      actions:
        "I started by reading the run's own logs for the three bad nights and lining up the start and end of each step. Almost all of the extra time was in one step, the one that matches invoices to payments. I copied a night's input to my laptop and ran that step alone: it took forty minutes instead of four. Stepping through it, I saw that it looked up every payment one by one against the full list of invoices, and the list had tripled since a big customer joined in November. I changed the matching to build a lookup by invoice number first, so each payment is found in one step. I ran the old and new versions side by side on a week of inputs and compared the outputs line by line before switching over.",
      results:
        "The step went from forty minutes to under three, and the run has finished before six every morning since. I also added a warning that fires if the run is still going at five, so we hear about it before finance does.",
    };
    const capped = scoreDraft(plain);
    expect(capped.gate.kind).toBe("offtopic");
    expect(capped.total).toBeLessThanOrEqual(20);
    expect(capped.gate.kind === "offtopic" && capped.gate.message).toMatch(/open with it/);
    const opened = scoreDraft({ ...plain, situation: `I owned the billing database and the nightly batch job that loads it. ${plain.situation}` });
    expect(opened.gate.kind).toBe("ok");
    expect(opened.items.component.status).toBe("met");
    expect(opened.total).toBeGreaterThan(capped.total + 20);
  });

  // Session 14: the topic row's per-word corrections. A well-told debugging story on a marketing
  // site, in web words (CDN, 404, crawler, build), passed the word-vector row alone and scored 34.
  // Session 33 (step G): capped, it still earns the incident it tells, as ITEMS.md defines it in any
  // story. Session 36 (step X): debugged, it keeps its fix too (the redirects and the
  // build-time rendering are a code change, and readers of real writing mark such fixes met); the component
  // stays infrastructure's.
  it("a debugging story on a marketing website is not about infrastructure one owned, but its incident and fix are told", () => {
    const s = scoreDraft({
      situation:
        "At a small agency I looked after our client's marketing website, a content site built on a headless CMS with a static front end served from a CDN. Two weeks after we relaunched it with a new design, organic search traffic was down 40% and the client's leads from the contact form had halved.",
      task: "I owned the relaunch, so it fell to me to find out what we had broken and get the traffic back before the client's spring campaign.",
      actions:
        "I compared the crawl reports from before and after the launch and saw that Google was getting a 404 on about 1,200 old URLs, because the new site used different slugs and our redirect map only covered the top pages. I also found that the new template rendered the product descriptions in JavaScript after load, so the crawler saw almost empty pages. I wrote a script that matched every old URL in the sitemap history to its new page and generated permanent redirects for all of them, and changed the template so the descriptions are rendered at build time. Before going live I ran the crawler against a preview build and checked that no old URL returned a 404.",
      results:
        "Within six weeks organic traffic was back to 95% of its old level and form leads recovered. We now keep a redirect check in the build that fails if a published URL disappears. Next time I would run the crawl comparison before launch, not after.",
    });
    expect(s.gate.kind).toBe("offtopic");
    expect(s.total).toBeLessThanOrEqual(20);
    expect(s.items.incident.status).toBe("met");
    // Its signals ("compared the crawl reports") were met by the session-30 answer rows, not the rules; the
    // rows relearned in session 36 on 1,447 real texts do not raise them (docs/decisions/004, session 36).
    expect(s.items.fix.status).toBe("met");
    expect(s.items.fix.evidence.map((e) => e.text).join(" ")).toMatch(/permanent|redirect|template|build time/);
    expect(s.items.component.status).toBe("missing");
  });

  // Session 36 (step Y): a debugged story on a phone app is still capped as off-topic, but the module it names
  // with its role is its component as ITEMS.md defines it, and readers of real writing mark it so.
  it("a debugged phone-app story keeps the module it names, under the cap", () => {
    const s = scoreDraft({
      situation: "I looked after the checkout module of our mobile app, the part that takes payment for every order, built on a third-party payments SDK.",
      task: "After the 4.2 release the crash rate on checkout tripled, and I was asked to find out why before the holiday sale.",
      actions:
        "I read the crash reports in Crashlytics and saw the same stack trace on older phones: a null pointer in the screen's resume handler. I reproduced it on a Galaxy S7 by rotating the phone while the card form was open. The cause was that the SDK callback fired after the activity had been destroyed, so it touched a view that no longer existed. I moved the callback behind a lifecycle-aware observer and dropped the result when the screen was gone.",
      results: "The checkout crash rate went back to 0.1% within a week of the fix, and I added a rotation test to our UI suite.",
    });
    expect(s.gate.kind).toBe("offtopic");
    expect(s.total).toBeLessThanOrEqual(20);
    expect(s.items.root_cause.status).toBe("met");
    expect(s.items.component.status).toBe("met");
    expect(s.items.component.evidence.map((e) => e.text).join(" ")).toMatch(/checkout module/);
  });

  // ITEMS.md's fix is a code or design change and its trade-off a choice between designs: a
  // process change in a story the gate calls off-topic earns neither (session 14).
  it("an off-topic story's process change is not a fix, nor its compromise a trade-off", () => {
    const s = scoreDraft({
      situation: "Our team's interview loop had five rounds and candidates waited weeks for an answer, so we kept losing them to other offers.",
      task: "My manager asked me to own the loop and get offers out within ten days.",
      actions:
        "I pulled the numbers from the recruiter and found that debriefs took longest because interviewers were not calibrated. I cut the loop to four rounds and wrote a scorecard for each one, and I set a rule that feedback is due within a day. We kept the design round but shortened it rather than dropping it, because two senior interviewers argued it caught weak candidates.",
      results: "Time to offer went from 21 days to 9, and we hired all five people in five months.",
    });
    expect(s.gate.kind).toBe("offtopic");
    expect(s.items.fix.status).toBe("missing");
    expect(s.items.tradeoffs.status).toBe("missing");
    expect(s.items.ownership.status).not.toBe("missing");
  });

  // Words that only look like infra terms: "leadership" is not a leader election, "walkthrough"
  // not a WAL, "400 tickets" not an HTTP 400 (session 8: each of them used to pass the gate).
  const onboarding = {
    situation:
      "Last spring I was asked to lead the redesign of our signup wizard, the screens a new customer goes through before their first order. Only a third of new customers finished it, and leadership wanted that fixed before the autumn campaign.",
    task: "I had eight weeks, two frontend developers and a designer two days a week.",
    actions:
      "I started by reading 400 tickets that support had tagged from new customers, and the pattern was plain: people gave up at the payment details step, which asked for things most of them did not have at hand. We moved that step to the first checkout and dropped the video walkthrough to make the date. I ran a short standup each morning and demoed every Friday to the sales and support leads. We shipped it to 10% of new customers, then half, then everyone, and fixed one broken referral link on the second day.",
    results: "Completion went from 33% to 41% in the first month, and next time I would involve support from the first week, not the third.",
  };

  it("a disk story told in its own words (NVMe drives, firmware) is about infrastructure", () => {
    const actions =
      "About a month after we moved the cluster onto new machines, reads began failing a few times a night with I/O errors, always on the same rack. I pulled the SMART data for every NVMe drive and lined the errors up against the drive temperatures: each one came when a drive crossed 70 degrees and throttled itself, long enough for our client to give up. We asked the vendor for the newer firmware, which spins the fans up earlier, and rolled it out one rack at a time over a week. The errors stopped, and none have come back in the two months since.";
    const s = scoreDraft({ ...emptySections(), actions });
    expect(s.gate.kind).toBe("ok");
    expect(s.items.incident.status).toBe("met");
  });
  it("look-alike words do not make a product story an infrastructure one", () => {
    const s = scoreDraft(onboarding);
    expect(s.gate.kind).toBe("offtopic");
    expect(s.total).toBeLessThanOrEqual(20);
  });

  it("a vague story that opens with the storage system it is about is vague, not off-topic", () => {
    const vague = {
      situation: "In my last job I was responsible for a distributed storage system that many of our products depended on. It had to be fast and reliable.",
      task: "One day customers started seeing slow responses, and as the owner it was my job to find out why and fix it while keeping people informed.",
      actions:
        "I gathered a few colleagues and we went through what we could see. I came up with a few ideas and worked through them one by one until one held up. It came down to how one kind of request was handled when things were busy. I wrote a fix, made sure it was properly tested, and we shipped it carefully.",
      results: "Things got much better afterwards and the customers were happy. We wrote up what happened and I learned to stay calm and be methodical.",
    };
    const s = scoreDraft(vague);
    expect(s.gate.kind).toBe("ok");
    // …and it is still a weak answer
    expect(s.total).toBeLessThan(60);
    // the same story told about a team one sat in, not a system, gets no pass from its opening:
    // the rules' infra counts call it off-topic…
    const teamDraft = { ...vague, situation: "On the job scheduler team I mentored a new graduate who was struggling. My manager asked me to help him for six months." };
    expect(scoreDraft(teamDraft, { learned: false }).gate.kind).toBe("offtopic");
    // …while the learned topic row, which reads the rest as an incident on something the speaker
    // owned, keeps that short answer from the cap (session 17: the row's rescue from 80 words); it
    // stays a weak answer
    const team = scoreDraft(teamDraft);
    expect(team.gate.kind).toBe("ok");
    expect(team.total).toBeLessThan(60);
  });
});

// Session 10: a story about something else that names infrastructure in passing, often enough for
// the rules' counts (three kinds, more than one mention per 100 words), read whole by the learned
// layer's topic row. The answer on the question beside it names its system in plain words.
describe("off-topic stories that name infrastructure in passing", () => {
  const designSystem = {
    situation:
      "Last spring our design-systems group had three different button components spread across the marketing site, the billing pages and the mobile web app. Designers kept filing tickets about mismatched colours, and new hires spent their first week learning which one to use. The pages were served from one Next.js app behind our CDN, with a Postgres database and a Redis cache behind its API, and nobody wanted a risky deploy before the autumn campaign.",
    task: "My manager asked me to lead the consolidation: one shared library, documented, adopted by the four product teams before the campaign freeze in September.",
    actions:
      "I interviewed two designers and a developer from each team to list what every variant did, then wrote a proposal with one component, six variants and clear names. I ran a weekly review with the designers, built a Storybook page for each variant, and paired with each team for an afternoon to swap their old buttons for the new ones. For the billing pages, which call the payments API on every load, I added visual regression snapshots in the CI pipeline so the swap could not shift a layout without someone noticing. I kept a migration tracker in a shared spreadsheet and posted progress in the design channel every Friday.",
    results:
      "All four teams moved over in seven weeks, two weeks before the freeze. Design tickets about buttons dropped from about fifteen a month to one, and the CSS bundle shrank by 40 KB. I learned to agree on names before writing any code: half the arguments were about words, not pixels.",
  };
  const receipts = {
    situation:
      "I looked after the little service that sends every order confirmation email for our shop, around 30,000 a day. It takes an order event off a queue, renders the email and hands it to our mail provider.",
    task: "One Monday customers started writing in that they had not received confirmations, and I was the one on call for it.",
    actions:
      "I checked the queue first and saw about 12,000 messages waiting, growing by a few hundred a minute. The workers were running but every send was timing out after 30 seconds. I suspected the mail provider, but their status page was green and a test email from my laptop went through at once. Then I noticed the timeouts started right after our Friday release, which had turned on a new template that fetched product images from the storefront for every email. That fetch went through a slow internal endpoint. I rolled the template back, the backlog drained in about 40 minutes, and the next day I changed the template to use the image links already in the order event.",
    results: "No confirmation has been delayed since, and I added an alert on queue age over five minutes. In hindsight I should have load-tested the template change with a realistic batch.",
  };

  it("is capped as off-topic, with a message that says the systems come up only in passing", () => {
    // the rules' own counts let it through…
    expect(scoreDraft(designSystem, { learned: false }).gate.kind).toBe("ok");
    const s = scoreDraft(designSystem);
    expect(s.gate.kind).toBe("offtopic");
    expect(s.gate.kind === "offtopic" && s.gate.message).toContain("only in passing");
    expect(s.total).toBeLessThanOrEqual(20);
    expect(s.items.component.status).toBe("missing");
  });

  it("leaves an answer on the question alone, however plainly it names its system", () => {
    const s = scoreDraft(receipts);
    expect(s.gate.kind).toBe("ok");
    expect(s.total).toBeGreaterThan(40);
  });
});

describe("odd and huge input never throws", () => {
  const cases: Array<[string, Partial<Sections>]> = [
    ["all empty", emptySections()],
    ["missing keys", {}],
    ["one section of 50,000 chars", { actions: "The compaction queue grew and p99 went from 8 ms to 900 ms. ".repeat(900).slice(0, 50_000) }],
    ["all sections of 50,000 chars", { situation: "x".repeat(50_000), task: "ab. ".repeat(12_500), actions: "é ".repeat(25_000), results: "🙂".repeat(25_000) }],
    ["emoji", { actions: "🔥🔥 Our Redis cache 🧊 fell over at 3am 😱 and p99 went from 2 ms to 2 s 📈." }],
    ["right-to-left text", { situation: "كنت مسؤولا عن قاعدة البيانات. ", actions: "זה היה קשה מאוד. We reproduced it with a load generator." }],
    ["HTML", { actions: "<p>I added <b>fencing tokens</b> to the <script>alert(1)</script> replication path.</p><br/>" }],
    ["control characters", { actions: "\u0000\u0007 stall \u001b[31m red \u0008 \r\n\t p99 \uFFFF\uD800 end" }],
    ["only whitespace", { situation: "   \n\n\t ", task: "\n", actions: " ", results: "" }],
  ];
  for (const [name, input] of cases) {
    it(name, () => {
      const s = scoreDraft(input);
      expect(s.total).toBeGreaterThanOrEqual(0);
      expect(s.total).toBeLessThanOrEqual(100);
      expect(Object.keys(s.items)).toHaveLength(20);
      const full = { ...emptySections(), ...input } as Sections;
      for (const id of ITEM_IDS) for (const e of s.items[id].evidence) expect(full[e.section as keyof Sections].slice(e.start, e.end)).toBe(e.text);
    });
  }
  it("empty drafts score 0 with an empty gate", () => {
    const s = scoreDraft(emptySections());
    expect(s.total).toBe(0);
    expect(s.gate.kind).toBe("empty");
    expect(s.delivery.length).toBe("empty");
  });
  it("non-string sections are treated as empty", () => {
    const s = scoreDraft({ situation: 42 as unknown as string, actions: null as unknown as string });
    expect(s.total).toBe(0);
  });
});

describe("styles", () => {
  it("an unstructured answer in one section can still meet items from every section", () => {
    const all = [STRONG.situation, STRONG.task, STRONG.actions, STRONG.results].join(" ");
    const s = scoreDraft({ ...emptySections(), actions: all });
    expect(s.items.slo.status).toBe("met");
    expect(s.items.quantified_results.status).toBe("met");
    expect(s.total).toBeGreaterThanOrEqual(80);
  });
  it("British spelling and bullets", () => {
    const s = scoreDraft({
      situation: "- Component: the metadata catalogue behind our analytics warehouse; every query plan reads it first.\n- 12 TB, 30k lookups/s.\n- Target: p99 lookups under 10 ms.",
      task: "- I was the on-call owner.",
      actions:
        "- Symptom: on a Monday, lookups timed out for 40 minutes and 8% of queries failed.\n- I analysed the lock-wait metrics and the slow query log.\n- Root cause: a vacuum job held a table lock because of a misconfigured timeout.\n- Fix: I capped the lock timeout at 2 s and moved the job to a replica.\n- We prioritised safety over speed: the job now takes twice as long, which we accepted because it avoids blocking reads.",
      results: "- Lookup p99 back to 6 ms; no recurrence in the following 5 months.",
    });
    for (const id of ["component", "data_path", "slo", "scale", "ownership", "incident", "signals", "root_cause", "fix", "tradeoffs", "quantified_results"] as const) {
      expect([id, s.items[id].status]).toEqual([id, "met"]);
    }
  });
});

describe("delivery", () => {
  it("says the speaking time in plain words, singular and plural", () => {
    expect(spokenLength(20)).toBe("Under a minute spoken");
    expect(spokenLength(55)).toBe("About 1 minute spoken");
    expect(spokenLength(80)).toBe("About 1.5 minutes spoken");
    expect(spokenLength(300)).toBe("About 5 minutes spoken");
  });

  it("reports words, speaking time, first person, balance", () => {
    const s = scoreDraft(STRONG);
    const d = s.delivery;
    expect(d.words.total).toBe(d.words.situation + d.words.task + d.words.actions + d.words.results);
    expect(d.speakingSeconds).toBe(Math.round((d.words.total / 150) * 60));
    expect(d.balance.largest).toBe("actions");
    expect(d.balance.actionsLargest).toBe(true);
    expect(d.firstPerson.i).toBeGreaterThan(d.firstPerson.we);
  });
  it("flags a short answer and a 'we'-heavy action section", () => {
    const s = scoreDraft({ ...emptySections(), situation: "We ran a cache.", actions: "We fixed it and we deployed it and our team was happy." });
    expect(s.delivery.length).toBe("short");
    expect(s.delivery.firstPerson.verdict).toBe("mostly-we");
    expect(s.delivery.notes.length).toBeGreaterThan(0);
  });
  it("warns about confidential details with exact offsets", () => {
    const actions =
      "I ssh'd into db-prod-07.eu.example.com and 10.20.3.14, checked https://grafana.corp/d/abc and mailed ops-lead@example.com about INC-4821. SHA-256 and UTF-8 are fine.";
    const s = scoreDraft({ ...emptySections(), actions });
    const kinds = s.delivery.confidentiality.findings.map((f) => f.kind).sort();
    expect(kinds).toEqual(["email", "hostname", "ip-address", "ticket-id", "url"]);
    for (const f of s.delivery.confidentiality.findings) expect(actions.slice(f.start, f.end)).toBe(f.text);
    expect(s.delivery.confidentiality.flagged).toBe(true);
  });
  it("does not flag a clean draft", () => {
    expect(scoreDraft(STRONG).delivery.confidentiality.flagged).toBe(false);
  });
});

// Session 36 (step Z): readers mark the teller's role met in most stories told in the first person singular
// throughout, though no title is named: the deeds are the role. Told by "we", the same story names no one's part.
describe("the role told by the work", () => {
  const story = {
    situation: "Our photo service keeps every upload in a Postgres database and an object store, about 40 million images.",
    task: "One Monday the thumbnails stopped appearing for new uploads.",
    actions:
      "I opened the worker logs and I found the resize jobs timing out. I checked the queue and saw 90,000 jobs waiting. I traced the slowdown to a missing index on the jobs table after Friday's migration. I added the index back, I restarted the workers, and I replayed the stuck jobs in batches of a thousand.",
    results: "I watched the queue drain within an hour. I then added a migration check so that a dropped index fails the build, and I told support what had happened.",
  };

  it("meets ownership in a story told in the first person throughout, quoting the first deeds", () => {
    const s = scoreDraft(story);
    expect(s.items.ownership.status).toBe("met");
    expect(s.items.ownership.evidence.map((e) => e.text)).toEqual(["I opened", "I found"]);
    for (const e of s.items.ownership.evidence) expect(story[e.section as keyof typeof story].slice(e.start, e.end)).toBe(e.text);
  });

  it("does not when the same story is told by 'we'", () => {
    const told = Object.fromEntries(Object.entries(story).map(([k, v]) => [k, v.replace(/\bI\b/g, "we").replace(/(^|\. )we/g, "$1We")])) as typeof story;
    expect(scoreDraft(told).items.ownership.status).not.toBe("met");
  });
});

// Session 36 (step LL): a postmortem's review under its own headings is its lesson, as readers of real writing mark
// it, whether its lines end in "\n" or in "\r\n".
describe("the review of a postmortem", () => {
  const base = {
    situation: "I owned the ingest queue that carries every order event to billing.",
    task: "For an hour on Tuesday, billing saw a tenth of the events.",
    actions: "We found that the consumer acknowledged each message before writing it, so a crash lost what it held. We moved the ack after the write.",
  };
  const review = "## What went well\n\n- The lag alert fired within a minute.\n\n## What went wrong\n\n- Nobody had replayed the queue before.";

  it("meets the lesson with its headings, with either line end", () => {
    for (const results of [review, review.replace(/\n/g, "\r\n")]) {
      const s = scoreDraft({ ...base, results });
      expect(s.items.reflection.status, JSON.stringify(results.slice(0, 20))).toBe("met");
      expect(s.items.reflection.evidence[0]!.text).toBe("What went well");
    }
  });

  it("reads a heading that ends in \\r\\n as one that ends in \\n", () => {
    for (const end of ["\n", "\r\n"]) {
      const s = scoreDraft({ ...base, results: `## Lessons Learned${end}${end}Keep a replay script next to the queue it replays.` });
      expect(s.items.reflection.status, JSON.stringify(end)).toBe("met");
    }
  });

  it("does not take the words inside a sentence for the heading", () => {
    const s = scoreDraft({ ...base, results: "In the retro we talked about what went well for the other team." });
    expect(s.items.reflection.status).not.toBe("met");
  });
});

describe("adjacent experience", () => {
  it("detects an adjacent story and whether it compares itself to storage", () => {
    const base = {
      task: "I owned the consumer service.",
      actions: "One afternoon consumer lag reached 2 hours and 3% of events were processed twice.",
      results: "",
    };
    const without = scoreDraft({ ...base, situation: "I haven't owned a storage system, so here is the closest thing: the Kafka consumer that feeds our billing queue." });
    expect(without.adjacent.detected).toBe(true);
    expect(without.adjacent.comparesToStorage).toBe(false);
    expect(without.adjacent.message).toMatch(/similar/);
    const withCmp = scoreDraft({
      ...base,
      situation:
        "I haven't owned a storage system, so here is the closest thing: the Kafka consumer that feeds our billing queue. It is similar to a database in that a lost or duplicated event corrupts the ledger, but different because Kafka keeps the durable copy.",
    });
    expect(withCmp.adjacent.comparesToStorage).toBe(true);
    expect(withCmp.adjacent.evidence.length).toBeGreaterThan(0);
  });
  it("does not flag a storage story", () => {
    expect(scoreDraft(STRONG).adjacent.detected).toBe(false);
  });
});

describe("profiles", () => {
  it("ships the seed profile and four more, each with valid weight overrides", () => {
    expect(QUESTION_PROFILES.length).toBeGreaterThanOrEqual(5);
    expect(QUESTION_PROFILES[0]!.id).toBe("infra-ownership");
    for (const p of ["outage-lead", "metric-anomaly", "consistency-tradeoff", "risky-migration"]) expect(QUESTION_PROFILES.some((q) => q.id === p)).toBe(true);
    for (const p of QUESTION_PROFILES) for (const id of Object.keys(p.weights)) expect(ITEM_IDS).toContain(id);
  });
  it("applies weights and defaults to infra-ownership", () => {
    const draft = { ...STRONG, actions: "I chose to drop the replica rather than rebuild it, because a rebuild would have cost 6 hours of degraded reads." };
    const def = scoreDraft(draft);
    expect(def.profile).toBe("infra-ownership");
    const tradeoff = scoreDraft(draft, { profile: "consistency-tradeoff" });
    expect(tradeoff.profile).toBe("consistency-tradeoff");
    expect(tradeoff.items.tradeoffs.weight).toBe(10);
    expect(tradeoff.total).not.toBe(def.total);
  });
  it("falls back to the default profile for an unknown id", () => {
    expect(scoreDraft(STRONG, { profile: "nope" }).profile).toBe("infra-ownership");
  });
});

describe("follow-ups", () => {
  it("covers the four common follow-ups with valid targets", () => {
    expect(FOLLOW_UPS.length).toBeGreaterThanOrEqual(4);
    for (const f of FOLLOW_UPS) for (const t of f.targets) expect(ITEM_IDS).toContain(t);
    const ids = FOLLOW_UPS.map((f) => f.id);
    for (const id of ["why-strategy", "do-differently", "no-data-loss", "adjacent-teams"]) expect(ids).toContain(id);
  });
  it("scores only the targeted items, with offsets into the answer", () => {
    const text =
      "After the fix I ran a reconciliation job that compared every ledger row with the payment log, found 37 duplicates and reversed them. The new path also ran in shadow mode for a week before we switched.";
    const r = scoreFollowUp(text, ["data_repair", "rollout", "validation"]);
    expect(Object.keys(r.items).sort()).toEqual(["data_repair", "rollout", "validation"]);
    expect(r.items.data_repair?.status).toBe("met");
    expect(r.items.rollout?.status).toBe("met");
    for (const item of Object.values(r.items)) for (const e of item!.evidence) {
      expect(e.section).toBe("answer");
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(r.total).toBeGreaterThan(50);
  });
  it("gives nothing for an empty or evasive answer", () => {
    expect(scoreFollowUp("", ["reflection"]).total).toBe(0);
    expect(scoreFollowUp("I always reflect on everything I do.", ["reflection"]).items.reflection?.status).not.toBe("met");
  });
});

describe("RUBRIC_ITEMS", () => {
  it("lists the 20 items in contract order with metadata", () => {
    expect(RUBRIC_ITEMS.map((r) => r.id)).toEqual([...ITEM_IDS]);
    for (const r of RUBRIC_ITEMS) {
      expect(r.label.length).toBeGreaterThan(0);
      expect(r.weight).toBeGreaterThan(0);
      expect(r.description.length).toBeGreaterThan(10);
      expect(["situation", "task", "actions", "results", "any"]).toContain(r.section);
    }
  });
});

describe("web addresses", () => {
  const link = "https://grafana.example.com/d/orders?from=1747064147915&to=1747085747916&var-p99=900ms";
  const text = `The graph at ${link} showed p99 latency on the orders API rising from 120 ms to 900 ms within 3 minutes.`;

  it("nothing inside a URL is evidence: its query string is not a result in numbers", () => {
    const score = scoreDraft({ situation: `I kept the dashboard link: ${link}`, task: "", actions: "", results: "" });
    expect(score.items.quantified_results.status).toBe("missing");
    for (const id of ITEM_IDS) for (const e of score.items[id].evidence) expect(link.includes(e.text) && e.text.length > 3).toBe(false);
  });

  it("words after a URL keep exact offsets into the caller's string", () => {
    const score = scoreDraft({ situation: text, task: "", actions: "", results: "" });
    const evidence = ITEM_IDS.flatMap((id) => score.items[id].evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    expect(score.items.signals.status).toBe("met");
  });
});
