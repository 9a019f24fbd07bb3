/**
 * The asker's "I'm lost" typed beside the question with no mark ("당최 모르겠네 …", "…이해가
 * 안되네") asks to explain; "who pays whom" of one dollar figure is that figure's own payment.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("the asker lost, beside the question", () => {
  it("answers the question", () => {
    says("당최 모르겠네 순환투자라는 게 뭐임", /순환 투자/u);
    says("순환 구조가 뭔지 이해가 안되네", /순환 투자/u);
  });
});

describe("who pays whom, of one figure", () => {
  it("gives that figure's payment only", () => {
    const english = ask("that $30 billion — who's paying who?");
    expect(english.text).toMatch(/^Anthropic → Microsoft: Azure/u);
    expect(english.text).not.toMatch(/\$5 billion/u);
    const korean = ask("50억 달러는 누가 누구한테 주는 돈임?");
    expect(korean.text).toMatch(/^마이크로소프트 → 앤트로픽/u);
    expect(korean.text).not.toMatch(/300억/u);
  });
});
