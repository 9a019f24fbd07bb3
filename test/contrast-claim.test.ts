/**
 * A confirmation that sets something aside ("X, not Y, right?", "Y 아니고 X 맞지?") claims only
 * the affirmed part: the parties and figures set aside must not steer the check. Phrasings not
 * in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { withoutContrastedPart } from "../src/answer/fallback/contrast-claim.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("the part a confirmation sets aside", () => {
  it("is dropped in English before the tag", () => {
    expect(
      withoutContrastedPart(
        "so the 30 bil is anthropic paying microsoft, not nvidia chipping in, right?",
      ),
    ).toBe("so the 30 bil is anthropic paying microsoft, right?");
    expect(
      withoutContrastedPart(
        "Anthropic pays for cloud time rather than getting handed cash, correct?",
      ),
    ).toBe("Anthropic pays for cloud time, correct?");
    expect(withoutContrastedPart("ok its not a loan but a cloud purchase, right?")).toBe(
      "ok its a cloud purchase, right?",
    );
    expect(
      withoutContrastedPart(
        "Quick sanity check - Anthropic is the buyer here; not the one being paid, yeah?",
      ),
    ).toBe("Quick sanity check - Anthropic is the buyer here, yeah?");
  });

  it("drops an analogy's rejected term after the tag", () => {
    expect(
      withoutContrastedPart(
        "the 30B is a purchase, not a stake, right? like paying a gym membership versus buying shares",
      ),
    ).toBe("the 30B is a purchase, right? like paying a gym membership");
  });

  it("is dropped in Korean back to the clause's topic", () => {
    expect(
      withoutContrastedPart("마소가 돈 대주는 게 아니고 앤트로픽이 클라우드 사는 거 맞지?"),
    ).toBe("앤트로픽이 클라우드 사는 거 맞지?");
    expect(withoutContrastedPart("그 300억은 엔비디아가 넣는 거 아니라 앤트가 내는 돈 맞죠?")).toBe(
      "그 300억은 앤트가 내는 돈 맞죠?",
    );
  });

  it("leaves negative claims, questions of why, and a noun set aside as they were", () => {
    for (const question of [
      "It isn't an investment, right?",
      "Why is it not a fixed amount?",
      "does it include not only microsoft but also nvidia?",
      "Is Microsoft investing or not?",
      "it's microsoft's money, not the other way round, right?",
      "베라 루빈이 아니라 H100 쓰는 거지?",
      "오천억이 아니고 오백억이라고 들었는데 맞나요?",
    ]) {
      expect(withoutContrastedPart(question), question).toBe(question);
    }
  });
});

describe("a confirmation that sets something aside, answered", () => {
  it("says yes when the affirmed part is right", () => {
    for (const question of [
      "Just to be sure, the $30B is Anthropic paying Microsoft for Azure, not Microsoft and Nvidia putting $30B in, right?",
      "앤트로픽한테 300억 투자한 게 아니고 앤트로픽이 Azure 300억어치 사는 거 맞지?",
    ]) {
      const answer = answerFromKnowledge(index, question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/^(?:Yes|맞아요)/u);
      expect(answer.text, question).toMatch(/30 billion|300억/u);
    }
  });
});
