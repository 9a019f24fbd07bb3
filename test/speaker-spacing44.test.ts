/**
 * Who said the "circular investment" line, asked with the saying spaced ("말 한", "얘기 헌"),
 * with a title before the name ("NVIDIA boss", "엔비디아 회장"), and "요건" pointing at the story.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("who said the circular line", () => {
  it("reads a spaced or regional verb of saying", () => {
    says("순환 투자 얘기 헌 사람이 아모데이 맞지라?", /^아니에요.*익명/u);
    says("순환 투자라고 말 한 사람이 엔비디아 회장 맞지?", /^아니에요.*익명/u);
  });

  it("reads a title before a company's name as its boss", () => {
    says(
      "the 'circular' remark came from Anthropic's boss Dario Amodei, correct?",
      /^No\b.*unnamed/u,
    );
  });
});

describe("요건, 요거 for the story", () => {
  it("answers when it was announced", () => {
    says("요건 언제 발표된 거예요?", /11월 18일/u);
  });
});
