import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { learnedBest, scoreDraft, scoreFollowUp, shippedModel } from "@/lib/rubric/engine";
import { FLAG_NAMES, loadModel, lookUp, packScores, tokensOf, type LearnedModel } from "@/lib/rubric/learned";
import { LEARNED_MODEL as SHIPPED } from "@/lib/rubric/learned-model";
import { DEMO_DRAFTS } from "@/lib/seed/demo-drafts";
import { MUST_STAY_VAGUE } from "@/tests/fixtures/rubric/must-earn";
import { ITEM_IDS, type DraftScore, type ItemId, type Sections } from "@/lib/rubric/types";

// The learned sentence layer (lib/rubric/learned.ts, docs/decisions/004 session 7). First with
// small models written here, whose behaviour is known exactly, then with the shipped model.

/** A model that knows a few words, and scores one item from them. */
function tinyModel(item: ItemId, words: Record<string, number>, bias = -5, threshold: number | null = 0, veto?: number): LearnedModel {
  const list = ["filler", ...Object.keys(words)];
  const { packed, scale } = packScores(list.map((w) => words[w] ?? 0));
  return {
    version: 2,
    words: list.join(" "),
    items: [{ id: item, threshold, ...(veto === undefined ? {} : { veto }), bias, flags: FLAG_NAMES.map(() => 0), scores: packed, scale }],
  };
}

function expectExactEvidence(sections: Partial<Sections>, score: DraftScore): void {
  for (const id of ITEM_IDS) {
    for (const e of score.items[id].evidence) {
      expect(e.section).not.toBe("answer");
      expect(sections[e.section as keyof Sections]!.slice(e.start, e.end)).toBe(e.text);
    }
  }
}

describe("the model format", () => {
  it("packs scores into four bits and decodes them within half a step", () => {
    const values = [0, 1, -1, 7, -7, 3.3, -2.6, 6.9, 0.2];
    const { packed, scale } = packScores(values);
    const model = loadModel({
      version: 2,
      words: values.map((_, i) => `w${String.fromCharCode(97 + i)}`).join(" "),
      items: [{ id: "fix", threshold: 0, bias: 0, flags: FLAG_NAMES.map(() => 0), scores: packed, scale }],
    });
    const decoded = model.items[0]!.scores;
    expect(decoded).toHaveLength(values.length);
    values.forEach((v, i) => expect(Math.abs(decoded[i]! - v)).toBeLessThanOrEqual(scale / 2 + 1e-9));
  });

  it("ships a well-formed model: known items, finite thresholds or vetoes, one score per word", () => {
    const model: LearnedModel = SHIPPED;
    expect(model.version).toBe(2);
    const words = model.words.split(" ");
    expect(new Set(words).size).toBe(words.length);
    expect(model.items.length).toBeGreaterThan(0);
    for (const it of model.items) {
      expect(ITEM_IDS).toContain(it.id);
      // an item is in the model to meet, to veto, or both
      expect(it.threshold !== null || it.veto !== undefined).toBe(true);
      if (it.threshold !== null) expect(Number.isFinite(it.threshold)).toBe(true);
      if (it.veto !== undefined) expect(Number.isFinite(it.veto)).toBe(true);
      expect(Number.isFinite(it.bias) && it.scale > 0).toBe(true);
      expect(it.flags).toHaveLength(FLAG_NAMES.length);
      expect(atob(it.scores).length).toBe(Math.ceil(words.length / 2));
    }
    expect(new Set(model.items.map((i) => i.id)).size).toBe(model.items.length);
  });

  // Session 33 (step P): on real texts the layer's additions for these items were wrong far more often
  // than right (data repair 118 wrong against 22 right on check); it still vetoes where it did.
  // Session 34 (step Q): results in numbers too, whose additions quoted no number ("processor", "Que").
  it("adds nothing for data repair, scale, reproduction or results in numbers", () => {
    for (const id of ["data_repair", "scale", "reproduction", "quantified_results"] as const) {
      const item = SHIPPED.items.find((i) => i.id === id);
      if (item) expect([id, item.threshold]).toEqual([id, null]);
    }
  });
});

