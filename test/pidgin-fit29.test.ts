/**
 * Pidgin "fit" after a person is "can": "how I fit position myself to buy early?" asks for
 * advice, and is turned away as advice. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwaySaying } = askProbe(knowledgeDir);

describe("pidgin 'I fit'", () => {
  it("reads as 'I can', so advice is advice", () => {
    for (const question of [
      "Will Anthropic list soon? how we fit position ourselves to buy early?",
      "NVDA go still climb? how I fit position myself?",
    ]) {
      turnsAwaySaying(question, /investment advice/u);
    }
  });
});
