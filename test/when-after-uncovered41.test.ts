/**
 * A part asking only when, with its verb but no word the knowledge reads ("언제까지 주는 거야?"),
 * after a part the knowledge does not cover: the when of that thing, not the story's date. A
 * part naming its own thing still gets its answer. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, turnsAway } = askProbe(knowledgeDir);

describe("when after a part not covered", () => {
  it("is not covered either", () => {
    turnsAway("그 돈 한 번에 다 줌? 언제까지 주는 거임?");
    turnsAway("상장 계획 있음? 언제쯤 한대?");
  });

  it("is answered when it names its own thing", () => {
    const answer = ask("그 투자금 분할로 들어옴? 발표는 언제 했음?");
    expect(answer.text).toMatch(/11월 18일/u);
  });
});
