/**
 * Irish, Scottish and northern English chat: tags and address words that ask nothing ("Right
 * lads", "aye", "yer man", "och", "so it is"), a boss's "crowd" or "shower" as his company, money
 * thrown or bunged in with the amount asked inside, and "just the money or…" set against working
 * together. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("chat tags and address words", () => {
  it("ask nothing", () => {
    says("Och, how much did yer man Huang's outfit put into Anthropic?", /\$10 billion/u);
    says("Right lads, what's Anthropic valued at now?", /\$350 billion/u);
    says("ok lads what is Anthropic buying from Microsoft, so it is", /\$30 billion/u);
    says("yer wan at Microsoft, Nadella, what did he say about OpenAI, aye?", /critical/u);
  });
});

describe("a boss's crowd or shower", () => {
  it("is his company", () => {
    says("Jensen's shower chucked how much in?", /\$10 billion/u);
    says("did Satya's crowd throw how much into Anthropic?", /\$5 billion/u);
  });
});

describe("money bunged or thrown in, the amount asked inside", () => {
  it("asks the investment", () => {
    says("how much did nvidia bung in, aye?", /\$10 billion/u);
    says("microsoft lobbed how much into anthropic?", /\$5 billion/u);
  });
});

describe("just the money, or working together", () => {
  it("asks what else there is, not the share terms", () => {
    for (const question of [
      "is it only the money or do they work together on chips?",
      "the Huang crowd and Anthropic: just cash, or are they building things together?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).not.toMatch(/share terms/u);
    }
  });

  it("leaves cash against shares a question of terms", () => {
    expect(ask("Is Nvidia's investment all cash or shares?").text).toMatch(/share terms/u);
  });
});
