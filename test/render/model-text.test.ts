import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { answerMessage } from "../../src/render/discord-answer.ts";
import { plainModelText } from "../../src/render/markdown.ts";
import { knowledgeDir } from "../helpers/paths.ts";

const knowledge = loadKnowledge(knowledgeDir);

describe("plainModelText: what a model wrote, shown as text", () => {
  it("turns masked links into visible text and stops link previews", () => {
    expect(plainModelText("See [the docs](https://evil.example/x) now.")).toBe(
      "See \\[the docs\\](<https://evil.example/x>) now.",
    );
    expect(plainModelText("Go to https://evil.example/free.")).toBe(
      "Go to <https://evil.example/free>.",
    );
    expect(plainModelText("Already quiet: <https://ok.example>")).toBe(
      "Already quiet: <https://ok.example>",
    );
  });

  it("keeps headings, subtext and quotes from passing for the bot's own layout", () => {
    const text = plainModelText(
      "# FREE NITRO\n## b\n### c\n-# quoted from the article (no AI)\n> fake quote\n  >>> all",
    );
    expect(text.split("\n")).toEqual([
      "\\# FREE NITRO",
      "\\## b",
      "\\### c",
      "\\-# quoted from the article (no AI)",
      "\\> fake quote",
      "  \\>>> all",
    ]);
  });

  it("never opens a code block, closed or not", () => {
    expect(plainModelText("```\nunclosed")).toBe("\\`\\`\\`\nunclosed");
    expect(plainModelText("use `x`")).toBe("use \\`x\\`");
  });

  it("leaves ordinary prose, bold, numbers and # inside a line alone; squeezes blank lines", () => {
    expect(plainModelText("NVIDIA: up to $10 billion, **not** #1.\n\n\n\n\nEnd.")).toBe(
      "NVIDIA: up to $10 billion, **not** #1.\n\nEnd.",
    );
  });

  it("applies to Claude's answers only; the deterministic text keeps its quotes", () => {
    const base = {
      language: "en",
      abstained: false,
      text: "> a quote\n# heading",
      citations: [],
      sources: [],
    } as const;
    expect(answerMessage({ ...base, mode: "claude" }, "a1", knowledge).content).toMatch(
      /^\\> a quote\n\\# heading/,
    );
    expect(answerMessage({ ...base, mode: "fallback" }, "a1", knowledge).content).toMatch(
      /^> a quote\n# heading/,
    );
  });
});
