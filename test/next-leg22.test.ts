/**
 * The next leg of the money: "where does the money go after A pays B?" asks where B's money goes
 * on, not the money between A and B; the loop follows when A → B is one of its steps
 * (src/answer/fallback/next-leg.ts). Phrasings here are in no eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { nextLegAsked } from "../src/answer/fallback/next-leg.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const ask = (question: string) => answerFromKnowledge(index, question);

describe("the next leg of the money", () => {
  it("reads a payment named and where its money goes next", () => {
    expect(nextLegAsked("once a has paid b, where does that cash end up?")).toBe(0);
    expect(nextLegAsked("a가 b한테 돈 보내면 그 돈은 어디로 가?")).toBe(0);
    expect(nextLegAsked("where does the money go?")).toBeUndefined();
    expect(nextLegAsked("after a pays b, when is it announced?")).toBeUndefined();
  });

  it("answers with the payee's own payments on and the loop", () => {
    const answer = ask("Once Microsoft has paid NVIDIA, where does that cash end up?");
    expect(answer.text).toMatch(/^NVIDIA → Anthropic/);
    expect(answer.text).toMatch(/circular/);
    const korean = ask("앤트로픽이 마소한테 돈 보내면 그 돈은 어디로 가?");
    expect(korean.text).toMatch(/^마이크로소프트 → 엔비디아/);
  });

  it("wraps round the loop after its last step", () => {
    const answer = ask("what happens to the money after nvidia invests in anthropic?");
    expect(answer.text).toMatch(/^Anthropic → Microsoft/);
  });
});
