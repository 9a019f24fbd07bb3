/**
 * Money said to come in to a party ("앤트로픽에게 들어오는 돈", "앤트로픽으로 들어오는 거") is money that
 * party receives: the glossary's "받는 돈" steps aside there, where it would read as received from
 * that party. A glossary entry with only `unless` words is guarded by them (it had been read as
 * unguarded). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("money coming in to a party", () => {
  it("is what that party receives", () => {
    says("150억은 앤트로픽으로 들어오는 거 맞죠?", /^맞아요.*150억 달러/u);
    says("150억 달러는 앤트로픽에게 들어오는 돈이죠?", /^150억 달러는 앤트로픽으로 가는 돈이에요/u);
  });

  it("the $30B said to come in to Anthropic is still the other way", () => {
    says("300억은 앤트로픽 쪽으로 들어오는 돈이죠?", /^아니에요.*Azure/u);
  });
});
