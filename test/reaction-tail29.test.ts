/**
 * A chat reaction in bare letters after the last ask ("…얼마야? ㅋㅋ", "ㄷㄷ", "ㅠㅠ") asks
 * nothing, and does not make the asks before it one. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { questionParts } from "../src/answer/fallback/question-parts.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { index, says } = askProbe(knowledgeDir);

describe("a reaction after the last ask", () => {
  it("leaves the asks before it apart", () => {
    const parts = questionParts(index, "엔비디아 투자액 얼마고 발표는 언제였어? ㅋㅋㅋ", false);
    expect(parts.map((part) => part.bare)).toEqual(["엔비디아 투자액 얼마", "발표는 언제였어?"]);
  });

  it("answers each ask", () => {
    says("마소 투자액 얼마고 앤트로픽 기업가치는 얼마임? ㄷㄷ", /50억.*3500억|3500억.*50억/su);
  });
});
