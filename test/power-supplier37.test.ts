/**
 * Who supplies the electricity for the compute is its power source, which the knowledge does not
 * give; how much power Anthropic gets is still the gigawatt. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("who supplies the power", () => {
  it("is not covered", () => {
    turnsAway("who supplies the power for the 1 GW?");
    turnsAway("Which utility company is supplying the electricity for Anthropic's compute?");
  });

  it("how much power is still the gigawatt", () => {
    says("how much power does Anthropic get?", /1 gigawatt/u);
  });
});