describe("reading words", () => {
  it("finds a word's stem when only the stem is in the vocabulary, and nothing shorter", () => {
    const vocabulary = new Map(["backfill", "retry", "throttle", "index", "lock"].map((w, i) => [w, i]));
    expect(lookUp(vocabulary, "backfill")).toBe(0);
    expect(lookUp(vocabulary, "backfilled")).toBe(0);
    expect(lookUp(vocabulary, "retried")).toBe(1);
    expect(lookUp(vocabulary, "retries")).toBe(1);
    expect(lookUp(vocabulary, "throttling")).toBe(2);
    expect(lookUp(vocabulary, "throttled")).toBe(2);
    expect(lookUp(vocabulary, "indexes")).toBe(3);
    expect(lookUp(vocabulary, "locks")).toBe(4);
    // a word under five letters is not stemmed: "led" is not a form of anything here
    expect(lookUp(vocabulary, "led")).toBe(-1);
    expect(lookUp(vocabulary, "unknownish")).toBe(-1);
  });
});

describe("the layer in the engine, with a model written here", () => {
  const model = loadModel(tinyModel("fix", { reverted: 14 }));

  it("meets an item the rules miss, with the words that carried it as exact evidence", () => {
    const sections = { situation: "The ledger database stalled at noon.", actions: "Afterwards we quietly reverted yesterday's pool settings." };
    const rules = scoreDraft(sections, { learned: false });
    expect(rules.items.fix.status).not.toBe("met");
    const score = scoreDraft(sections, { learned: model });
    expect(score.items.fix.status).toBe("met");
    expect(score.items.fix.evidence).toHaveLength(1);
    expect(score.items.fix.evidence[0]!.text).toContain("reverted");
    expect(score.items.fix.message).toBeUndefined();
    expect(score.total).toBeGreaterThan(rules.total);
    expectExactEvidence(sections, score);
  });

  // Session 34: a short line's mean word score swings on one word, so as the best sentence it showed a
  // heading or an aside as the words that earned an item. Another passing sentence of six words or more
  // is quoted instead; the status and the trainer's logit are the same.
  it("quotes a passing sentence that reads as one over a shorter line that scores as high", () => {
    const sections = { situation: "The ledger database stalled at noon.", actions: "Reverted at 3:10.\nAfterwards we quietly reverted the pool settings at 3:15 on every ledger node." };
    const score = scoreDraft(sections, { learned: model });
    expect(score.items.fix.status).toBe("met");
    const quoted = score.items.fix.evidence[0]!;
    expect(quoted.start).toBeGreaterThan(sections.actions.indexOf("Afterwards"));
    expect(quoted.text).toContain("reverted");
    expectExactEvidence(sections, score);
    // alone, the short line is still quoted: it is all there is
    const alone = { situation: sections.situation, actions: "Reverted at 3:10." };
    expect(scoreDraft(alone, { learned: model }).items.fix.evidence[0]!.text).toContain("Reverted");
    expect(learnedBest(sections, model).get("fix")).toBe(learnedBest(alone, model).get("fix"));
  });

  it("does not count a negated or hypothetical sentence", () => {
    for (const actions of ["We never reverted yesterday's pool settings.", "We would have reverted yesterday's pool settings."]) {
      const sections = { situation: "The ledger database stalled at noon.", actions };
      expect(scoreDraft(sections, { learned: model }).items.fix.status).toBe(scoreDraft(sections, { learned: false }).items.fix.status);
    }
  });

  it("stays below its threshold when the sentence is not strong enough", () => {
    const weak = loadModel(tinyModel("fix", { reverted: 14 }, -5, 100));
    const sections = { actions: "Afterwards we quietly reverted yesterday's pool settings." };
    expect(scoreDraft(sections, { learned: weak }).items.fix.status).toBe(scoreDraft(sections, { learned: false }).items.fix.status);
    // the trainer reads the best sentence whatever its logit
    expect(learnedBest(sections, weak).get("fix")).toBeGreaterThan(-5);
  });

  it("leaves the gates in charge: a keyword list stays capped with nothing met", () => {
    const post = [
      "Big milestone: four years running the message bus team!",
      "- Owned the Kafka platform on the write path for 60+ services",
      "- Set SLOs of 99.9% availability and p99 publish under 30 ms",
      "- Ran incident response for consumer lag, ISR shrink and broker crashes",
      "- Delivered idempotent producers, quotas, rack-aware placement and backpressure",
      "- Canary releases, feature flags, rolling upgrades",
      "- Reduced p99 by 64% and pages by 45%",
      "- Partnered with SRE and the data platform org",
    ].join("\n");
    const sections = { situation: post };
    const rolling = loadModel(tinyModel("fix", { rolling: 14 }));
    const rules = scoreDraft(sections, { learned: false });
    expect(rules.gate.kind).toBe("stuffed");
    // the same lines, told as one sentence of a story, would earn the item
    expect(learnedBest({ actions: "We did rolling upgrades." }, rolling).get("fix")).toBeGreaterThan(0);
    const score = scoreDraft(sections, { learned: rolling });
    expect(score.gate.kind).toBe("stuffed");
    expect(score.items.fix.status).toBe("missing");
    expect(score.total).toBe(rules.total);
  });

  it("scores follow-up drill answers the same way", () => {
    const text = "Afterwards we quietly reverted yesterday's pool settings.";
    expect(scoreFollowUp(text, ["fix"], { learned: false }).items.fix?.status).not.toBe("met");
    const drill = scoreFollowUp(text, ["fix"], { learned: model });
    expect(drill.items.fix?.status).toBe("met");
    expect(text.slice(drill.items.fix!.evidence[0]!.start, drill.items.fix!.evidence[0]!.end)).toBe(drill.items.fix!.evidence[0]!.text);
  });

  it("reads every sentence the rule met the item in for the veto, not only the three shown as evidence", () => {
    // Three early sentences meet trade-offs on "instead of" without reading like one; the fourth
    // says what was accepted. Only three sentences are shown as evidence (the first three), but the
    // veto must see the fourth: a rule firing in weaker sentences earlier cannot veto a told trade-off.
    const vetoing = loadModel(tinyModel("tradeoffs", { accepted: 14, cost: 14, approved: 14 }, -5, null, 0));
    const sections = {
      actions:
        "We kept the old client instead of the new one. We kept the old index instead of the new one. " +
        "We kept the old pool instead of the new one. We chose synchronous replication instead of async and accepted the cost of 4 ms more per write.",
    };
    const rules = scoreDraft(sections, { learned: false }).items.tradeoffs;
    expect(rules.status).toBe("met");
    expect(rules.evidence).toHaveLength(3);
    // the fourth sentence is not among them
    const told = sections.actions.indexOf("We chose");
    expect(rules.evidence.every((e) => e.start < told)).toBe(true);
    expect(scoreDraft(sections, { learned: vetoing }).items.tradeoffs.status).toBe("met");
    // without the fourth sentence, the same three are vetoed
    const three = { actions: sections.actions.slice(0, sections.actions.indexOf(" We chose synchronous")) };
    expect(scoreDraft(three, { learned: vetoing }).items.tradeoffs.status).toBe("partial");
  });

  it("vetoes a rule's met when no sentence reads like the item: partial, with the rule's words", () => {
    // The trade-off rule meets on "instead of"; a model that reads trade-offs from "accepted",
    // "cost" and "approved" and vetoes under logit 0 turns a story with no such sentence to partial.
    const vetoing = loadModel(tinyModel("tradeoffs", { accepted: 14, cost: 14, approved: 14 }, -5, null, 0));
    const told = { actions: "We chose synchronous replication instead of async and accepted the cost of 4 ms more per write." };
    const untold = { actions: "We chose the bigger bucket instead of sharding it." };
    expect(scoreDraft(told, { learned: false }).items.tradeoffs.status).toBe("met");
    expect(scoreDraft(untold, { learned: false }).items.tradeoffs.status).toBe("met");
    expect(scoreDraft(told, { learned: vetoing }).items.tradeoffs.status).toBe("met");
    const vetoed = scoreDraft(untold, { learned: vetoing });
    expect(vetoed.items.tradeoffs.status).toBe("partial");
    expect(vetoed.items.tradeoffs.evidence).toEqual(scoreDraft(untold, { learned: false }).items.tradeoffs.evidence);
    expect(vetoed.items.tradeoffs.message).toMatch(/\S/);
    expect(vetoed.total).toBeLessThan(scoreDraft(untold, { learned: false }).total);
    // it reads the sentence the rule found its words in, not the best sentence anywhere
    const withApproval = { ...untold, results: "Finance approved it on Monday." };
    expect(scoreDraft(withApproval, { learned: false }).items.tradeoffs.evidence.map((e) => e.section)).toEqual(["actions"]);
    expect(learnedBest(withApproval, vetoing).get("tradeoffs")).toBeGreaterThan(0);
    expect(scoreDraft(withApproval, { learned: vetoing }).items.tradeoffs.status).toBe("partial");
    // a threshold of null never meets an item the rules missed
    const sections = { actions: "Afterwards we quietly reverted yesterday's pool settings." };
    expect(scoreDraft(sections, { learned: loadModel(tinyModel("fix", { reverted: 14 }, -5, null, -100)) }).items.fix.status).toBe(
      scoreDraft(sections, { learned: false }).items.fix.status,
    );
  });

  it("is off when asked: the rules alone", () => {
    const sections = { actions: "Afterwards we quietly reverted yesterday's pool settings." };
    expect(scoreDraft(sections, { learned: false })).toEqual(scoreDraft(sections, { learned: loadModel({ version: 2, words: "", items: [] }) }));
  });
});

