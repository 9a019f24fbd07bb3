/**
 * A place said before a claim ("at work", "down at the Legion") ends before the party that
 * begins the claim: the party is its subject, so a figure of another is a no. Phrasings not in
 * any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a place before the claim", () => {
  it("leaves the party after it the claim's subject", () => {
    says("At the office Microsoft invests 10 billion, right?", /^No\b.*\$5 billion/u);
    says("a guy at the gym says microsoft's putting in 10 billion, that true?", /^No\b/u);
    says("My uncle at the Elks Lodge says Microsoft invests 10 billion, true?", /^No\b/u);
  });

  it("keeps a party that names the event", () => {
    says("It was announced at the Microsoft Ignite event, right?", /^Yes\b/u);
    says("they announced it at some Google event in spring, right?", /^No\b.*Ignite/u);
  });
});
