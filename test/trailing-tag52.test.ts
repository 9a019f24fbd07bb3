/**
 * One short word the knowledge lacks, after a comma at the very end ("…, tsé", "…, lah"), is the
 * speaker's tag and not the topic: it no longer outvotes the words asked. A longer last word is
 * still a word asked. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a short tag after the last comma", () => {
  it("is no word of the topic", () => {
    says("how much did nvidia put up, tsé?", /\$10 billion/u);
    says("so who put money in, tsé", /\$5 billion/u);
  });

  it("leaves a longer last word to be read", () => {
    turnsAway("what about the weather, tomorrow?");
  });
});
