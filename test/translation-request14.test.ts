/**
 * A request to translate the asker's own text is another task, even when the text names one of
 * the story's companies; the article's own text, or a translation the asker mentions, is not.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { TRANSLATION_REQUEST_PATTERNS } from "../src/search/translation-request.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, turnsAway } = askProbe(knowledgeDir);
const asksTranslation = (text: string) =>
  TRANSLATION_REQUEST_PATTERNS.some((pattern) => pattern.test(text));

describe("a text of the asker's own to translate", () => {
  it("is another task", () => {
    for (const question of [
      "이 문장 번역해 줄래: NVIDIA remains our key partner going forward",
      "please translate this for me: 'Microsoft is the name to own'",
      "번역 부탁드려요 - 'cloud capex keeps climbing'",
      "could you translate 'strong buy into the print' for me",
    ]) {
      turnsAway(question);
    }
  });

  it("is not the article's text, nor a translation the asker only mentions", () => {
    expect(asksTranslation("기사 첫 문장 번역해줘")).toBe(false);
    expect(asksTranslation("translate this bit of the article: 300억 달러")).toBe(false);
    const mentioned = ask("딸이 기사를 그렇게 번역했던데 마소가 300억 낸 거 맞아?");
    expect(mentioned.abstained).toBe(false);
  });
});
