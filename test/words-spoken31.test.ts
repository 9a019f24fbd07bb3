/**
 * "X가 …에 대해 한 말 있음?": the words someone spoke are a statement asked for, as 발언 is, not a
 * claim to confirm. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("한 말: what someone said", () => {
  it("turns away the words of someone the article does not quote", () => {
    turnsAway("일론 머스크가 이번 엔비디아 투자에 대해 한 말 있어요?");
    turnsAway("팀 쿡이 이번 딜에 대해 한 말 있나?");
  });
  it("still reads 한 말로 as 'in one word'", () => {
    says("이번 거래를 한 말로 요약하면?", /마이크로소프트|앤트로픽/u);
  });
});
