/**
 * A claim with a vague tail ("…co-design or whatever, right?", "…ten bil or something - true?"):
 * the tail offers no alternative, so the claim is still checked, yes or no. "A or B?" still asks
 * which. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { asksWhich } from "../src/search/confirmation.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a vague 'or …' tail", () => {
  it("leaves the claim to be checked", () => {
    says("microsoft chipped in five bil or whatever, right?", /^Yes/u);
    says("anthropic's buying thirty bil of azure or summat - true?", /^Yes/u);
    says("nvidia put in twenty bil or something, correct?", /^No/u);
  });

  it("is no alternative, where 'A or B' is", () => {
    expect(asksWhich("nvidia put in ten bil or whatever, right?")).toBe(false);
    expect(asksWhich("did nvidia put in ten bil or five?")).toBe(true);
  });
});