describe("the topic row, with a model written here", () => {
  // The vocabulary: "reverted" gives the fix item; for the topic, "hiring" pulls an answer off the
  // question and "replica" towards it. Every other word is unknown to this model.
  const withTopic = (threshold: number, rescue?: number): LearnedModel => {
    const item = packScores([0, 14, 0, 0]);
    const topic = packScores([0, 0, -14, 14]);
    return {
      version: 2,
      words: "filler reverted hiring replica",
      items: [{ id: "fix", threshold: 0, bias: -5, flags: FLAG_NAMES.map(() => 0), scores: item.packed, scale: item.scale }],
      topic: { bias: 0, threshold, ...(rescue === undefined ? {} : { rescue }), scores: topic.packed, scale: topic.scale },
    };
  };
  // 200 words naming four kinds of infrastructure, so the rules' own off-topic test passes it; the
  // topic row reads answers of OFFTOPIC_MIN_WORDS (150) words or more
  const story = (word: string) =>
    Array.from({ length: 10 }, (_, i) => `In week ${i + 1} the team talked about ${word} with the storage, database, queue and cache groups.`).join(" ");

  it("reads the whole answer's mean and caps the story under its threshold, with its own message", () => {
    const model = loadModel(withTopic(-0.2));
    const off = scoreDraft({ situation: story("hiring") }, { learned: model });
    expect(off.gate.kind).toBe("offtopic");
    expect(off.gate.kind === "offtopic" && off.gate.message).toContain("only in passing");
    expect(off.total).toBeLessThanOrEqual(20);
    expect(scoreDraft({ situation: story("replica") }, { learned: model }).gate.kind).toBe("ok");
    // the rules alone have no topic row: the same story passes their tests
    expect(scoreDraft({ situation: story("hiring") }, { learned: false }).gate.kind).toBe("ok");
  });

  it("over its rescue logit, keeps the rules' infra counts from calling a plainly worded answer off-topic", () => {
    // one kind of infrastructure word, 160 words: the rules' count calls it off-topic
    const plain = Array.from({ length: 16 }, (_, i) => `On day ${i + 1} the replica job we ran for the shop stopped again.`).join(" ");
    expect(scoreDraft({ situation: plain }, { learned: false }).gate.kind).toBe("offtopic");
    expect(scoreDraft({ situation: plain }, { learned: loadModel(withTopic(-0.2)) }).gate.kind).toBe("offtopic");
    expect(scoreDraft({ situation: plain }, { learned: loadModel(withTopic(-0.2, 2)) }).gate.kind).toBe("ok");
    // …and a story the row reads as off-topic stays capped whatever the rescue
    expect(scoreDraft({ situation: story("hiring") }, { learned: loadModel(withTopic(-0.2, 2)) }).gate.kind).toBe("offtopic");
  });

  it("rescues a short answer too (from 80 words), but caps none under 150 words by its threshold", () => {
    // 130 words with one kind of infrastructure word: the rules' count calls it off-topic (session 17)
    const plainShort = Array.from({ length: 10 }, (_, i) => `On day ${i + 1} the replica job we ran for the shop stopped again.`).join(" ");
    expect(scoreDraft({ situation: plainShort }, { learned: false }).gate.kind).toBe("offtopic");
    expect(scoreDraft({ situation: plainShort }, { learned: loadModel(withTopic(-0.2, 2)) }).gate.kind).toBe("ok");
    // 112 words the row reads as off-topic: a draft that short may be half written, so the rules decide
    const shortHiring = story("hiring").split(". ").slice(0, 7).join(". ");
    expect(scoreDraft({ situation: shortHiring }, { learned: loadModel(withTopic(-0.2, 2)) }).gate.kind).toBe("ok");
  });

  it("leaves short drafts and models without a topic row alone", () => {
    const model = loadModel(withTopic(-0.2));
    expect(scoreDraft({ situation: "We talked about hiring with the storage, database, queue and cache groups." }, { learned: model }).gate.kind).toBe("ok");
    const { topic: _, ...without } = withTopic(-0.2);
    expect(loadModel(without).topic).toBeNull();
    expect(scoreDraft({ situation: story("hiring") }, { learned: loadModel(without) }).gate.kind).toBe("ok");
  });
});

