// Scores drafts off the main thread, so typing never waits for the rubric engine.
import { scoreDraft, type Sections } from "@/lib/rubric";

export type ScoreRequest = { id: number; sections: Sections; profile: string };

self.onmessage = (event: MessageEvent<ScoreRequest>) => {
  const { id, sections, profile } = event.data;
  self.postMessage({ id, score: scoreDraft(sections, { profile }) });
};
