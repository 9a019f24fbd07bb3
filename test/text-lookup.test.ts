import { describe, expect, it } from "vitest";
import { isKnownVerb } from "../src/search/korean-verb.ts";
import { textIncludes } from "../src/search/text-lookup.ts";

// textIncludes files a text by its pairs of characters; it must answer as includes does.
describe("textIncludes", () => {
  const text = "버스 노선이 연장되었다\n정류장은 세 곳 늘어난다 ab😀c 끝";

  it("finds every piece of the text, and nothing else", () => {
    for (let start = 0; start < text.length; start++) {
      for (let end = start; end <= text.length; end++) {
        const piece = text.slice(start, end);
        expect(textIncludes(text, piece), piece).toBe(true);
        for (const other of [`${piece}x`, `x${piece}`, `${piece}선`]) {
          expect(textIncludes(text, other), other).toBe(text.includes(other));
        }
      }
    }
    for (const absent of ["노선은", "연장됐다", " 곳곳", "😀d", "\n정류장이", "zz", "z"]) {
      expect(textIncludes(text, absent), absent).toBe(false);
    }
  });

  it("keeps the texts apart", () => {
    const other = "열차 시간표가 바뀌었다";
    expect(textIncludes(other, "시간표")).toBe(true);
    expect(textIncludes(text, "시간표")).toBe(false);
    for (let round = 0; round < 6; round++) {
      const filler = `문장 ${round}번째`;
      expect(textIncludes(filler, `${round}번`)).toBe(true);
      expect(textIncludes(text, "정류장")).toBe(true);
    }
  });

  it("serves the verb check: a form must start a word of the text", () => {
    expect(isKnownVerb("연장된다는", text)).toBe(true);
    expect(isKnownVerb("늘어나나요", text)).toBe(true);
    // 장 + 되: only inside a word of the text ("연장되었다"), never starting one.
    expect(isKnownVerb("장되나요", text)).toBe(false);
  });
});