describe("the shipped model", () => {
  it("keeps a vague story vague: the weak demo draft earns nothing more than from the rules", () => {
    const weak = DEMO_DRAFTS[1]!;
    const rules = scoreDraft(weak, { learned: false });
    const score = scoreDraft(weak);
    for (const id of ITEM_IDS) expect([id, score.items[id].status]).toEqual([id, rules.items[id].status]);
  });

  it("keeps vague sentences of our own partial or missing", () => {
    for (const actions of MUST_STAY_VAGUE) {
      const rules = scoreDraft({ actions }, { learned: false });
      const score = scoreDraft({ actions });
      for (const id of ITEM_IDS) if (score.items[id].status === "met") expect([actions, id, rules.items[id].status]).toEqual([actions, id, "met"]);
    }
  });

  // Session 20 (docs/decisions/004): on whole answers the layer met signals too rarely (p ≥ 0.95);
  // at p ≥ 0.85 it reads a symptom told as what a graph showed, which the rules leave partial or
  // missing. Sentences of our own, each in a setting the rules place on a storage system.
  it("meets signals told as what a graph showed, at the operating point chosen on whole answers", () => {
    const situation = "I ran the object storage metadata service for our team, a sharded Postgres cluster behind the upload API.";
    for (const actions of [
      "Latency graphs for the read path looked like a staircase after each deploy.",
      "Our latency charts for the upload path climbed in steps after every release.",
      "The graph of queue backlog kept growing even though consumers were idle.",
    ]) {
      expect([actions, scoreDraft({ situation, actions }, { learned: false }).items.signals.status]).not.toEqual([actions, "met"]);
      const score = scoreDraft({ situation, actions });
      expect([actions, score.items.signals.status]).toEqual([actions, "met"]);
      expectExactEvidence({ situation, actions }, score);
    }
    // and a step of the fix is not a signal
    expect(scoreDraft({ situation, actions: "We moved the compaction job to a quieter hour and rolled it out to one zone first." }).items.signals.status).not.toBe("met");
  });

  // Session 21 (docs/decisions/004): the topic row learned word scores from real postmortems and blog
  // posts too, at a threshold that holds the authored off-topic rounds. An incident report of our own
  // in that register (a timeline, users and support, a console): the row before read it as a story
  // about something else (logit -4.7 against -2.45) and capped it; now it reads on the question. An
  // interview answer about an app crash, which names a database and a staged rollout, stays capped.
  it("reads an incident report told as a timeline as on the question, and still caps an app-crash story", () => {
    const report = {
      situation: "## What happened\nOn Thursday evening users of the app platform could not deploy anything for about two hours. The console showed every new app as pending, and support got a flood of messages.",
      actions: "## Timeline\n- 18:10 A user asks in the support channel whether deploys are broken.\n- 18:25 We check the console and the dashboard: the API server of the production environment is not answering.\n- 18:40 The team finds that the etcd members lost quorum after the node upgrade replaced two of three members at once.\n- 19:05 We restore etcd from the 17:00 snapshot on new nodes, and the API server comes back.\n- 19:30 We tell the users in the support channel that new apps deploy again.",
      results: "## What we changed\n- Node upgrades now replace one etcd member at a time.\n- An alert fires when etcd has fewer than three healthy members.\n- We test a snapshot restore every month, on a copy of the production environment.",
    };
    const score = scoreDraft(report);
    expect(score.gate.kind).toBe("ok");
    expect(score.items.incident.status).toBe("met");
    expect(score.total).toBeGreaterThan(25);
    // names the API, a Postgres database and a Redis cache in passing: the rules' infra counts let
    // it through, the row is what caps it
    const appCrash = {
      situation:
        "I was the lead developer on our mobile banking app, and a week before a marketing campaign the app started crashing on launch for some Android users. The app talks to our backend API, which reads account data from a Postgres database and a Redis cache.",
      task: "I had to find the crash and ship a fixed build before the campaign went out.",
      actions:
        "First I checked the API and the database, since a slow response at launch can crash a badly written screen, but the API latency and the error rate were flat. Then I looked at the crash reports and saw that every crash came from phones with a particular screen size. I reproduced it on an emulator, found that a layout file divided by a width that could be zero, and fixed the calculation. I paired with our QA engineer to test the new build on twenty devices, then we released it to 10% of users through a staged rollout, watching the crash dashboard for two days before going to everyone.",
      results: "The crash rate fell from 4% of launches to almost zero, and the campaign went out on time. I now add the smallest and largest screens to every UI test run.",
    };
    expect(scoreDraft(appCrash, { learned: { ...shippedModel(), topic: null } }).gate.kind).toBe("ok");
    expect(scoreDraft(appCrash).gate.kind).toBe("offtopic");
    expect(scoreDraft(appCrash).total).toBeLessThanOrEqual(20);
  });

  it("decodes once and gives the same answer every time", () => {
    expect(shippedModel()).toBe(shippedModel());
    const story = DEMO_DRAFTS[0]!;
    expect(scoreDraft(story)).toEqual(scoreDraft(story));
    expectExactEvidence(story, scoreDraft(story));
  });
});

