/**
 * Who the article quotes, asked of all of them ("who does the article quote?", "글에 누구누구 말이
 * 나와?"): every speaker's fact with their words; one speaker asked for ("who is the expert
 * quoted?") stays that speaker's question. 표현함 asks what someone said. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says, turnsAway } = askProbe(knowledgeDir);

describe("who the article quotes", () => {
  it("lists every speaker, in English and Korean", () => {
    for (const question of [
      "which people does the blog post quote?",
      "기사에 누구누구 발언 나옴?",
    ]) {
      const answer = ask(question);
      expect(answer.abstained, question).toBe(false);
      expect(answer.text, question).toMatch(/Nadella|나델라/u);
      expect(answer.text, question).toMatch(/unnamed|익명/u);
      expect(answer.citations.length, question).toBeGreaterThanOrEqual(2);
    }
  });

  it("leaves one speaker's name to its own question", () => {
    turnsAway("who was the expert quoted on the money loop, what's his name?");
  });

  it("reads 표현함 as a question of what was said", () => {
    says("나델라는 앤트로픽이랑 관계를 어떻게 표현함?", /서로의 고객/u);
  });
});
