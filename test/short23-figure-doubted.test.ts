/**
 * A figure doubted with nothing else said (short23, confirm.ts withCorrectionOfFigure): the
 * figure's own fact confirms it, and the fact check of what the piece says of that figure
 * follows. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("a figure doubted alone", () => {
  it("gets the figure's fact and the fact check of the piece's figure", () => {
    says("300억 ㄹㅇ?", /Azure[\s\S]*150억/u);
    says("$30B legit?", /Azure[\s\S]*\$15 billion/u);
  });

  it("gets no fact check when none is about that figure, nor when a party is named", () => {
    expect(ask("50억 실화?").text).not.toMatch(/도입부/u);
    expect(ask("앤트로픽이 애저에 300억 쓰는 거 실화?").text).not.toMatch(/도입부/u);
  });
});
