import { describe, expect, it } from "vitest";

import { isListElement } from "@/lib/rubric/engine";
import { scoreDraft } from "@/lib/rubric/index";
import type { DraftScore, Sections } from "@/lib/rubric/types";

const only = (situation: string): Sections => ({ situation, task: "", actions: "", results: "" });
const sections = (situation: string, task: string, actions: string, results: string): Sections => ({ situation, task, actions, results });

/** Scores a draft that must be capped as stuffing, at 25 or less; returns the score for more checks. */
function expectStuffed(draft: Sections): DraftScore {
  const score = scoreDraft(draft);
  expect(score.gate.kind).toBe("stuffed");
  expect(score.total).toBeLessThanOrEqual(25);
  return score;
}

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
    expectStuffed(only(post));
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
    expectStuffed(only(resume));
  });

  it("a profile line of achievements run together with pipes is stuffing", () => {
    const line =
      "Highlights: owned the storage layer (Cassandra, 40 nodes, 2 PB) | defined SLOs (99.9% availability, p99 < 20 ms) | led incident response for write timeouts | debugged with tracing and GC logs | found root cause: compaction backlog | shipped the fix behind a flag with a canary | repaired data with a backfill | validated with load tests | cut p99 by 60% | wrote the postmortem and new alerts | partnered with SRE and product";
    expectStuffed(only(line));
  });

  it("the same facts told as a story, with a pipe in a command, are not stuffing", () => {
    const story =
      "I owned our Cassandra cluster (40 nodes, 2 PB), with an SLO of p99 under 20 ms for writes. One Monday writes started timing out. I ran `nodetool tpstats | grep Compaction` and found a compaction backlog of 3,000 tasks, because a schema change had switched a big table to leveled compaction. We throttled compaction as a stop-gap, then moved the table back, and p99 fell from 180 ms to 15 ms within the hour.";
    const score = scoreDraft(only(story));
    expect(score.gate.kind).toBe("ok");
    expect(score.total).toBeGreaterThan(25);
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

  it("a method told in the present, with no incident, is stuffing", () => {
    const method = [
      "To handle flaky production failures in our storage stack I follow a three-stage methodology:",
      "Signal gathering: I start by lining up the anomaly with telemetry (logs, traces and host metrics), and I identify whether it is load-related or data-dependent.",
      "Controlled reproduction: Since these bugs are hard to trigger, I build a small reproduction script, often with traffic shadowing, to confirm the behaviour in a sandboxed environment.",
      "Mechanism: I apply the 5 Whys; if the API is failing, I check whether the cause is a race in the database, a stale cache or a dependency timeout.",
      "Hardening: Once fixed, I ensure the change includes automated regression tests and a new alert.",
    ].join("\n");
    const score = expectStuffed(only(method));
    expect(score.gate.kind === "stuffed" && score.gate.message).toMatch(/one time it happened/);
  });

  it("a story told in the historical present is not a method", () => {
    const story = [
      "So it's 2 am and I'm on call for the ledger database, which every payment writes to.",
      "The replica usually lags a second or two, but I check the dashboard and it is 40 minutes behind.",
      "I look at the primary and a vacuum is holding a lock on the accounts table, so I kill the vacuum.",
      "The replica catches up in 12 minutes, and I write it up for the team.",
      "The next week I add an alert on lag over 60 seconds and we move vacuums to the weekend.",
    ].join("\n");
    const score = scoreDraft(only(story));
    expect(score.gate.kind).toBe("ok");
  });

  it("an incident summary card whose steps are linked by cause is not stuffing", () => {
    const card = [
      "Incident 14: order store outage, 2021-03-09",
      "How it happened: one of two Postgres shards filled its 64 GB of RAM, leading to reads and writes going to disk and latency rising tenfold for checkout queries. Requests piled up, resulting in a 40-minute outage.",
      "Architecture: a two-shard cluster, each shard replicating to a standby. Hot rows are kept in memory. Sharding is by customer id.",
      "Root cause: customer ids were assigned in ranges, causing one shard to take most new orders.",
      "Fix: rebalanced the ranges and added a third shard.",
    ].join("\n");
    const score = scoreDraft(only(card));
    expect(score.gate.kind).toBe("ok");
    expect(score.items.root_cause.status).toBe("met");
  });

  // Session 16: shapes that the stuffing rounds st1-st3 (tests/fixtures/rubric/gate) let through.

  // Session 28: the read gate rounds' three templates over 25 (83-86) left their blanks as runs of
  // underscores, the form a printed worksheet uses.
  it("a template with blanks to fill is stuffing, and the message says to fill them", () => {
    const brackets = [
      "At [employer] I was responsible for [system], which every [request type] goes through, at about [N] requests a second. The target was [availability] and p99 under [X] ms.",
      "As [role], success meant [measurable goal].",
      "When [failure] hit, I looked at [dashboard] and [logs]. I reproduced it with [tool]. The cause turned out to be [mechanism]. I changed [config or code], trading [cost] for [benefit], and rolled it out behind [flag] with a canary.",
      "Latency went from [before] to [after]. The postmortem produced [N] action items, and next time I would [lesson].",
    ];
    const underscores = brackets.map((s) => s.replace(/\[[^\]]*\]/g, "______"));
    for (const [situation, task, actions, results] of [brackets, underscores]) {
      const score = expectStuffed(sections(situation!, task!, actions!, results!));
      expect(score.gate.kind === "stuffed" && score.gate.message).toMatch(/template/);
    }
  });

  // Session 22: tags and reference links of text copied from a web page or a markdown file were
  // counted as blanks, and capped real incident reports as templates.
  it("a story pasted with its HTML tags or markdown reference links is not a template", () => {
    const html = sections(
      "<p><strong>Service:</strong> the shared MySQL cluster <strong>db04</strong> behind our hosting plans.</p>",
      "<p><strong>Owner:</strong> I was the on-call engineer for it that week.</p>",
      "<p><strong>UPDATE 21:40:</strong> Page loads took 20 s. I found every Apache worker waiting on MySQL and the connection limit used up.</p><p><strong>UPDATE 22:15:</strong> Two sites ran a report query without an index; I added the index and moved their MyISAM tables to InnoDB.</p>",
      "<p><strong>CLOSED:</strong> Pages load in under a second again, and we now alert when connections pass 80%.</p>",
    );
    const markdown = sections(
      "At [Acme][acme] I ran the [Redis][redis] cluster that holds every shopper's cart.",
      "I owned its p99 target of 10 ms.",
      "In May p99 hit 400 ms. I found one cart key of 90 MB from a [bot][bot-report] adding items in a loop, so I capped carts at 500 items and deleted the key.",
      "p99 went back to 4 ms the same hour.\n\n[acme]: https://example.com\n[redis]: https://redis.io\n[bot-report]: https://example.com/bot",
    );
    for (const pasted of [html, markdown]) expect(scoreDraft(pasted).gate.kind).toBe("ok");
  });

  // Session 28: nor are snake_case names and dunders (runs of underscores inside a name).
  it("a story with its names left out in brackets, or with snake_case names, is not a template", () => {
    const story = sections(
      "At [a payments company] I owned the ledger's Postgres cluster, which every card payment writes to, with an SLO of p99 under 50 ms.",
      "I was on call the week it broke, and my goal was to get p99 back under 50 ms without losing a write.",
      "On a Tuesday at 09:10, p99 jumped to 900 ms. I found a nightly [reporting] job still running, holding locks on the balances table, so I killed it and moved it to the replica.",
      "p99 fell back to 35 ms within ten minutes. I added an alert on lock waits over 5 s, and the job has run on the replica since.",
    );
    const snakeCase = sections(
      "I owned the order_events table in our Postgres cluster, which every checkout writes to, with a p99 target of 40 ms.",
      "I was on call the week it broke; the goal was p99 back under 40 ms with no lost orders.",
      "On a Monday p99 hit 700 ms. pg_stat_activity showed autovacuum stuck on order_events, and the __consumer_offsets topic lag climbed with it. I raised autovacuum_vacuum_cost_limit from 200 to 2000 and split the nightly purge into batches of 10,000 rows.",
      "p99 went back to 30 ms within the hour, and the purge job has run in batches since.",
    );
    for (const told of [story, snakeCase]) expect(scoreDraft(told).gate.kind).toBe("ok");
  });

  it("what I would do, with no incident, is stuffing, and the message says so", () => {
    const hypothetical = sections(
      "Say I owned a sharded Redis cache in front of the product catalogue, with a p99 target of 5 ms and 99.95% availability.",
      "I would see myself as the owner and define success as the p99 staying under 5 ms with no stale prices.",
      "If latency climbed, I'd first check hit rate, evictions and CPU per shard, and I'd read the slow log. I would form a hypothesis, maybe a hot key, and reproduce it with a load test. Once I knew the root cause, I'd fix it with key splitting or a local cache, weighing memory against freshness, and roll it out behind a flag with a canary.",
      "I'd expect p99 to come back under target, and I would write a postmortem with alerts and a runbook and tell the client teams.",
    );
    const score = expectStuffed(hypothetical);
    expect(score.gate.kind === "stuffed" && score.gate.message).toMatch(/would do/);
  });

  it("a real story that says what I would do next time, and what I'd already done, is not stuffing", () => {
    const story = sections(
      "I owned the sharded Redis cache in front of our product catalogue; every product page reads from it, with a p99 target of 5 ms.",
      "I was on call when p99 on one shard went to 80 ms during a flash sale.",
      "I'd already paged the catalogue team when I saw one key taking 40% of the shard's reads. I split that key across eight copies and the shard's CPU dropped from 95% to 30%.",
      "p99 was back at 3 ms within minutes. We added a hot-key alert, and if I did it again I would have split hot keys before the sale.",
    );
    expect(scoreDraft(story).gate.kind).toBe("ok");
  });

  it("a method told in the present with other verbs (keep, treat, favour) is stuffing", () => {
    const method = sections(
      "For any storage component I own, I keep its SLOs visible: availability, p99 latency and durability, with the load it is sized for.",
      "I treat myself as the accountable owner and agree success criteria with stakeholders up front.",
      "My routine when something misbehaves: I keep to error rates, replication lag and lock waits first. I build a minimal reproducer or inject the fault. I favour fixes that remove the whole class of bug, such as idempotency or fencing, and I ship them behind a flag with a canary. I organise a data repair when writes may be affected.",
      "Afterwards I chair a blameless review and insist that each action item has an owner and a date.",
    );
    expectStuffed(method);
  });

  // Session 16, second step: shapes that the stuffing round st4-st6 let through.
  it("STAR headings over clipped fragments are stuffing, however many numbers they carry", () => {
    const fragments = sections(
      "Situation: Core storage tier. Write path. SLO 99.95%, p99 30 ms. 80k QPS, 3 PB.",
      "Task: Owner. Primary on-call. Goal = SLO back, zero loss.",
      "Action: Alert fired. Dashboards, logs, traces. Lag up. Repro in staging. 4 hypotheses, 3 ruled out. Root cause found. Fix behind flag. Canary 5% -> 100%. Backfill verified.",
      "Result: p99 -55%. 0 bytes lost. Postmortem, 9 action items. Alerts + runbook. Lesson: test failover.",
    );
    expectStuffed(fragments);
  });

  it("terse notes of one incident, with numbers and their causes, are not stuffing", () => {
    const notes = sections(
      "Postgres 14 primary + 2 replicas, the orders DB; every checkout writes here. p99 write SLO 40 ms, ~3k writes/s.",
      "Me: DB owner, on call that week.",
      "Thu 14:05: p99 writes 40 -> 900 ms. WAL volume 5x normal. Found a backfill job updating 20M rows in one transaction, so autovacuum could not keep up and the table bloated. Killed the job, ran VACUUM, split the backfill into 10k-row batches.",
      "p99 back to 35 ms by 14:40. Added a lint that rejects unbatched backfills in CI.",
    );
    expect(scoreDraft(notes).gate.kind).toBe("ok");
  });

  it("a method told to \"you\" in a spoken answer is stuffing", () => {
    const spoken = sections(
      "So, um, it was a storage service, right, on the data path, and we had SLOs, p99 and availability, the usual.",
      "And I was the owner and on call, and success was hitting the SLO.",
      "So when something breaks you pull up the dashboards, metrics, logs, traces, replication lag. Then you come up with hypotheses and you reproduce it with a load test. And you find the root cause, which is usually a race or a retry storm, and you fix it behind a feature flag with a canary and a rollback plan, and you backfill if data is bad.",
      "And the numbers get better, p99 goes down, and you do a postmortem with action items, alerts and runbooks.",
    );
    expectStuffed(spoken);
  });

  it("a lesson told as what I would tell my younger self is not a hypothetical answer", () => {
    const lesson = sections(
      "",
      "",
      "",
      "If there is one thing I'd tell my younger self, it's to checksum the index files as well as the data. We had checksums on every data block and none on the index, and of course an index file got truncated. Since then every design review I run asks how we'd notice a corrupt index.",
    );
    expect(scoreDraft(lesson).gate.kind).toBe("ok");
  });

  // Session 16, third step: the essays that st1-st9 let through.
  it("an essay on how components should be owned is stuffing", () => {
    const essay = sections(
      "Owning an infrastructure component is less about any one technology than about a habit of mind. Whether it is a storage engine, a replicated log or a cache tier, the component usually sits somewhere critical: on the data path, where every read and write passes through it, or on the metadata path, where placement and routing are decided. Such systems run at serious scale, tens of thousands of requests per second and petabytes of data, and they carry demanding targets such as four nines of availability and a p99 in single-digit milliseconds.",
      "Ownership means being accountable end to end. The owner is the one on the pager and the one who defines success in terms that can be checked, such as a latency number or a durability guarantee under a stated failure.",
      "When things go wrong, discipline is what matters. Good engineers resist the urge to jump to a fix. They start with the signals: error rates, replication lag, queue depth and lock contention. They form hypotheses and try to disprove them with a reproduction, whether a minimal test case, a replay of production traffic or deliberate fault injection. A root cause should be a mechanism, a race or a retry that is not idempotent, and the fix must weigh latency against durability. Changes ship behind feature flags with a canary and a rollback plan, and any data that may be affected needs a backfill or a reconciliation.",
      "The results of working this way are measurable: lower tail latency and fewer incidents. A blameless postmortem with owned action items, new alerts and runbooks is what turns an incident into lasting improvement, and the lesson is that rigour beats cleverness.",
    );
    // (this one the older list test also catches; the essays it let through are in the stuffing
    // rounds, gate-fresh-rounds.test.ts)
    expectStuffed(essay);
  });

  it("a long story told in the present, with its teller in it, is not an essay", () => {
    const story = sections("So picture this: it's two in the morning, I'm the primary on call for the ledger database, which is the Postgres cluster that every single card payment in the company writes to, and the p99 write latency target is fifty milliseconds, which we usually hit with plenty of room to spare.",
  "My job that night is simple to say and hard to do: get the writes back under target without losing a single payment, because finance reconciles every row the next morning and a missing row is a very bad day for everyone involved.",
  "The page says p99 writes are at nine hundred milliseconds and climbing, so I open the dashboard and the replica lag is fine, the CPU is fine, but the lock wait graph is a wall. I look at pg_stat_activity and there is a nightly reporting job holding a lock on the balances table, which it is not supposed to do, because somebody changed its query to an update the week before. I first suspect the disks, but the disk latency graph is flat, so I rule that out. I kill the job, the lock waits drop to nothing within a minute, and the writes come back to thirty milliseconds. Then I move the job to the replica, where it can read all it wants, which costs us a few seconds of staleness in the report, a price finance is happy to pay, and I put an alert on lock waits over five seconds so that the next person is not guessing at two in the morning.",
  "The p99 is back to thirty-five milliseconds before half past two, no payment is lost, and the reconciliation the next morning is clean. I replay the night's traffic against staging with the job on the replica and the p99 stays flat. What I take away is to review any change to a job that touches a hot table. The alert is still there and it has fired once since, on a different job, and the on-call caught it in minutes.",);
    const score = scoreDraft(story);
    expect(score.gate.kind).toBe("ok");
    expect(score.total).toBeGreaterThan(50);
  });
});

