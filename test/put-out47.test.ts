/**
 * Endings said with a phrasal verb around the party ("knock Google Cloud out", "squeeze Amazon
 * out") or in idiom ("knock it on the head", "axe", "scrap", "pull the plug"): a fact that says it
 * goes on answers no, and the party put out is the one it must speak of. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a party put out", () => {
  it("is answered by the fact that holds it, not one that goes on for another party", () => {
    says("Has this deal shut Google Cloud out for Claude?", /^No\b.*Google Cloud/su);
  });

  it("is answered by the party's own fact when it has one", () => {
    says("Did the Azure deal edge Amazon out at Anthropic?", /^No\b.*Amazon remains/su);
  });

  it("reads idioms of ending as a claim that something ended", () => {
    says("Did Microsoft axe Claude from Copilot?", /^No\b.*Copilot/su);
    says("Has Microsoft pulled the plug on Claude in GitHub Copilot?", /^No\b/u);
  });
});
