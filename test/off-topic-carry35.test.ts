/**
 * A part before that asks about something else in its own words ("수능 국어 비문학 문제 풀이 팁
 * 있음?") lends none of them to the part after ("ㄹㅇ 답없음"): the sigh after it is not a
 * question about the story's "문제". Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAway } = askProbe(knowledgeDir);

describe("an off-topic part before", () => {
  it("lends no words to the part after", () => {
    turnsAway("수능 국어 비문학 문제 풀이 팁 있음? ㄹㅇ 답없음");
  });
});
