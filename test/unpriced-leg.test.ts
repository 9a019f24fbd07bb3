/**
 * Money asked of a payment the flows give no dollar figure for (Microsoft's purchase of NVIDIA
 * systems, the 1 GW of compute): not covered, saying what is known, never a nearby figure.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask: answer } = askProbe(knowledgeDir);

describe("an amount of money asked of a payment with no figure", () => {
  it.each([
    "roughly how much is msft shelling out to nvidia for gpus",
    "How much money does Microsoft hand NVIDIA for those servers?",
    "마소가 엔비디아에 주는 하드웨어 대금은?",
    "MS가 엔비디아 시스템 구매하는 데 드는 비용",
    "ms랑 엔비 사이 하드웨어 거래 금액은 얼마야??",
    "what's the price tag on the nvidia systems microsoft buys?",
  ])("says no figure is given for Microsoft → NVIDIA: %s", (question) => {
    const said = answer(question);
    expect(said.abstained).toBe(true);
    expect(said.text).toMatch(/Microsoft → NVIDIA|마이크로소프트 → 엔비디아/);
    expect(said.text).not.toMatch(/\$15 billion|150억|\$10 billion|100억/);
  });

  it.each([
    "1GW 컴퓨팅 깔려면 돈 얼마 들어감?",
    "앤트로픽이 엔비디아 칩 사는 데 내는 금액은?",
    "how much cash is anthropic paying nvidia for the blackwell chips?",
  ])("turns away money asked of the compute, whose figure is capacity: %s", (question) => {
    const said = answer(question);
    expect(said.abstained).toBe(true);
    expect(said.text).not.toMatch(/\$30 billion|300억|\$10 billion|100억/);
  });

  it.each([
    // A sum claimed is checked as a figure: whose it is.
    ["Microsoft pays NVIDIA $5B for the hardware, correct?", /^No\b/],
    // What the money buys, not how much.
    ["What is Microsoft paying NVIDIA for, exactly?", /NVIDIA systems/],
  ])("leaves %s to its own answer", (question, said) => {
    const answered = answer(question);
    expect(answered.abstained).toBe(false);
    expect(answered.text).toMatch(said);
  });

  it("leaves whether a figure is given at all to the answer that none is", () => {
    expect(answer("is there any dollar amount for what msft pays nvidia?").text).not.toMatch(
      /give no dollar figure/,
    );
  });

  it.each([
    ["who does Microsoft pay?", /Microsoft → NVIDIA/],
    ["why does Microsoft pay NVIDIA?", /NVIDIA systems/],
    ["how much does Anthropic pay Microsoft?", /\$30 billion/],
    ["how much did NVIDIA invest?", /\$10 billion/],
    ["what does the 1 GW run on?", /NVIDIA/],
    ["앤트로픽이 애저에 내는 돈은 얼마야?", /300억/],
    ["how much did Microsoft and NVIDIA put in, combined?", /\$15 billion/],
    ["how much compute does Anthropic buy from NVIDIA?", /1 gigawatt|1 GW/],
  ])("keeps the covered answer of %s", (question, said) => {
    const answered = answer(question);
    expect(answered.abstained).toBe(false);
    expect(answered.text).toMatch(said);
  });
});
