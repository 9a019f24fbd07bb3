/**
 * "Does Microsoft pay NVIDIA anything here, and how much?": a yes/no question with an amount
 * asked after it, the "if so" left unsaid, is answered like "…, and if so how much?": the yes or
 * no with the payment, its figure or that none was given. Asked as an amount alone it stays "not
 * given". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { withoutIfSoAmount } from "../src/answer/fallback/part-filters.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("an amount asked after a yes/no question", () => {
  it("answers yes with the payment", () => {
    says("Is Microsoft paying NVIDIA anything at all, and how much?", /^Yes\b.*no figure/su);
    says("Does NVIDIA put money into Anthropic? dollar figure?", /^Yes\b.*\$10 billion/su);
  });

  it("reads only a yes/no head", () => {
    expect(withoutIfSoAmount("Who pays NVIDIA, and how much?")).toBeUndefined();
    turnsAway("What does Microsoft pay NVIDIA for the systems? dollar figure?");
  });
});
