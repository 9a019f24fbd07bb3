/**
 * "…, out of interest?", "just out of curiosity": the asker's curiosity is chat filler, not the
 * companies' interests. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwaySaying } = askProbe(knowledgeDir);

describe("out of interest", () => {
  it("is no topic of its own", () => {
    for (const question of [
      "out of interest, who is the author?",
      "Purely out of interest, what is the writer's name?",
    ]) {
      turnsAwaySaying(question, /^The article doesn't say who wrote it/u);
    }
  });
});
