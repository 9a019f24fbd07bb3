/**
 * flat-text.ts: a question's texts are copied into one flat string before they are read (for
 * the speed of the scanners); the copy must hold exactly the same characters, whatever shape the
 * text came in (joined, sliced, one or two bytes a character, longer than one chunk), and the
 * answers must not change (the answer digest over every eval question is the full check).
 */
import { describe, expect, it } from "vitest";
import { flatText } from "../src/util/flat-text.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

/** The same characters, joined from two halves at run time and sliced out of a longer text. */
function shapesOf(text: string): string[] {
  const half = Math.floor(text.length / 2);
  const joined = `${text.slice(0, half)}${text.slice(half)}`;
  const sliced = `##${text}##`.slice(2, -2);
  return [text, joined, sliced];
}

describe("flatText", () => {
  it("copies every character, in order, whatever the text's shape", () => {
    const texts = [
      "",
      "a",
      "한",
      "ab",
      "How much did Microsoft put in?",
      "마소가 앤트로픽 주식 사준 거 맞지? 🤔☁️",
      "lone \ud800 surrogate and a pair \ud83d\ude00",
      "x".repeat(4_095),
      "가".repeat(4_096),
      `${"Claude는 어디서 쓸 수 있어? ".repeat(600)}끝`,
    ];
    for (const text of texts) {
      for (const shaped of shapesOf(text)) {
        const flat = flatText(shaped);
        expect(flat.length).toBe(text.length);
        expect(flat === text, text.slice(0, 40)).toBe(true);
      }
    }
  });
});

describe("answers of texts copied flat", () => {
  it("are the answers of the question as written, whatever its shape", () => {
    const questions = [
      "마소가 앤트로픽 주식 사준 거 맞지?",
      "Did Microsoft and NVIDIA really invest $30 billion in Anthropic?",
      "MS CEO가 오픈AI 두고 한 말이랑 앤트로픽 두고 한 말",
    ];
    for (const question of questions) {
      const [asWritten, ...others] = shapesOf(question).map((text) => ask(text));
      for (const other of others) expect(other).toEqual(asWritten);
    }
  });

  it("still reads the glossary's rewrites and the parties", () => {
    says("마소가 앤트로픽 주식 사준 거 맞지?", /^맞아요, 마이크로소프트는 앤트로픽에 최대 50억/u);
    says("엔비디아가 앤트로픽 주주가 된 거야?", /^맞아요, 엔비디아는 앤트로픽에/u);
  });
});
