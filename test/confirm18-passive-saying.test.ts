/**
 * confirm18: a saying in the Korean passive ("…으로 Vera Rubin이 언급된 거 맞죠?", "…언급됐다는 게")
 * asks whether something was said, not whose saying it is: the name before it is what was said,
 * and another speaker's fact settles nothing. Who said it ("나델라가 … 언급한 거", "젠슨 황이 …
 * 말한 거") is still checked against the speaker. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { saysPassively } from "../src/answer/fallback/claim-speaker.ts";
import { firstSentence } from "../src/eval/evaluate.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);
const lead = (question: string) => firstSentence(ask(question).text);

describe("a saying in the passive", () => {
  it("is read as passive only with a form of 되다 after the saying", () => {
    expect(saysPassively("베라 루빈이 언급된 거 맞죠?")).toBe(true);
    expect(saysPassively("발표됐다는데")).toBe(true);
    expect(saysPassively("나델라가 언급한 거 맞죠?")).toBe(false);
    expect(saysPassively("이해가 안 되네")).toBe(false);
  });

  it("checks what was said, whoever said it", () => {
    const question = "앤트로픽이 쓰는 엔비디아 시스템으로 베라 루빈이 언급된 거 맞죠?";
    expect(lead(question)).toMatch(/^맞아요/);
    expect(lead(question)).toMatch(/Vera Rubin/);
  });

  it("leaves a claim of who said it to the speaker check", () => {
    expect(lead("나델라가 오픈AI는 여전히 중요한 파트너라고 언급한 거 맞죠?")).toMatch(/^맞아요/);
    expect(lead("젠슨 황이 오픈AI가 중요한 파트너라고 말한 거 맞죠?")).toMatch(/^아니에요/);
  });
});
