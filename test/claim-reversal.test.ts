/**
 * "No, the money goes the other way" is said of money only: a valuation goes to no one, and
 * capacity has no payer. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);
const reversed = /other way|반대/u;

describe("money that goes the other way", () => {
  it("is said of a payment claimed backwards", () => {
    says(
      "So the 30 billion dollars goes into Anthropic's pocket, yes?",
      /^No, the money goes the other way/,
    );
    says("30B flows to anthropic right?", /^No, the money goes the other way/);
  });

  it("reads '$30B worth of' as an amount bought, not a company's worth", () => {
    says("is anthropic spending 30 billion dollars worth of money on azure?", /^Yes\b/);
    says("so anthropic picks up $30bn worth of azure capacity?", /^Yes\b/);
  });

  it("is not said of a valuation a company 'got'", () => {
    says("anthropic got a 350 billion valuation out of this, right?", /^Yes\b/);
    says("Anthropic received a valuation of $183B after the deal, correct?", /^No\b/);
    expect(ask("앤트로픽이 3500억 가치를 받은 거 맞지?").text).not.toMatch(reversed);
  });

  it("is not said of capacity: the parties of a gigawatt take part in it", () => {
    says("is NVIDIA's 1 GW hosted on Azure?", /^Yes\b/);
    says("so 1 GW of nvidia systems sits on azure, right?", /^Yes\b/);
    expect(ask("does NVIDIA's 1 GW come from Microsoft?").text).not.toMatch(reversed);
  });
});
