/**
 * "anthropic's valuation after microsoft invested", "마소 투자 이후 앤트로픽 기업가치": a clause
 * naming who invested dates the ask by the deal; it does not make the ask that party's
 * investment. A party that received ("투자 받은 뒤") stays the subject. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a clause dating the ask by who invested", () => {
  it("asks after the deal", () => {
    says(
      "what is anthropic's valuation after microsoft invested?",
      /^The press[^\n]*\$350 billion/u,
    );
    says("what's anthropic worth after microsoft's investment?", /^The press[^\n]*\$350 billion/u);
    says("마소 투자 이후 앤트로픽 기업가치 얼마?", /^언론 보도[^\n]*3500억/u);
    says("마소랑 엔비가 투자하고 나서 앤트로픽 몸값 얼마됨?", /^언론 보도[^\n]*3500억/u);
  });
  it("keeps a party that received", () => {
    says("앤트로픽이 투자 받은 뒤 기업가치는 얼마야?", /3500억/u);
  });
});

describe("a clause naming a payment, where the money goes next is asked", () => {
  it("stays the payment whose next leg is asked", () => {
    says("where does the money go after nvidia invests in anthropic?", /^Anthropic → Microsoft/u);
  });
});
