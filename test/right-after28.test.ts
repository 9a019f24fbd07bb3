/**
 * 직후 and 직전 (right after, right before) shape a question as "after" and "before" do in
 * English: they are no subject of their own; 보도치 is the figure the press reported. Phrasings
 * not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("직후 and 직전", () => {
  it("read as the time words they are", () => {
    says("발표 직후 앤트 몸값 보도치는?", /3500억/u);
  });

  it("leave what is asked to decide", () => {
    turnsAway("발표 직후 주가는?");
  });
});
