/**
 * How "not covered" reads when what is asked is a clause: "what happens if…" is said as asked,
 * never as a party's thing ("Anthropic's anthropic doesn't spend…"); nor "Microsoft's who signed
 * or negotiated it". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, turnsAwaySaying } = askProbe(knowledgeDir);

describe("a condition asked", () => {
  it("is said as what happens on it", () => {
    const answer = ask("what happens if nvidia never pays the full 10B?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/^The article doesn't cover what happens if nvidia never pays/u);
  });

  it("in Korean, as that case", () => {
    turnsAwaySaying(
      "엔비디아가 100억 다 못 넣으면 어떻게 돼요?",
      /^기사는 그 경우 어떻게 되는지에 대해서는 다루지 않아요/u,
    );
  });
});

describe("who negotiated", () => {
  it("reads as a thing the party's side lacks", () => {
    expect(ask("who negotiated for nvidia?").text).toMatch(/NVIDIA's negotiators and signatories/u);
  });
});
