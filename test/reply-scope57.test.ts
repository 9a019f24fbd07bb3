/**
 * A reply or a rebuttal to the news (measure-scope.ts): "respond", "reply", 대답했, 반박한 are a
 * reaction the story does not report, like "react" and 반응. A speaker's own words stay the
 * story's. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("a reply to the news", () => {
  it("is a reaction the story does not report", () => {
    turnsAwaySaying("did nvidia reply to the circular investment worry", /reaction/u);
    turnsAwaySaying("순환 투자 비판에 엔비디아는 어떻게 반박했어?", /반응/u);
  });

  it("leaves what a speaker said to the story", () => {
    says("what did nadella say about openai", /critical partner/u);
  });
});
