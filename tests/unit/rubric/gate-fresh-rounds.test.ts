import { join } from "node:path";

import { describe, expect, it } from "vitest";

import { scoreDraft } from "@/lib/rubric";
import { readGateAnswers } from "@/scripts/lib/gate-set";

/** Every answer of a file of the gate folder, with its kind and the engine's score. */
const round = (file: string) =>
  readGateAnswers([join(__dirname, "../../fixtures/rubric/gate", file)]).map((a) => ({ kind: a.kind, score: scoreDraft(a.sections) }));

// Gate rounds g29-g31 (tests/fixtures/rubric/gate/README.md, session 15): 60 whole answers written
// after the session's gate changes, by three writers who never saw the engine, and read once, in
// aggregate, to choose among three topic rows. The shipped row never learned from them. At the
// session's start the gate capped 22 of their 40 off-topic stories; the row before the last change
// 28, and the session-15 row (learned also from g23-g28 and the fresh whole answers) 30; the
// session-16 row (per-word corrections all but free, chosen by holding each writer's round out in
// turn) 32. None of their 20 answers on the question was capped, before or after. (A row learned
// also from them in session 18 was not kept: tests/fixtures/rubric/gate/README.md.)
// Session 21 traded three of them away: the row now also learns word scores from 98 real texts
// (postmortems and blog posts it capped as off-topic), at a threshold chosen to hold the four
// held-out authored rounds together (fresh-s15-3, -s16-2, -s17-2, -s17-3: 106 -> 105 capped of 124;
// here 32 -> 29, in the others 23 -> 24, 25 -> 26, 26 -> 26), while 90 real texts it never learned
// from rank far better (rho 0.660 -> 0.727; docs/decisions/004, session 21).
describe("the gate on a round its topic row never learned from", () => {
  const scored = round("fresh-s15-3.jsonl");

  it("caps most off-topic stories, at least as many as when it shipped", () => {
    const off = scored.filter((s) => s.kind === "offtopic");
    expect(off).toHaveLength(40);
    expect(off.filter((s) => s.score.gate.kind === "offtopic").length).toBeGreaterThanOrEqual(29);
    for (const s of off) if (s.score.gate.kind === "offtopic") expect(s.score.total).toBeLessThanOrEqual(20);
  });

  it("caps no answer on the question, as at the session's start", () => {
    const on = scored.filter((s) => s.kind === "ontopic");
    expect(on).toHaveLength(20);
    expect(on.filter((s) => s.score.gate.kind !== "ok")).toHaveLength(0);
  });
});

