/**
 * Korean typed with a space after nearly every syllable is read as unspaced Korean, which the
 * segmenter splits against the lexicon. A sentence of real one-syllable words, or digits said
 * one by one, is spaced as written. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { joinSpacedSyllables } from "../src/search/spaced-syllables.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("syllables typed apart", () => {
  it("joins a run of lone syllables", () => {
    expect(joinSpacedSyllables("마 이 크 로 소 프 트 투 자 액 얼 마?")).toBe(
      "마이크로소프트투자액얼마?",
    );
  });

  it("keeps words that stand on their own, and spoken digits", () => {
    expect(joinSpacedSyllables("그 돈 다 어디 가?")).toBe("그 돈 다 어디 가?");
    expect(joinSpacedSyllables("오퍼스 사 점 오 도 들어가?")).toBe("오퍼스 사 점 오 도 들어가?");
  });

  it("answers the question typed apart", () => {
    // Read as spaced, "얼 마 죠" took its 죠 for a tag asking to confirm: "맞아요, …".
    says("앤 트로픽 기업 가치 가 얼 마 죠", /^언론 보도.*3500억/su);
  });
});
