/**
 * "in this matter", "for this matter" (knowledge/glossary.json): formal English for the deal
 * asked about, no unknown word. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("this matter", () => {
  it("is the deal asked about", () => {
    says("kindly what role does amazon play for this matter", /primary cloud provider/u);
  });

  it("leaves other matters off the story", () => {
    turnsAway("who do I call about this matter with my landlord");
  });
});
