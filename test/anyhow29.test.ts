/**
 * "…, anyway?", "anyhow": a filler at the end of a question says nothing of what it asks.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a filler at the end", () => {
  it("answers the question before it", () => {
    says("Where was the deal announced, anyhow?", /Ignite/u);
    says("How much did NVIDIA put in anyways?", /\$10 billion/u);
  });
});
