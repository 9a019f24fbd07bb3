/**
 * Near questions that had been answered with a nearby fact: a total said after a comma ("…, all
 * told?") read as a second ask of its own; a stake asked in tenths ("몇 할"); 어데 before 다 ("어데다
 * 짓는대"). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("near questions", () => {
  it("a total after a comma qualifies the ask before it", () => {
    turnsAway("How much has Google sunk into Anthropic so far, all told?");
    says("how much are microsoft and nvidia putting in, altogether?", /\$15 billion/u);
  });

  it("a stake in tenths is a percentage the facts do not hold", () => {
    turnsAway("오픈AI 지분 마소가 몇 할 갖고 있음?");
  });

  it("어데다 is where", () => {
    turnsAway("그 1기가와트 데이터센터 어데다 세운대?");
  });
});
