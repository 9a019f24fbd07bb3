/**
 * claims16: a statement closed by where it was heard ("…, I read") is a claim to check, and a
 * Korean topic said to be an outside maker's chip ("컴퓨팅은 AMD 칩 기준") is the copula of "the
 * hardware is AMD". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const lead = (question: string) => firstSentence(answerFromKnowledge(index, question).text);

describe("a statement closed by where it was heard", () => {
  it("asks to confirm it, with no question mark", () => {
    for (const question of [
      "microsoft is putting in five billion, i read",
      "nvidia's in for ten billion, apparently",
      "claude was dropped from copilot studio, or so i heard",
      "amazon stopped being the main cloud - someone told me",
      "the deal closed in november, from what i hear",
      "anthropic is worth 350 billion now, reportedly.",
    ]) {
      expect(asksToConfirm(question), question).toBe(true);
    }
  });

  it("is checked like a tagged claim, yes or no", () => {
    expect(lead("Claude got removed from Microsoft 365 Copilot, I heard")).toMatch(/^No/);
    expect(lead("Amazon is out as Anthropic's main cloud provider, apparently")).toMatch(/^No/);
    expect(lead("Microsoft invests up to $5 billion, I read somewhere")).toMatch(/^Yes/);
  });

  it("leaves a phrase or a question alone", () => {
    expect(asksToConfirm("summarise what i read")).toBe(false);
    expect(asksToConfirm("how much did nvidia invest, i read different numbers")).toBe(false);
  });
});

describe("a Korean topic said to be an outside maker's chip", () => {
  it("is a no with the systems the fact names", () => {
    expect(lead("추가 컴퓨팅 용량은 인텔 가우디 기준이라던데 맞나?")).toMatch(/^아니에요/);
    expect(lead("1기가와트 하드웨어는 AMD 인스팅트 기반이래")).toMatch(/^아니에요/);
    expect(lead("컴퓨팅 파워가 구글 TPU 기준인 거 맞아요?")).toMatch(/^아니에요/);
  });

  it("leaves the fact's own systems a yes", () => {
    expect(lead("1기가와트 컴퓨팅은 엔비디아 그레이스 블랙웰 기반 맞지?")).toMatch(/^맞아요/);
  });
});
