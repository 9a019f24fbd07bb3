/**
 * "the amount of additional compute", "the amount of equity investment": a sum asked, never a
 * count of the word after "of" (they had read as counts of "additional" and "equity", not
 * covered); legal English "quantum of" is "amount of". Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("amount of", () => {
  it("skips the adjective before the thing", () => {
    says(
      "what's the total amount of extra compute anthropic signed up for on nvidia kit?",
      /1 gigawatt/u,
    );
    says("What is the amount of equity investment NVIDIA committed?", /\$10 billion/u);
  });

  it("still turns away a count the facts lack", () => {
    turnsAway("what is the number of new staff anthropic will hire?");
  });

  it("quantum of is amount of", () => {
    says("Please state the quantum of equity investment committed by NVIDIA.", /\$10 billion/u);
  });
});
