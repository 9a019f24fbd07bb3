/**
 * A claim closing on "then", typed with no mark, is put forward to be checked ("nadella's binned
 * openai then"); "'s out then" is an ending; Scots "no the other way" sets the reverse aside;
 * "near doubled" is nearly doubled; "binned" is dropped. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { asksToConfirm } from "../src/search/confirmation.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a claim closing on 'then'", () => {
  it("asks to confirm", () => {
    expect(asksToConfirm("microsoft has dumped openai then")).toBe(true);
    expect(asksToConfirm("nvidia's put in ten billion then, fair enough")).toBe(true);
  });

  it("a request or a bare 'then' does not", () => {
    expect(asksToConfirm("and then")).toBe(false);
    expect(asksToConfirm("what did nvidia put in then")).toBe(false);
  });

  it("is answered no when the fact says it goes on", () => {
    says("microsoft's binned openai then", /^No\b.*critical partner/u);
  });

  it("'s out then is an ending", () => {
    says("amazon's out then", /^No\b.*Amazon remains/u);
  });
});

describe("Scots and British words in a claim", () => {
  it("no the other way round", () => {
    says(
      "the 30 billion is anthropic payin microsoft fur the cloud, no the other way round. that right?",
      /^Yes\b/u,
    );
  });

  it("near doubled", () => {
    says("anthropic's valuation near doubled after the deal, right?", /^Yes\b/u);
  });
});
