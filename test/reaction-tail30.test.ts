/**
 * A reaction after the question ("…, sounds like a scam", "… — smells like a pump") says how the
 * story strikes the asker and asks nothing. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a reaction after the question", () => {
  it("is read past", () => {
    says("how much did msft put in, sounds like a scam", /\$5 billion/u);
    says("WHAT DOES ANTHROPIC BUY FROM NVIDIA — SMELLS LIKE A PUMP", /Grace Blackwell/u);
  });
});
