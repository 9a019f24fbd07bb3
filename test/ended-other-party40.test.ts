/**
 * A claim that a party outside the story's own ended its tie is checked against a fact about that
 * party, never answered with a fact that goes on between other parties ("is Google out of
 * Anthropic now?" is not answered with what Nadella said of OpenAI). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("an ending claimed of another party", () => {
  it("Google out: no, Claude is still on Google Cloud", () => {
    const answer = ask("is google out of anthropic now");
    expect(answer.text).toMatch(/^No\b/u);
    expect(answer.text).toMatch(/Google Cloud/u);
    expect(answer.text).not.toMatch(/OpenAI/u);
  });

  it("in Korean", () => {
    const answer = ask("구글은 이제 앤트로픽이랑 끝난 거지?");
    expect(answer.text).toMatch(/^아니/u);
    expect(answer.text).not.toMatch(/오픈AI/u);
  });

  it("the party alone", () => {
    says("is google out now", /^No\b.*Google Cloud/u);
  });

  it("a party whose own fact goes on keeps it", () => {
    says("nadella dumped openai, right?", /^No\b.*critical partner/u);
  });
});
