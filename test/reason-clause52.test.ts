/**
 * A question asked inside a Korean reason clause ("…가 뭐길래 다들 난리야", "얼마를 넣었길래 …"):
 * the clause is asked on its own and the reaction after it dropped. Without a question word the
 * clause is a premise and not asked. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askInReasonClause } from "../src/answer/fallback/reason-clause-ask.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("a question asked inside a reason clause", () => {
  it("answers what the clause asks, whatever the reaction after it", () => {
    says("앤트로픽이란 데가 뭐 하는 회사길래 뉴스마다 도배를 하는겨", /챗GPT/u);
    says("엔비디아는 얼마를 꽂았길래 주변에서 다들 수군대냐", /100억/u);
    says("순환 투자란 게 대체 뭐길래 동네 형님들이 입에 달고 사는지", /순환/u);
  });

  it("reads the clause's ending as a plain question", () => {
    expect(askInReasonClause("마소가 얼마를 넣었길래 난리야")).toBe("마소가 얼마를 넣었어?");
    expect(askInReasonClause("그게 뭐길래요 다들 난리. 언제 발표했어?")).toBe(
      "그게 뭐야? 언제 발표했어?",
    );
    expect(askInReasonClause("마소가 투자한다길래 궁금해서 물어봐")).toBeUndefined();
    // "-기에" is as often "for doing" ("투자하기에 좋아?") as "since": left as written.
    expect(askInReasonClause("어떤 회사가 투자하기에 좋아?")).toBeUndefined();
  });

  it("still turns away what the clause asks when the story lacks it", () => {
    turnsAwaySaying("앤트로픽 주가가 얼마길래 단톡방이 시끌시끌해", /주가/u);
  });
});
