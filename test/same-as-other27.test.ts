/**
 * What one party has, asked of another as "the same" ("Does OpenAI get the same co-design deal
 * with NVIDIA?"): no fact joins the two, so it is not covered, not the first party's fact (an
 * article sentence naming OpenAI beside NVIDIA's partnership is no such fact). Phrasings not in
 * any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("the same thing asked of a party no fact joins", () => {
  it.each([
    "Is OpenAI getting a similar co-design partnership with NVIDIA?",
    "엔비디아가 오픈AI랑도 똑같은 기술 파트너십 맺었어요?",
  ])("turns away %s, never with Anthropic's partnership", (question) => {
    const said = ask(question);
    expect(said.abstained, question).toBe(true);
    expect(said.text).not.toMatch(/co-design|공동 설계/u);
  });

  it("leaves the party the fact is about answered", () => {
    says("Does Anthropic get the same kind of deep partnership with NVIDIA?", /co-design/u);
  });
});
