/**
 * A Korean clause of the asker's own reason opening the question ("시험 망해서 …", "졸려서 …":
 * -아서 / -어서) is chat before it, dropped when it holds no word the knowledge knows, as a clause
 * closed by -는데 is. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("the asker's reason opening a Korean question", () => {
  it("is dropped, and the question answered", () => {
    says("시험 망해서 기업가치 얼마야?", /3500억/u);
    says("졸려서 발표 언제 했어?", /11월 18일/u);
    says("야근 끝나서 엔비디아 투자 얼마였지?", /100억/u);
  });

  it("still leaves an off-topic question turned away", () => {
    turnsAway("시험 망해서 저녁 뭐 먹을까?");
  });
});
