/**
 * A Korean word whose last syllable looks like an ending ("주요", "추가") is a word of the
 * knowledge whole, so a run without spaces splits at it ("주요클라우드" is 주요 + 클라우드).
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a word whose stem alone would be one syllable", () => {
  it("splits a run without spaces", () => {
    says("클로드 들어간 주요클라우드 어디어디임", /AWS[^\n]*Google Cloud[^\n]*Azure/u);
  });
});