// Session 17: catalogs, the layouts st1-st9 still let through after session 16 (a cheat sheet, a
// table of terms, a promotion packet, a recited list of practices): most items named only as a
// few words between commas, pipes or arrows, with few numbers.
describe("catalogs of terms", () => {
  it("advice on how to answer, in prose, is stuffing, with the message about lists of terms", () => {
    const advice = sections(
      "My tip after a dozen of these loops: open with the component and whether it sits on the data path or the control path, then give the targets (availability, p99, durability) and the size (requests per second, terabytes, nodes).",
      "After that, say plainly that you owned it: on-call, tech lead, incident commander, whatever you were. Give a success criterion the interviewer could check.",
      "The middle is where they probe, so cover it all: dashboards, traces, replication lag, lock waits, a small reproducer, a replay of traffic, hypotheses you tested, the root cause (a race, a retry storm, a quorum mistake), the fix (idempotency keys, fencing tokens, backpressure), the trade-offs, a flag, a canary, a rollback plan, a backfill, regression tests.",
      "End on before and after figures, the postmortem, its action items, new alerts and runbooks, the teams you pulled in and a lesson. It got me two offers.",
    );
    const score = expectStuffed(advice);
    expect(score.gate.kind === "stuffed" && score.gate.message).toContain("lists of terms");
  });

  it("a promotion packet whose verbs sit over lists of practices is stuffing", () => {
    const packet = sections(
      "Scope: the shared storage platform behind every product team, on the data path and the metadata path, at very large scale across regions.",
      "Role: owner, primary on-call and tech lead. Success measures: availability, tail latency, zero data loss, shorter recovery.",
      "Highlights: Led incident response across metrics, logs, traces and heap profiles. Built reproducers, soak tests and fault injection. Shipped durable fixes (idempotency, backpressure, checksums) behind flags, canaries and rollback plans. Drove backfills and reconciliation. Balanced latency, durability and cost. Partnered with SRE, platform and client teams.",
      "Impact: tail latency well down, far fewer pages, no repeat of a severe outage. Wrote postmortems with owners and dates, new alarms, runbooks and invariant checks. Growth: earlier investment in observability.",
    );
    expectStuffed(packet);
  });

  it("tells an element of a list of terms from a step of a story", () => {
    const at = (text: string, words: string) => isListElement(text, text.indexOf(words), text.indexOf(words) + words.length);
    expect(at("Fixes: idempotency keys, fencing tokens, backpressure.", "fencing tokens")).toBe(true);
    expect(at("| Repro | load test, fault injection |", "load test")).toBe(true);
    expect(at("Ship it behind a flag, a canary and a rollback plan", "canary")).toBe(true);
    // a clause that opens on a verb in the past with its object, or names its teller, is a step
    expect(at("saw short blobs, ruled it out with SMART, moved on", "ruled it out")).toBe(false);
    expect(at("then, I pulled the digests, and", "pulled the digests")).toBe(false);
    // and a long stretch between commas is prose
    expect(at("We moved the nightly compaction job to the replica, which fixed it.", "compaction job")).toBe(false);
  });

  it("a numbered checklist of what to say is a catalog: its line numbers are not figures", () => {
    const checklist = only(
      [
        "Shared in our prep group, since a few of you asked how I rehearse the ownership question:",
        "1. Name the component and say whether it is on the data path or the metadata path",
        "2. Give the SLOs with numbers: p99, availability, durability",
        "3. Give the scale: requests per second, terabytes, nodes",
        "4. Say you owned it: owner, on-call, incident lead, never just the team",
        "5. Pick one incident that sounds hard: replication lag, a deadlock, corruption",
        "6. Walk through the signals: dashboards, logs, traces, flame graphs",
        "7. Say how you reproduced it: a load test or fault injection",
        "8. Hypotheses → ruled out → root cause",
        "9. The fix and the trade-off (\"I chose X over Y because…\")",
        "10. Feature flag, canary and a rollback plan for the rollout",
        "11. Any backfill or repair, and the checksums that proved it",
        "12. Before and after numbers, then the postmortem, action items, alerts and runbook",
        "13. What you would do differently",
        "Hit all thirteen in under three minutes and the interviewer ticks every box.",
      ].join("\n"),
    );
    expectStuffed(checklist);
  });

  it("one incident told in a single run of comma-spliced steps is not a catalog", () => {
    const runOn = only(
      "I owned the artifact proxy for our CI, 200 runners fetch through it, goal 99.9% of fetches under a second, one Tuesday builds failed on checksums, compared the bad jars, saw truncated files, suspected the network, ruled it out, found the partial-cache bug, reproduced it, fixed it with a temp file, hash check, atomic rename, purged 1,800 bad entries, canaried one region, no failures since, alert added.",
    );
    expect(scoreDraft(runOn).gate.kind).toBe("ok");
  });

  it("terse notes of one incident that list their steps, with their numbers, are not a catalog", () => {
    const notes = sections(
      "Redis 6 cluster, 12 shards, session cache for the web tier: every page view reads it. SLO: p99 GET < 5 ms, 40k ops/s.",
      "Me: cache owner, primary on-call week of 3 May.",
      "Tue 10:12: p99 GET 5 -> 180 ms on shard 7 only. Checked: CPU 95% on shard 7, others 30%. Guess 1, network: ruled out, no drops. Guess 2, hot key: MONITOR 10 s, 70% of calls on 1 key, a feature flag blob of 2 MB. Fix: moved the blob to local memory with a 30 s refresh, then split it into 40 keys. Trade-off: 30 s stale flags, accepted with product. Rollout: 1 pod, then 10%, then all, over 2 h.",
      "Result: p99 back to 3 ms by 12:40, shard 7 CPU 28%. Postmortem: alert on key size > 512 KB, lint on blob writes. Lesson: watch per-shard load, not the cluster mean.",
    );
    expect(scoreDraft(notes).gate.kind).toBe("ok");
  });
});

