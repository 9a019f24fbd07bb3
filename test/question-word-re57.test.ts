/**
 * A question word with 're (knowledge/glossary.json): "where're", "what're" are read as "where
 * are", "what are", so the question asks where or what. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwaySaying, says } = askProbe(knowledgeDir);

describe("a question word with 're", () => {
  it("asks where: the article gives no place for the compute", () => {
    turnsAwaySaying("where're the datacentres gonna be then", /location/u);
  });

  it("asks what", () => {
    says("what're the claude models on foundry", /Sonnet 4\.5/u);
  });
});
