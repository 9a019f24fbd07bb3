/**
 * Two claims offered as a choice ("A 아니면 B?", "is A, or is B?"): each is checked, and both
 * holding are said to; the claims' statements are joined without a doubled stop. Money's way
 * between two parties keeps its both-ways answer. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("two claims offered as a choice", () => {
  it("says both hold, each with its figure", () => {
    const korean = ask(
      "엔비디아가 앤트로픽 지분을 사는 건가요, 아니면 앤트로픽이 애저를 사는 건가요?",
    );
    expect(korean.text).toMatch(/^맞아요, 모두 맞아요/u);
    expect(korean.text).toMatch(/100억[\s\S]*300억/u);
    expect(korean.text).not.toMatch(/\.;/u);
    const english = ask(
      "Is NVIDIA taking a stake in Anthropic, or is Anthropic buying Azure capacity?",
    );
    expect(english.text).toMatch(/^Yes, both are right/u);
  });

  it("keeps both ways for money between two parties", () => {
    says("Does NVIDIA pay Anthropic or does Anthropic pay NVIDIA?", /^Both ways/u);
  });
});
