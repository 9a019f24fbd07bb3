/**
 * A light verb with a modifier and the bound noun 거 / 건 ("있을거라고", "한거", "된건가") says no
 * more than the verb alone: a stopword, not an unknown word that turns the question away. The
 * adverbial 게 right after the stem ("있게") is not one. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { isLightVerbForm } from "../src/search/korean.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a light verb with a bound noun", () => {
  it("is a light verb form", () => {
    for (const word of ["있을거라고", "있는거", "한거", "할거래", "된건가", "없는건지"]) {
      expect(isLightVerbForm(word), word).toBe(true);
    }
    expect(isLightVerbForm("있게")).toBe(false);
  });

  it("leaves the question's own words to answer it", () => {
    says("스타트업들한테 영향 있을거라고 한거 뭐야?", /진입 장벽/u);
    says("신생 기업들한테 안 좋다고 한거 어디 나와?", /진입 장벽/u);
  });
});