// Session 19: the studio asks for the Situation and the Task first. Written alone, they describe
// the setting (the component, its load, its SLO, the owner, the goal): that narrates nothing by
// nature, and the list tests called such a first section "a list of practices" and scored it 0.
describe("the setting written first is not a list of practices", () => {
  const notStuffed = (draft: Sections) => {
    const score = scoreDraft(draft);
    expect(score.gate.kind).toBe("ok");
    expect(score.total).toBeGreaterThan(0);
    return score;
  };

  it("a Situation in four plain sentences, one of them about the team's dashboards, is the setting", () => {
    const score = notStuffed(
      only(
        "I moved to the search team as a junior. The index cluster had a p99 read target of 80 milliseconds. It sat behind the catalogue API and answered every product page. Kibana was where the team lived, to be honest.",
      ),
    );
    expect(score.items.slo.status).toBe("met");
  });

  it("a handover note that names the system, its load, its readers and the goal is the setting, in the Situation or the Task", () => {
    const note =
      "Hi team, from Monday I am taking over the metrics pipeline from Jonas. It is twelve ingest nodes writing about 900k samples a second into the time-series store, and every dashboard and alert reads from it. My goal this quarter is to keep query p99 under two seconds through the Black Friday peak.";
    const score = notStuffed(only(note));
    for (const id of ["component", "scale", "data_path"] as const) expect(score.items[id].status).toBe("met");
    notStuffed(sections("", note, "", ""));
  });

  it("a Situation in notes, one fact a line, is the setting", () => {
    const notes = [
      "- Component: event collector (Go), terminates TLS and writes every click into the Kafka topic clicks.raw",
      "- SLO: 99.9% monthly availability, p99 accept under 200 ms",
      "- Load: ~60k events/s normally, spikes to 250k when a campaign email goes out",
      "- Owner: me, with Priya as secondary on-call",
    ].join("\n");
    const score = notStuffed(only(notes));
    for (const id of ["component", "slo", "scale"] as const) expect(score.items[id].status).toBe("met");
  });

  it("a Situation and a Task in notes are the setting too", () => {
    notStuffed(
      sections(
        "- the session store: Redis, 6 shards, every logged-in request reads it\n- about 30k reads a second at peak\n- SLO: p99 read under 5 ms",
        "- I owned the move to a managed Redis\n- goal: no forced logouts during the cutover\n- deadline: before the spring sale",
        "",
        "",
      ),
    );
  });

  it("a keyword list put in the Situation box is still stuffing", () => {
    expectStuffed(
      only(
        "Owned the block store. SLO on p99. Root cause a race. Fix lock sharding. Canary rollout. Backfill repair. Regression test. Postmortem action items. Paged SRE. Lessons learned.",
      ),
    );
  });

  it("the same notes with actions of keyword fragments under them are judged as a whole", () => {
    expectStuffed(
      sections(
        "- the session store: Redis, 6 shards, every logged-in request reads it\n- about 30k reads a second at peak",
        "- owner: me",
        "- RCA\n- hypotheses\n- fix\n- canary\n- backfill\n- regression tests",
        "- p99 better\n- postmortem\n- SRE sync\n- lessons",
      ),
    );
  });
});

