/**
 * "발표가 정확히 언제 나온 거여?" asks the announcement's date, with words between the announcement
 * and "언제 나온", not the article's; dialect "날짜 말여" restates the noun; "딜 언제 마무리" asks
 * when the deal closes, which the article does not cover, not how the article ends. Phrasings
 * not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("the announcement's date and the deal's closing", () => {
  it("dates the announcement", () => {
    says("그 세 회사 발표가 대체 언제 나온 겨?", /11월 18일/u);
    says("발표 날이 언제여? 날짜 말여", /11월 18일/u);
  });

  it("turns away when the deal closes", () => {
    turnsAway("이 딜 언제 마무리돼요?");
  });

  it("still quotes how the article ends", () => {
    says("기사 마무리 부분 뭐라고 해?", /여러분/u);
  });
});
