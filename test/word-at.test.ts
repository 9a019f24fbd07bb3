import { describe, expect, it } from "vitest";
import { wordAt, writtenWordAt } from "../src/answer/fallback/word-at.ts";

describe("the word written at a position", () => {
  it("reads letters and digits only: a particle stays, a mark or a space ends it", () => {
    expect(wordAt("돈은 구글한테, 그다음", 3)).toBe("구글한테");
    expect(wordAt("paid to Contoso's unit", 8)).toBe("Contoso");
    expect(wordAt("model x9000 is", 6)).toBe("x9000");
  });

  it("reads everything up to the next space, marks included", () => {
    expect(writtenWordAt("돈은 구글한테, 그다음", 3)).toBe("구글한테,");
    expect(writtenWordAt("paid to Contoso's unit", 8)).toBe("Contoso's");
  });

  it("gives an empty word at the end of the text or at a space", () => {
    expect(wordAt("끝", 1)).toBe("");
    expect(writtenWordAt("끝", 1)).toBe("");
    expect(wordAt("a b", 1)).toBe("");
    expect(writtenWordAt("a b", 1)).toBe("");
  });
});
