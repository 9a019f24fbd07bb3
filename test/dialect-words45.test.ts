/**
 * Chat and dialect words read as the plain ones: Hong Kong English chat words ("aiya",
 * "wor", "add oil"), Chungcheong "디" for "데", "따온" for quoted beside words of speech, "on the
 * level" for accurate, and "get at it" for access. "GA" asked with a when stays general
 * availability. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("chat and dialect words", () => {
  it("drops Hong Kong English chat words", () => {
    says(
      "aiya msft put how much into anthropic? boss keep asking me wor, add oil me",
      /\$5 billion/,
    );
  });

  it("keeps GA asked with a when", () => {
    turnsAway("when did Claude go GA on Bedrock?");
  });

  it("reads Chungcheong 디 as 데 and 따온 as quoted", () => {
    says("기사에 잘못된 디 있남?", /300억/);
    says("이 기사 누구 발언 따온 겨?", /나델라/);
  });

  it("reads 'on the level' as accurate and 'get at it' as access", () => {
    says("Is the article on the level with its numbers?", /\$15 billion/);
    says("where can a fella get hold of Claude these days?", /Google Cloud/);
  });
});
