/**
 * A party named alone after a part asking of another party asks the same of it ("What about
 * OpenAI? And Amazon?", "오픈AI는 어떻게 돼? 그리고 아마존은?"), and "X는 어떻게 돼" asks of X by
 * itself: each party gets its own answer, not "not covered" for the two together. Phrasings not
 * in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("the same ask of another party", () => {
  it("answers each party in English", () => {
    const answer = ask("what about OpenAI then? and Amazon?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/OpenAI/);
    expect(answer.text).toMatch(/primary cloud/);
  });

  it("answers each party in Korean", () => {
    const answer = ask("오픈AI는 어떻게 되는 거야? 그럼 아마존은?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/오픈AI/);
    expect(answer.text).toMatch(/주요 클라우드/);
  });

  it("reads a party alone after a figure asked as the same ask, not a claim", () => {
    const answer = ask("how much did nvidia put in? and microsoft?");
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/\$5 billion/);
    expect(answer.text).not.toMatch(/^(?:Yes|No)\b|\n(?:Yes|No)\b/u);
  });
});
