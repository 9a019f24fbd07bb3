/**
 * Asks the knowledge does not cover, in words read until now as covered ones: money put into the
 * company by a party that did not invest, a share of the company itself, a business's takings,
 * Korean companies in the deal, and a commitment left unspent. Money put into the cloud seller
 * is still its compute bought. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("asks not covered in words of covered ones", () => {
  it("turns away money put in by a party that did not invest", () => {
    turnsAwayEach([
      "Has Google put any money into Anthropic as well?",
      "did amazon put cash into anthropic this time?",
    ]);
  });

  it("still reads money put into the cloud seller as compute bought", () => {
    says("Is Anthropic putting money into Microsoft?", /Azure/);
  });

  it("turns away a share of the company and its takings", () => {
    turnsAwayEach([
      "What percentage of the company does NVIDIA end up with?",
      "how big are Anthropic's takings now?",
    ]);
  });

  it("turns away Korean companies and a commitment left unspent", () => {
    turnsAwayEach([
      "한국 기업들은 이번 딜에 참여했어?",
      "If Anthropic doesn't use all of the thirty billion, what then?",
    ]);
  });
});