// Stuffing rounds st1-st15 (session 16): fifteen writers who never saw the engine each wrote 12
// answers that name the checklist's things and tell no incident, in a different layout each
// (templates with blanks, "I would…" answers, methods in the present or told to "you", résumés,
// cheat sheets, STAR headings over fragments, essays), and 8 real incidents told in the same terse
// layouts. Each step of the gate was read off some rounds answer by answer and measured on the next
// ones, read only in aggregate: st1-st3 for the first step (templates, what I would do, more verbs
// of a method), st4-st6 for the second (fragments that numbers do not save, the method told to
// "you"), st7-st9 for the third (essays in the present and the modal). Stuffed answers capped,
// session start -> each step: st1-st3 26 -> 32 -> 33 -> 34, st4-st6 17 -> 23 -> 29 -> 32, st7-st9
// 22 -> 26 -> 28 -> 30 of 36, none of their 72 real answers capped at any step. Unread, scored only
// in aggregate: st10-st12, written before the third step (21 at the session start, 27 before the
// third step, 29 after), and st13-st15, written after the last step (22 at the start, 32 shipped);
// in each, one of the 24 real answers is capped by the session-start engine and the shipped one
// alike (a test older than the session).
// Session 17, the catalog test (a fourth step): most items named only as a few words between
// commas, pipes or arrows, with few numbers. Read off st1-st9 and st16-st17 (four more writers,
// the brief asking for cheat sheets, tables, promotion packets, spoken habits): stuffed capped
// st4-st6 32 -> 35, st7-st9 30 -> 33, st16-st17 19 -> 22 of 24. Measured, in aggregate only, on
// st10-st15 and st18-st19: stuffed over 25, 15 -> 12 of 96 (capped 80 -> 83; st10-st12 29 -> 31,
// st13-st15 32 -> 32, st18-st19 19 -> 20), real answers capped 2 -> 2.
// Session 26, advice on how to answer (a thread, a forum reply, a cheat sheet: cues of the interview and
// of what to say, hardly a deed): read off every round above (all listed by then) and caught five of
// their stuffed answers (st10-st12 31 -> 32, st13-st15 32 -> 34, st18-st19 20 -> 22), no real one.
// Decided on st20-st22 (three more writers, at least half of each one's stuffed answers advice, written
// while the step was built and scored once per engine, in aggregate): stuffed capped 15 -> 21 of 36
// (over 25: 21 -> 15), real answers capped 0 -> 0 of 24.
// Session 26, habits told in the past ("what I always did when the pager went off…": five or more cues
// of what was usual, 1.5 a hundred words, and no one event): read off the rounds above, caught four
// (st1-st3 34 -> 35, st16-st17 22 -> 23, st18-st19 22 -> 24), no real one. Decided on st23-st25
// (three more writers, at least half of each one's stuffed answers habits; scored once per engine):
// stuffed capped 5 -> 8 of 36 (over 25: 31 -> 28), real answers capped 0 -> 0 of 24.
// Session 28, the same habits told with other words of what was usual ("tended to", "as a rule", "nine
// times out of ten", "very often"), and a duration or an SLO figure no longer taken for one event ("one
// week in five", "at 99.95%"): read off the rounds above (stuffed over 25: 51 -> 45 of 300), no real one.
// Decided on st26-st28 (three more writers, 12 habits told in the past and 8 real incidents each; scored
// once per engine): stuffed capped 0 -> 6 of 36, real answers capped 0 -> 0 of 24. With the underscore
// blanks of the same session, st20-st22 caps 24 (three templates) and st23-st25 13 (H's habits).
// Session 28, step H2: the "would" of habit ("we'd get the page, I'd hop on"), "the usual", "a ritual",
// "many times": read off the rounds above (over 25: 45 -> 39 of 300; st23-st25 13 -> 19, st26-st28,
// scored once before, 6 -> 12), no real one. Decided on st29-st31 (three more writers from a brief that
// names no cue phrase; scored once per engine): stuffed capped 0 -> 4 of 36, real answers 0 -> 0 of 24.
describe("the gate on answers that name the checklist and tell no story", () => {
  it.each([
    // the least each round caps with every step to session 28's H4
    ["stuffing-st1-3.jsonl", 36, 35, 24, 0],
    ["stuffing-st4-6.jsonl", 36, 35, 24, 0],
    ["stuffing-st7-9.jsonl", 36, 34, 24, 0],
    ["stuffing-st10-12.jsonl", 36, 32, 24, 1],
    ["stuffing-st13-15.jsonl", 36, 34, 24, 1],
    ["stuffing-st16-17.jsonl", 24, 23, 16, 0],
    ["stuffing-st18-19.jsonl", 24, 24, 16, 0],
    ["stuffing-st20-22.jsonl", 36, 25, 24, 0],
    ["stuffing-st23-25.jsonl", 36, 25, 24, 0],
    ["stuffing-st26-28.jsonl", 36, 14, 24, 0],
    ["stuffing-st29-31.jsonl", 36, 9, 24, 0],
    ["stuffing-st32-34.jsonl", 36, 12, 24, 0],
    ["stuffing-st35-37.jsonl", 36, 6, 24, 0],
    // session 29: a fifth brief (fluent answers that never tell one incident, in forms the writers
    // chose), scored once to decide step H5 (not shipped); what the shipped gate already caps
    ["stuffing-st38-40.jsonl", 36, 14, 24, 0],
    // and a sixth round from the same brief by three more writers, scored once to decide step H6
    ["stuffing-st41-43.jsonl", 36, 6, 24, 0],
    // and a seventh from the same brief by three more writers, scored once to decide step S (the
    // stuffing row, learned from every round before it): 6 -> 35 of 36 capped, no real answer
    ["stuffing-st44-46.jsonl", 36, 35, 24, 0],
  ])("%s: of its %i stuffed answers caps at least %i; of its %i real ones at most %i", (file, stuffedCount, least, realCount, realCapped) => {
    const scored = round(file);
    const stuffed = scored.filter((s) => s.kind === "stuffed");
    expect(stuffed).toHaveLength(stuffedCount);
    expect(stuffed.filter((s) => s.score.gate.kind !== "ok").length).toBeGreaterThanOrEqual(least);
    for (const s of stuffed) if (s.score.gate.kind !== "ok") expect(s.score.total).toBeLessThanOrEqual(25);
    const real = scored.filter((s) => s.kind === "ontopic");
    expect(real).toHaveLength(realCount);
    expect(real.filter((s) => s.score.gate.kind !== "ok").length).toBeLessThanOrEqual(realCapped);
  });
});

