/**
 * Very short chat messages (short23): a state said to go on or to have ended with its verb left
 * out ("X still Y?", confirmation.ts), a pick between two asked over a holding period
 * (stopwords.ts), "dead to" and a lone dollar sign in a phrase (glossary.json). Phrasings not in
 * any eval set.
 */
import { describe, expect, it } from "vitest";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("a state that goes on, its verb left out", () => {
  it("asks yes or no", () => {
    expect(asksToConfirm("openai still ms partner?")).toBe(true);
    expect(asksToConfirm("google no longer in?")).toBe(true);
    says("aws still anthropic's main cloud?", /^Yes/u);
  });
});

describe("a pick between two over a holding period", () => {
  it("is advice", () => {
    for (const question of ["ms or nvidia long term?", "nv or ms for the long run"]) {
      turnsAwaySaying(question, /advice/u);
    }
  });
});

describe("chat words", () => {
  it("reads 'dead to' as a partnership ended", () => {
    says("is openai dead to microsoft now?", /^No/u);
  });

  it("reads a lone dollar sign in a phrase as money", () => {
    says("does microsoft get any $ back?", /\$30 billion/u);
  });
});
