/**
 * When the money goes in, asked in Korean with 넣다 or 투자하다 in the present or future ("언제
 * 넣는 거예요?", "언제 투자해요?"): the schedule the story does not give, not the sum. Phrasings
 * not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwaySaying } = askProbe(knowledgeDir);

describe("when the money goes in", () => {
  it("is a schedule not given", () => {
    turnsAwaySaying("마소는 50억을 언제 넣나요?", /일정/u);
    turnsAwaySaying("그럼 엔비디아는 언제 투자하나요?", /일정/u);
  });
});
