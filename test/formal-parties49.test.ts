/**
 * Formal English for the parties and their money: "entities" (the companies), "among" (between)
 * and "the payee" (who gets paid). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("formal words for the parties", () => {
  it("reads the flow of funds among the entities", () => {
    says("Please describe the flow of funds amongst the three entities involved.", /Anthropic/u);
  });

  it("reads the payee as who gets paid", () => {
    says("Who's the payee for the 30B?", /Microsoft/u);
  });
});