// tokensOf reads words by hand for speed; what it reads is defined by this regex (session 24).
describe("tokensOf", () => {
  const REFERENCE = /[A-Za-z][A-Za-z0-9]*(?:['’][A-Za-z]+)?|\d+/g;
  function byRegex(text: string, start: number, end: number) {
    const out: Array<{ word: string; start: number; end: number }> = [];
    REFERENCE.lastIndex = start;
    let m: RegExpExecArray | null;
    while ((m = REFERENCE.exec(text)) !== null && m.index < end) {
      const stop = m.index + m[0].length;
      if (stop > end) break;
      const lower = m[0].toLowerCase();
      out.push({ word: lower.includes("’") ? lower.replace("’", "'") : lower, start: m.index, end: stop });
    }
    return out;
  }
  const tricky = [
    "We didn’t see it; the p99 was 2,300ms at 03:14 on node-7 (café, naïve, ŞEHİR).",
    "Don't DON'T o'clock x'' '9 9'a ab'cd'ef A1b2'C3 __init__ foo_bar 12abc abc12",
    "trailing apostrophe’ and ’leading, Émile's, ’’, ends with a letter Z",
    "",
  ];
  const fixtures = join(process.cwd(), "tests/fixtures/rubric/corpus");
  const texts = [...tricky, ...readdirSync(fixtures).filter((n) => n.endsWith(".json")).flatMap((n) => Object.values((JSON.parse(readFileSync(join(fixtures, n), "utf8")) as { sections: Record<string, string> }).sections))];

  it("finds what the regex finds, for the whole text and for windows cut anywhere", () => {
    for (const t of texts) {
      expect(tokensOf(t, 0, t.length)).toEqual(byRegex(t, 0, t.length));
      for (let s = 0; s < t.length; s += 7) {
        const e = Math.min(t.length, s + 23);
        expect(tokensOf(t, s, e), JSON.stringify(t.slice(s, e))).toEqual(byRegex(t, s, e));
      }
    }
  });
});