// Session 28, step H3: the routine named as such ("my approach to hard problems was…", "I followed a
// disciplined approach") with no one event is a habit. The polished answers of the read rounds that
// say so, the highest of them at 97, are capped. Decided on st32-st34 (three more writers from a third
// brief, "a general account instead of one incident", naming no phrase; scored once per engine): stuffed
// capped 2 -> 6 of 36, real answers 0 -> 0 of 24.
describe("an approach told instead of an incident", () => {
  it.each([
    ["stuffing-st23-25.jsonl", "st23-13"],
    ["stuffing-st23-25.jsonl", "st24-15"],
    ["stuffing-st7-9.jsonl", "st8-19"],
    // step H4: the span told as a whole ("key achievements", a self-review of a year, "over that year"),
    // decided on st35-st37 (a fourth brief, "a span of work told as a whole"; scored once per engine):
    // stuffed capped 1 -> 6 of 36, real answers 0 -> 0 of 24
    ["stuffing-st23-25.jsonl", "st24-19"],
    ["stuffing-st23-25.jsonl", "st23-03"],
    ["stuffing-st20-22.jsonl", "st20-18"],
  ])("%s: %s is capped as stuffing", (file, id) => {
    const answer = readGateAnswers([join(__dirname, "../../fixtures/rubric/gate", file)]).find((a) => a.id === id)!;
    expect(answer.kind).toBe("stuffed");
    expect(scoreDraft(answer.sections).gate.kind).toBe("stuffed");
  });
});

// Session 35, step V: real stories the habit and advice tests read as stuffing (3 of 1,238 real texts, all
// graded 3 by readers, scored 0). Written for this test in the shape of those texts; each was capped before
// the step.
describe("a story the habit and advice tests used to misread", () => {
  it.each([
    [
      "a year of something named as when it happened (\"during the year of the proxy going into production\")",
      {
        situation: "This is the story of a memory leak in a small Python proxy I wrote in front of our Redis cluster. The proxy takes requests from about forty thousand clients and turns them into cache reads and writes, and I was its only owner.",
        task: "",
        actions: "During the year of the proxy going into production, the pager started firing for memory on one instance after another. The resident size climbed slowly over several days until the kernel killed the process. I suspected the client library first, so I pinned an older version, and the growth carried on. Next I took two heap dumps a day apart and compared them: the second heap grew in step with the resident memory, and it was full of response buffers that were never released. The root cause was a connection pool that kept a buffer for every timed-out request. I changed the pool to drop the buffer when a request times out and added a regression test that times out ten thousand requests and checks the heap.",
        results: "Memory has stayed flat since the fix went out, and we added an alert on resident memory growth per hour so a slow leak pages us before the kernel steps in. In hindsight I would have taken the heap dumps on the first day instead of guessing at the library.",
      },
    ],
    [
      "a post's plan named as \"our approach to production deployment\"",
      {
        situation: "In this post I will explain our approach to production deployment for the legacy billing API, and what broke when we moved it onto containers. The API sits in front of a PostgreSQL database that holds every invoice.",
        task: "",
        actions: "After the move the error rate on invoice writes rose to a few percent and the connection count on the database hit its limit. The logs showed each container opening its own pool of fifty connections, so twelve containers asked for six hundred against a limit of four hundred. We suspected the health checks too, since they opened a fresh connection each time, but turning them off changed nothing. We put PgBouncer between the containers and the database in transaction mode and cut each pool to ten connections, and we shipped the change to one container first before the rest.",
        results: "Write errors fell back to zero and the database now sees about a hundred and twenty connections at peak. We added an alert on connection count at eighty percent of the limit, and a check in the deploy pipeline that sums the pool sizes of all containers against the database's limit.",
      },
    ],
    [
      "one word of interview talk said again and again in its own sense (a search index's \"keywords\")",
      {
        situation: "The search index behind the site is a set of files on one disk: for every word it keeps the list of documents that contain it.",
        task: "",
        actions: "The index stores keywords in one file and the documents for each keyword in another. When the crawler had fetched about two million pages, building the index started to take most of a day and the disk filled. Each build wrote a temporary copy of the keywords file, sorted it, and wrote the sorted copy next to it, so three copies existed at once. The fix was to sort the keywords in chunks that fit in memory and merge the chunks while writing, which needs one copy on disk. A test builds an index from a fixed set of pages and compares it with a stored one, byte for byte.",
        results: "A build now takes about forty minutes and uses a third of the disk it needed. The keyword file is checked against its document file after every build, and a mismatch stops the new index from going live.",
      },
    ],
  ])("%s: not capped", (_name, sections) => {
    const score = scoreDraft(sections);
    expect(score.gate.kind).toBe("ok");
    expect(score.total).toBeGreaterThan(20);
  });
});

