/**
 * Two yes/no readings: a name said to be another's new or former one ("Is Microsoft Foundry the
 * new name of Azure AI Foundry?", "Azure AI Foundry is the old name for Microsoft Foundry?"), and
 * a claim asked after "clarify whether", "let me know if", "could you tell me whether". Phrasings
 * not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("names and whether", () => {
  it("judges a name said to be the other's new or former one", () => {
    says("So is Microsoft Foundry the current name for Azure AI Foundry?", /^Yes/u);
    says("Would Azure AI Foundry be the previous name of Microsoft Foundry?", /^Yes/u);
    says("Is Azure AI Foundry the new name for Microsoft Foundry?", /^No/u);
    says("Is GitHub Copilot the new name of Azure AI Foundry?", /^No/u);
  });

  it("reads a claim after 'clarify whether' or 'let me know whether'", () => {
    says("Kindly clarify whether Nvidia committed ten billion dollars.", /^Yes/u);
    says("Could you let me know whether Amazon stays the main training partner?", /^Yes/u);
  });
});
