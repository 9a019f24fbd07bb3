/**
 * "Hi, which …, and which …?": a "which" clause after nothing but a greeting opens a question
 * (a relative clause never opens a sentence), so both asks are answered, not the last alone.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("which after a greeting", () => {
  it("answers both asks", () => {
    const answer = ask(
      "Hey team, which company is still Anthropic's main cloud provider, and which specific NVIDIA systems will the extra compute run on?",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/Amazon/u);
    expect(answer.text).toMatch(/Grace Blackwell/u);
  });
});
