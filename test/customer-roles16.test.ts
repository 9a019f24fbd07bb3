/**
 * Who is whose customer: each purchase flow makes its payer the customer of the one paid, and
 * flows.json's supplies say what one party sells another where no money flow is given. Phrasings
 * not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("who is whose customer", () => {
  it.each([
    "between msft and anthropic who is the client of whom?",
    "MS랑 앤트로픽은 누가 누구의 고객인 거야?",
    "anthropic and microsoft, whose customer is which",
  ])("says two parties buy from each other for %s", (question) => {
    const said = answer(question);
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(/each other's customers|서로의 고객/);
    expect(said.text).toMatch(/Azure/);
    expect(said.text).toMatch(/Claude|클로드/);
  });

  it.each([
    "who are anthropic's vendors here",
    "앤트로픽 공급사가 어디 어디예요?",
    "who're the sellers anthropic buys from",
  ])("names a party's suppliers for %s", (question) => {
    const said = answer(question);
    expect(said.text).toMatch(/Anthropic is Microsoft's customer|앤트로픽은 마이크로소프트의 고객/);
    expect(said.text).toMatch(/Anthropic is NVIDIA's customer|앤트로픽은 엔비디아의 고객/);
  });

  it("names who buys from a party", () => {
    const said = answer("who are nvda's clients in all this?");
    expect(said.text).toMatch(/Microsoft is NVIDIA's customer/);
  });

  it("answers yes to each other's customers, with whose words those are", () => {
    const said = answer("so microsoft and anthropic are customers of one another, right?");
    expect(said.text).toMatch(/^Yes: Satya Nadella/);
  });

  it.each([
    "Who is Anthropic's main cloud provider?",
    "Who are Foundry's customers?",
    "who's the investor and who's the customer between nvidia and anthropic?",
  ])("leaves %s to its own facts", (question) => {
    expect(answer(question).text).not.toMatch(/is \w+'s customer:/);
  });
});
