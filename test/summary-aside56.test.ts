/**
 * A summary of the piece asked, then the asker's own words ("the gist of the article, on watch in
 * 10", "이 기사 요약해 주실래요? 손님 오기 전에 빨리요"): the summary answers; a second question
 * after it is still asked. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("a summary of the piece, then an aside", () => {
  it("gives the summary", () => {
    says("rundown of the article, bus leaves in five", /\$5 billion/u);
    says("이 글 간단히 정리해 주세요. 점심시간 끝나가요", /50억 달러/u);
  });

  it("still asks a question after it", () => {
    turnsAwaySaying("이 글 정리해 주세요. 구글은 얼마 넣었나요", /구글/u);
    turnsAwaySaying("the gist of the article, but did google invest too?", /Google/u);
  });
});
