/**
 * "What is the exact / actual / total amount…": an amount asked with its adjective, of a payment
 * the story gives no figure in money for, is not covered. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("an amount asked with its adjective", () => {
  it("of Microsoft's purchase from NVIDIA is not given", () => {
    turnsAwayEach([
      "what will be the final amount microsoft pays nvidia for the gear?",
      "What's the precise cost Microsoft pays NVIDIA for those systems?",
    ]);
  });

  it("of an investment is its figure", () => {
    says("what is the exact amount nvidia invests in anthropic?", /\$10 billion/u);
  });
});
