/**
 * "Drop" asked with when or which day is the announcement, whatever stands between the question
 * word and the verb; with a sum or a share price it is not. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("'drop' asked with when", () => {
  it("is the announcement", () => {
    says("when did all of this actually drop?", /18 November 2025/u);
    says("so this whole partnership thing dropped which day exactly", /18 November 2025/u);
  });
  it("is not a share price falling", () => {
    turnsAway("when did the nvidia share price drop after this?");
  });
});