// Session 19: "always" after "I" marks the teller's habits, but not in the clause that picks out
// the story about to be told ("the one I always come back to is when…").
describe("the story picked out with 'always' is not a habit", () => {
  it("an opening that says which incident the teller always tells is a story begun", () => {
    for (const opening of [
      "The outage I always come back to is when the Postgres primary behind our file sync service, the database every client hits to list a folder, ran out of connections during a failover and rejected about one request in ten. It felt like random spinners, nothing more, to the people using it.",
      "The incident I always tell is when the Kafka cluster that carries every payment event, about 50k messages a second, lost a broker and the producers kept writing to the dead leader for six minutes. Nobody noticed at first.",
    ]) {
      const score = scoreDraft(only(opening));
      expect(score.gate.kind).toBe("ok");
      expect(score.items.incident.status).not.toBe("missing");
    }
  });

  // Session 28: the habit told with other words of what was usual ("tended to", "nine times out of
  // ten", "as a rule", "very often", "followed the same pattern"), and with durations and SLO figures
  // that are not one event ("one week in five" on the rota, "at 99.95%").
  it("habits told with 'tended to' and 'as a rule' are habits too", () => {
    expectStuffed(
      sections(
        "For three years I looked after the ingest gateway of our metrics platform: every sample from about 12,000 hosts went through it on the way to the storage nodes, around 3 million samples a second, against a target of 99.95% write availability and p99 ingestion delay under 30 seconds.",
        "I led the on-call rota, one week in five, and wrote most of the sharding code. Success meant no lost samples when a node died and the delay inside its budget.",
        "When the pager went, I tended to start from the same two graphs, ingestion delay and per-shard queue depth, and nine times out of ten they told me whether it was a slow node, a hot shard or the gateway itself. As a rule I wrote two or three hypotheses into the incident doc and ruled them out against CPU profiles and heap dumps. Very often we reproduced the problem in a load-test cluster fed with recorded traffic. The root causes tended to be cardinality spikes from one tenant, GC pauses or uneven hashing after a resize, and the fixes followed the same pattern: per-tenant rate limits, buffer reuse, consistent hashing. Everything went out behind a flag to one region first, with automatic rollback, and where samples might have been dropped we replayed them from the Kafka buffer.",
        "Over that year SLO breaches fell from 11 to 2 and p99 delay from 90 seconds to 25. Postmortems fed alerts and a resize runbook, and I learned that boring routines beat heroics.",
      ),
    );
  });

  it("habits told with 'I always' are still habits", () => {
    expectStuffed(
      only(
        "I always reproduce an incident before I touch anything. I always write the hypothesis down and test it with metrics. I usually roll out fixes behind a flag with a canary. I always run a blameless postmortem with action items and share lessons with SRE.",
      ),
    );
  });
});
