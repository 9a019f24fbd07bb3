/**
 * When the deal is completed, asked with the completion word first ("최종 마무리는 언제 돼요?"): a schedule the story does not give, not a figure nearby. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("when the deal is completed", () => {
  it("is a schedule not given", () => {
    turnsAwaySaying("이번 딜 최종 마무리는 언제 되는 거예요?", /다루지 않아요/u);
  });

  it("leaves the announcement's date to the story", () => {
    says("발표는 언제 돼요?", /11월 18일/u);
  });
});
