/**
 * A customer's or a supplier's role claimed of two parties ("X is Y's customer?", "X가 Y 고객이라고
 * 볼 수 있어?") is checked against the sales, yes or no first; "who's whose customer" with no party
 * named gives every sale; two parties asked as supplier and customer where no payment between them
 * buys anything get the sale, not the stake. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const answer = (question: string) => answerFromKnowledge(index, question);

describe("a customer's role claimed", () => {
  it.each([
    "Is Anthropic a customer of Microsoft?",
    "so anthropic is nvidia's client, correct?",
    "엔비디아가 앤트로픽 공급업체인 거 맞지?",
  ])("says yes to a sale the knowledge holds: %s", (question) => {
    expect(answer(question).text).toMatch(/^(?:Yes|맞아요)/);
  });

  it.each(["Microsoft is NVIDIA's supplier, right?", "엔비디아가 마소 고객인 거 맞지?"])(
    "says the other way round to a sale claimed backwards: %s",
    (question) => {
      expect(answer(question).text).toMatch(/^(?:No, the other way round|아니에요, 반대예요)/);
    },
  );

  it("reads a sale claimed both ways as each other's customers", () => {
    const said = answer(
      "anthropic is microsoft's customer and microsoft is anthropic's customer too?",
    );
    expect(said.text).toMatch(/^Yes/);
    expect(said.text).toMatch(/each other's customers/);
  });

  it("leaves a role of another kind to its own facts", () => {
    expect(answer("microsoft is now anthropic's primary cloud provider, right?").text).toMatch(
      /Amazon/,
    );
  });
});

describe("who is whose customer, no party named", () => {
  it("gives every sale, each other's customers first", () => {
    const said = answer("so who is whose customer in all of this?");
    expect(said.text).toMatch(/^Anthropic and Microsoft are each other's customers/);
    expect(said.text).toMatch(/Microsoft is NVIDIA's customer/);
  });
});

describe("supplier and customer asked of two parties with no purchase payment between them", () => {
  it("gives the sale between them, not only the stake", () => {
    const said = answer("between nvidia and anthropic, who is the seller and who is the buyer?");
    expect(said.text).toMatch(/Anthropic is NVIDIA's customer/);
  });
});
