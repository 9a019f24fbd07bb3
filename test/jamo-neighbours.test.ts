import { describe, expect, it } from "vitest";
import { withinOneEdit } from "../src/search/edit-distance.ts";
import {
  firstNeighbour,
  neighboursOfBuckets,
  neighboursOfList,
} from "../src/search/jamo-neighbours.ts";
import { toJamo } from "../src/search/korean.ts";
import { type HangulTypoTarget, jamoOf, LengthBuckets } from "../src/search/lexicon.ts";

const WORDS = [
  "카카오뱅크",
  "삼성전자",
  "하이닉스",
  "네이버웹툰",
  "쿠팡이츠",
  "현대모비스",
  "셀트리온",
  "엘지화학",
];
const targets: HangulTypoTarget[] = WORDS.map((word) => ({ word, syllables: word.length }));

/** Every sequence one edit from `jamo` (changed, dropped, added, two neighbours swapped). */
function oneEditAway(jamo: readonly number[]): number[][] {
  const found: number[][] = [];
  for (let at = 0; at <= jamo.length; at++) {
    found.push([...jamo.slice(0, at), 7, ...jamo.slice(at)]);
    if (at === jamo.length) continue;
    found.push([...jamo.slice(0, at), ...jamo.slice(at + 1)]);
    found.push([...jamo.slice(0, at), (jamo[at] as number) + 1, ...jamo.slice(at + 1)]);
    if (at + 1 < jamo.length) {
      const swapped = [...jamo];
      [swapped[at], swapped[at + 1]] = [jamo[at + 1] as number, jamo[at] as number];
      found.push(swapped);
    }
  }
  return found;
}

describe("jamo neighbours", () => {
  it("finds every target one edit from a word, as a comparison with each target does", () => {
    const neighbours = neighboursOfList(targets);
    for (const target of targets) {
      for (const jamo of oneEditAway(jamoOf(target))) {
        const bruteForce = targets.find((other) => withinOneEdit(jamo, jamoOf(other)));
        const found = firstNeighbour(neighbours, jamo, (other) =>
          withinOneEdit(jamo, jamoOf(other)),
        );
        expect(found?.word).toBe(bruteForce?.word);
        expect(found).toBeDefined();
      }
    }
  });

  it("gives the first target in the list's order when several are close", () => {
    const twins: HangulTypoTarget[] = [
      { word: "가나다라", syllables: 4 },
      { word: "가나다마", syllables: 4 },
      { word: "가나다바", syllables: 4 },
    ];
    const jamo = toJamo("가나다사");
    const accepts = (other: HangulTypoTarget) => withinOneEdit(jamo, jamoOf(other));
    expect(firstNeighbour(neighboursOfList(twins), jamo, accepts)?.word).toBe("가나다라");
    expect(firstNeighbour(neighboursOfList(twins.slice(1)), jamo, accepts)?.word).toBe("가나다마");
  });

  it("finds nothing for a word two edits or more from every target", () => {
    const neighbours = neighboursOfList(targets);
    for (const word of ["파스타소스", "고양이밥", "여행가방"]) {
      const jamo = toJamo(word);
      expect(
        firstNeighbour(neighbours, jamo, (other) => withinOneEdit(jamo, jamoOf(other))),
      ).toBeUndefined();
    }
  });
});

describe("jamo neighbours of targets filed by length", () => {
  it("tries shorter lengths first, each in the order filed, as LengthBuckets.near does", () => {
    const buckets = new LengthBuckets<HangulTypoTarget>();
    for (const word of ["도서관장", "도서관", "도서실", "도시관"]) {
      buckets.add(word.length, { word, syllables: word.length });
    }
    const neighbours = neighboursOfBuckets(buckets);
    const jamo = toJamo("도서간");
    const close = (other: HangulTypoTarget) => withinOneEdit(jamo, jamoOf(other));
    const bruteForce = buckets.near(3, 1).find(close);
    expect(firstNeighbour(neighbours, jamo, close)).toBe(bruteForce);
    expect(bruteForce?.word).toBe("도서관");
    // Lengths out of the range asked are left to the caller's test.
    expect(
      firstNeighbour(neighbours, jamo, (other, length) => length === 4 && close(other)),
    ).toBeUndefined();
  });
});
