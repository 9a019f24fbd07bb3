/**
 * "기사에 엔비디아 전략은 뭐라고 써있어요?": 뭐라고 before a verb of writing asks what the piece
 * writes of the topic, not what the party said (which no fact of NVIDIA's covers). Phrasings
 * not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("what the piece writes of a party's topic", () => {
  it("quotes the passage", () => {
    says("엔비디아 생태계 전략은 기사에 뭐라고 쓰여 있어요?", /엔비디아/u);
    says("엔비디아 쪽 얘기는 기사에 뭐라고 나와?", /엔비디아/u);
  });

  it("still says a party's own statement is not covered", () => {
    turnsAway("엔비디아 CEO는 이번 딜에 대해 뭐라고 했어?");
  });
});
