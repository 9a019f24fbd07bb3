/**
 * "Who X? Which executive?": which person of a kind, after a who, narrows the same question. When
 * the who is not covered, neither is the narrowing, and no executive's quote stands in for it.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("which person, after a who", () => {
  it("stays the who's question", () => {
    const answer = ask("Who signed the deal on NVIDIA's end? Which executive exactly?");
    expect(answer.abstained).toBe(true);
    expect(answer.text).toMatch(/negotiators/u);
    expect(answer.text).not.toMatch(/Nadella/u);
  });
});
