import { describe, expect, it } from "vitest";
import { isFunctionWord, isShouted } from "../src/search/shouting.ts";
import { evalQuestions } from "./helpers/eval-questions.ts";

/** isShouted read word by word, with no scan first: what the scan must agree with. */
function shoutedWordByWord(text: string): boolean {
  let upper = 0;
  let lower = 0;
  let functionWords = 0;
  for (const [word] of text.matchAll(/[A-Za-z]{2,}/g)) {
    if (/[a-z]/.test(word)) {
      lower++;
      continue;
    }
    upper++;
    if (isFunctionWord(word.toLowerCase())) functionWords++;
  }
  if (upper < 3) return false;
  return functionWords >= 1 ? lower * 4 <= upper : lower === 0 && upper >= 4;
}

// isShouted counts the words in capitals first, by one scan: a text with fewer than three is
// never shouted.
describe("isShouted's scan for words in capitals", () => {
  it("agrees with reading every word, on every eval question", () => {
    let shouted = 0;
    for (const question of evalQuestions()) {
      const expected = shoutedWordByWord(question);
      expect(isShouted(question), question).toBe(expected);
      if (expected) shouted++;
    }
    expect(shouted).toBeGreaterThan(3);
  });

  it("counts capitals between digits and signs as words", () => {
    for (const text of [
      "NVIDIA PUT IN 20 BILLION?? TRUE??",
      "IS MSFT2 THE BUYER",
      "did NVIDIA and MSFT both invest?",
      "GPT-5 ON AZURE OR NOT",
      "AI AI AI",
    ]) {
      expect(isShouted(text), text).toBe(shoutedWordByWord(text));
    }
  });
});
