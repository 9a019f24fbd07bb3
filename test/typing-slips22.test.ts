/**
 * People typing badly: a past ㅆ typed ㅅ ("투자햇나요"), a ㅋ typed onto the ending ("뭐에욬"), the
 * chat 여 for 요, a name typed as the initials the knowledge lists for it ("ㅇㅂㄷ"), each read as
 * meant while real other words keep their spelling. Phrasings here are in no eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { restoreEndingSlips } from "../src/search/ending-slips.ts";
import { splitUnspacedHangul } from "../src/search/hangul-segment.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { normalizeText } from "../src/search/normalize.ts";
import { tokenize } from "../src/search/tokenize.ts";
import { knowledgeDir, miniKnowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("Korean endings typed in a hurry", () => {
  it("reads a past or existential ㅆ typed as ㅅ", () => {
    expect(restoreEndingSlips("발표햇어")).toBe("발표했어");
    expect(restoreEndingSlips("들엇는데")).toBe("들었는데");
    expect(restoreEndingSlips("언제엿지")).toBe("언제였지");
    expect(restoreEndingSlips("나와잇나")).toBe("나와있나");
    expect(restoreEndingSlips("받앗음")).toBe("받았음");
    expect(restoreEndingSlips("됏다")).toBe("됐다");
  });

  it("leaves words whose ㅅ is their own", () => {
    for (const text of [
      "햇살",
      "무엇을",
      "무엇",
      "빼앗은",
      "엿보다",
      "잇따라",
      "멋지다",
      "갓 나온",
      "것도",
    ]) {
      expect(restoreEndingSlips(text)).toBe(text);
    }
  });

  it("takes a ㅋ off an ending and reads the chat 여 as 요", () => {
    expect(restoreEndingSlips("뜻이 뭐에욬")).toBe("뜻이 뭐에요");
    expect(restoreEndingSlips("맞짘")).toBe("맞지");
    expect(restoreEndingSlips("했어여")).toBe("했어요");
    expect(restoreEndingSlips("부엌")).toBe("부엌");
    expect(restoreEndingSlips("누구여")).toBe("누구여");
  });
});

describe("a name typed as the initials the knowledge lists", () => {
  it("keeps the initials and their particle as one word", () => {
    const lexicon = index.lexicon;
    const tokens = splitUnspacedHangul(tokenize(normalizeText("ㅁㅅ가 얼마")), lexicon);
    expect(tokens.map((token) => token.text)).toEqual([normalizeText("ㅁㅅ가"), "얼마"]);
  });

  it("answers for the name", () => {
    const answer = ask("ㅇㅂㄷ가 앤트로픽에 투자한 금액");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/100억/);
  });

  it("drops two initials a knowledge does not list, as chat jamo", () => {
    const mini = buildKnowledgeIndex(loadKnowledge(miniKnowledgeDir));
    const tokens = splitUnspacedHangul(tokenize(normalizeText("ㅁㅅ가 얼마")), mini.lexicon);
    expect(tokens.map((token) => token.text)).toEqual(["가", "얼마"]);
  });
});
