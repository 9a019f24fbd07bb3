/**
 * The sides of the money asked as which is which: the investor beside the customer ("who's the
 * customer and who's the investor?") and one way round or the other between two parties ("is A
 * B's customer or B A's?"). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("the customer and the investor, asked which is which", () => {
  it.each([
    "so who's the buyer and who's the backer in this whole thing",
    "ok but who is the client n who is the investor",
    "누가 투자자고 누가 고객이야?",
    "이 거래에서 고객은 누구고 투자사는 어디예요?",
    "which one is the shareholder and which one the client",
  ])("names each payment's sides for %s", (question) => {
    says(question, /Anthropic is the buyer|앤트로픽이 구매자/u);
    says(question, /is the investor|투자자로서/u);
  });

  it("names both sides between two parties", () => {
    says("is anthropic microsoft's customer or its investor?", /Microsoft is the investor/u);
  });

  it.each([
    "Microsoft is an investor and also a vendor to Anthropic, right?",
    "Is Microsoft the investor or the supplier here?",
    "why do people call it circular when the investors are also the sellers?",
  ])("leaves a claim, one party, or the loop to their own answers for %s", (question) => {
    expect(ask(question).text).not.toMatch(/is the buyer \(the customer\)/u);
  });
});

describe("one way round or the other", () => {
  it.each([
    "ms is anthropic's client, or vice versa?",
    "앤트로픽이 마소 고객이야 아니면 마소가 앤트로픽 고객이야?",
    "is microsoft buying from anthropic or is anthropic the customer of microsoft",
  ])("says who is whose customer for %s", (question) => {
    says(question, /Anthropic is Microsoft's customer|앤트로픽은 마이크로소프트의 고객/u);
  });

  it("says which way between a buyer and its supplier", () => {
    says("엔비디아가 마소 고객이에요, 반대예요?", /마이크로소프트는 엔비디아의 고객/u);
  });
});
