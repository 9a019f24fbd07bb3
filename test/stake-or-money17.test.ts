/**
 * A stake or plain money, asked which: the investments, which are stakes. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("a stake or plain money", () => {
  it.each([
    "is nvidia getting equity or is it just cash?",
    "stake or straight money from msft?",
    "엔비디아는 지분을 받는 거예요, 아니면 단순히 돈만 대는 거예요?",
    "마소는 주식 받는 거야 그냥 돈 주는 거야 아니면?",
  ])("answers with the equity investment for %s", (question) => {
    says(question, /equity investment|지분 투자/u);
  });

  it("leaves a stake asked alone to its own reading", () => {
    expect(ask("how big a stake does nvidia get?").text).not.toMatch(/is the investor: for/u);
  });
});
