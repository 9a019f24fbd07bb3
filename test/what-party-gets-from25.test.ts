/**
 * What one party receives from a giver it names ("from Anthropic", "앤트로픽한테"): what goes
 * its way leads the answer, not the money it gives. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("what a party gets from a named giver", () => {
  it.each([
    ["what is microsoft receiving from anthropic here", /^Anthropic committed to buy \$30 billion/],
    ["ms는 앤트로픽에게 뭘 받는 거예요", /^앤트로픽은 마이크로소프트 Azure 컴퓨팅 용량을 300억/],
    ["엔비는 앤트로픽으로부터 뭐 받음?", /^앤트로픽은 엔비디아 Grace Blackwell/],
    [
      "what does nvidia get from anthropic",
      /^Anthropic contracted additional compute of up to 1 gigawatt/,
    ],
  ])("%s", (question, expected) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(expected);
  });

  it.each([
    // A deal named after "from" asks a motive; giving asked too is both ways; 얻 gains.
    "what does microsoft get from the anthropic deal?",
    "what does microsoft give anthropic and what does it get from anthropic?",
    "마소가 앤트로픽한테서 얻는 게 뭐야",
  ])("leaves %s to another reading", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.text).not.toMatch(
      /^(?:Anthropic committed to buy \$30 billion|앤트로픽은 마이크로소프트 Azure)/,
    );
  });
});
