/**
 * A claim that puts a covered figure on a party no fact of it names ("Amazon put $10B into
 * Anthropic?": NVIDIA's), and a claim compared with an outside party ("…, same as with OpenAI?"):
 * a no with the right party or figure. What the knowledge cannot correct stays not covered.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { withoutComparedParty } from "../src/answer/fallback/claim-wrong-party.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("a covered figure on the wrong party", () => {
  it("is a no that names the party whose figure it is", () => {
    for (const [question, right] of [
      ["Amazon invested 10 billion in Anthropic in this deal, right?", /NVIDIA/u],
      ["아마존이 앤트로픽에 50억 달러 투자했다던데 맞아?", /마이크로소프트/u],
      ["NVIDIA put ten billion dollars into OpenAI as part of this, correct?", /Anthropic/u],
      ["엔비디아가 오픈AI에 백억 불 넣은 거 맞음?", /앤트로픽/u],
      // A party the story names needs no party of the fact beside it.
      ["Amazon's the one investing the $5B, yeah?", /Microsoft/u],
      ["아마존 오십억 투자 진짜야?", /마이크로소프트/u],
    ] as const) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/^(?:No|아니)/u);
      expect(got.text, question).toMatch(right);
    }
  });

  it("leaves what it cannot correct not covered", () => {
    for (const question of [
      // A party added, not put in another's place.
      "구글도 앤트로픽에 100억 넣었지?",
      "Did Amazon also put $10B into Anthropic?",
      // An unknown name, or a figure beside an outside name and no party of the fact.
      "Did Quuxcorp get 5 billion from Microsoft?",
      "삼성전자 오십억 투자 진짜야?",
      // A capacity shared by whoever builds it.
      "is Oracle part of the 1 GW build, right?",
    ]) {
      expect(answer(question).abstained, question).toBe(true);
    }
  });
});

describe("a claim compared with an outside party", () => {
  it("is checked without the comparison, and a wrong figure is a no", () => {
    for (const [question, right] of [
      ["NVIDIA put $20B into Anthropic, just like it did with OpenAI, right?", /\$10 billion/u],
      ["Anthropic's worth $600B now, similar to OpenAI, correct?", /\$350 billion/u],
      ["오픈AI처럼 앤트로픽 몸값도 5000억 달러 된 거 맞지?", /3500억/u],
      ["마소가 오픈AI한테 했던 것처럼 앤트로픽에 100억 넣은 거지?", /50억/u],
    ] as const) {
      const got = answer(question);
      expect(got.abstained, question).toBe(false);
      expect(got.text, question).toMatch(/^(?:No|아니)/u);
      expect(got.text, question).toMatch(right);
    }
  });

  it("says no yes when the story's part holds: the comparison is still not covered", () => {
    expect(
      answer("NVIDIA invested $10B in Anthropic, same as it did with OpenAI, right?").text,
    ).not.toMatch(/^Yes/u);
  });

  it("takes out only the comparison", () => {
    const openai = { id: "openai", name: { en: "OpenAI", ko: "오픈AI" }, outside: false };
    const uncovered = [{ ...openai, position: 0 }];
    const english = "microsoft put $13b into anthropic, same as it did with openai, right?";
    expect(
      withoutComparedParty(english, [{ ...openai, position: english.indexOf("openai") }]),
    ).toBe("microsoft put $13b into anthropic, right?");
    expect(withoutComparedParty("오픈ai랑 똑같이 마소가 앤트로픽에 130억 넣었지?", uncovered)).toBe(
      "마소가 앤트로픽에 130억 넣었지?",
    );
    expect(withoutComparedParty("did openai get $10b from nvidia?", uncovered)).toBeUndefined();
  });
});
