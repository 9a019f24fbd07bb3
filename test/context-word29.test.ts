/**
 * "무슨 맥락이야?": asking for the context of a topic asks for its passage; 맥락 and 문맥 are words
 * of asking, not a topic the knowledge lacks. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("the context of a topic asked", () => {
  it("quotes the topic's passage", () => {
    says("순환 투자 얘기는 기사에서 무슨 맥락이에요?", /순환/u);
    says("진입 장벽 언급된 문맥 좀 알려줘", /진입 장벽/u);
  });

  it("still turns away a context word with nothing of the story", () => {
    turnsAway("이 노래 가사 무슨 맥락임?");
  });
});
