/**
 * A closing chat intensifier ("fr", "for real", "no cap", "on god", "deadass") after a question
 * that asks for something stresses it; it puts a claim forward only when nothing is asked.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { asksToConfirm, endsWithClaimTag } from "../src/search/confirmation.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("a closing intensifier", () => {
  it("does not make a question that asks for something a confirmation", () => {
    for (const question of [
      "how much did nvidia put in fr",
      "what is microsoft paying for real?",
      "how big is the azure commitment no cap",
      "nvda tossed how much at anthropic on god",
      "who pays who deadass",
      "when was it announced fr fr",
    ]) {
      expect(asksToConfirm(question), question).toBe(false);
      expect(endsWithClaimTag(question), question).toBe(false);
    }
  });

  it("still puts a claim forward when nothing is asked", () => {
    for (const question of [
      "msft put in 5 bil fr?",
      "nvidia gave ten billion for real?",
      "anthropic pays azure 30b no cap?",
    ]) {
      expect(asksToConfirm(question), question).toBe(true);
    }
  });

  it("answers the figure, not a yes or no", () => {
    for (const question of [
      "how much did nvidia put in fr",
      "microsoft put how much into anthropic for real",
      "nvda dropped how much on anthropic no cap",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).not.toMatch(/^(?:No|Yes)\b/u);
    }
    says("how much did nvidia put in fr", /\$10 billion/u);
    says("nvda dropped how much on anthropic no cap", /\$10 billion/u);
  });
});