// Off-topic rounds of sessions 16 and 17, most of them technical incidents outside infrastructure
// told in incident words (tests/fixtures/rubric/gate/README.md):
// - g32-g33 (session 16), read once in aggregate to choose the session-16 row (20 of 28 capped),
//   then listed; the session-17 row learned from them (27).
// - g34-g35 (session 16), never read answer by answer: session-16 start 21, session-16 row 22,
//   session-17 row 23 of 28.
// - g36-g39, g42, g43 (session 17): six writers, learned from by the session-17 row (the row
//   before it capped 81 of their 84 off-topic stories, with the rules' counts).
// - g40-g41 (session 17), never read answer by answer: the session-16 row 23, the session-17 row
//   25 of 28.
// - g44-g45 (session 17, first scored in session 18, in aggregate): the session-17 row caps 26 of
//   their 28 off-topic stories.
// - g46-g47 (session 18, first scored in session 21, in aggregate, to confirm that session's row):
//   27 of 28 off-topic stories capped, by the session-20 row and the session-21 row alike.
// The session-21 row: g34-g35 23 -> 24, g40-g41 25 -> 26, g44-g45 26 -> 26.
// None of the answers on the question in any of them is capped, before or after.
describe("the gate on the off-topic rounds of sessions 16 to 18", () => {
  it.each([
    ["fresh-s16.jsonl", 28, 27, 12],
    ["fresh-s16-2.jsonl", 28, 24, 12],
    ["fresh-s17.jsonl", 84, 84, 36],
    ["fresh-s17-2.jsonl", 28, 26, 12],
    ["fresh-s17-3.jsonl", 28, 26, 12],
    ["fresh-s18.jsonl", 28, 27, 12],
  ])("%s: of its %i off-topic stories caps at least %i, and none of its %i answers on the question", (file, offCount, least, onCount) => {
    const scored = round(file);
    const off = scored.filter((s) => s.kind === "offtopic");
    expect(off).toHaveLength(offCount);
    // capped as off-topic, or as stuffing (a story about something else told as a list of terms)
    const capped = off.filter((s) => s.score.gate.kind !== "ok");
    expect(capped.length).toBeGreaterThanOrEqual(least);
    for (const s of capped) expect(s.score.total).toBeLessThanOrEqual(20);
    const on = scored.filter((s) => s.kind === "ontopic");
    expect(on).toHaveLength(onCount);
    expect(on.filter((s) => s.score.gate.kind !== "ok")).toHaveLength(0);
  });
});
