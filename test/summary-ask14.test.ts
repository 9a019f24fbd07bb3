/**
 * A summary asked of the story's parties together, with the asker's own words around the names
 * ("mess", "saga", "for a client note"), and "headline terms" / "주요 골자" as a summary.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

/** The summary states every key figure: both investments, their sum and the Azure purchase. */
function expectSummary(question: string): void {
  const answer = ask(question);
  expect(answer.abstained, question).toBe(false);
  for (const figure of [
    /\$5 billion|50억/u,
    /\$10 billion|100억/u,
    /\$15 billion|150억/u,
    /\$30 billion|300억/u,
  ]) {
    expect(answer.text, question).toMatch(figure);
  }
}

describe("a summary of the parties together", () => {
  it("is the story's summary, whatever the asker calls the story", () => {
    for (const question of [
      "gimme the tl;dr on the msft-nvda-anthropic saga",
      "summarize the microsoft nvidia anthropic drama for me",
      "quick recap of the whole MS/Nvidia/Anthropic shebang",
      "마소 엔비 앤트 사태 요약 좀",
      "마이크로소프트 엔비디아 앤트로픽 건 3줄 요약 부탁",
      "tldr microsft nvidia anthropic stuff in 3 lines",
    ]) {
      expectSummary(question);
    }
  });

  it("still turns away another company or a thing no fact covers", () => {
    expect(ask("tldr microsoft nvidia anthropic and oracle").abstained).toBe(true);
    expect(ask("summarize microsoft nvidia anthropic market share").abstained).toBe(true);
  });
});

describe("headline terms, 주요 골자", () => {
  it("ask for the summary", () => {
    for (const question of [
      "what are the headline terms here",
      "headline points of the microsoft/nvidia/anthropic tie-up, for a memo",
      "이번 딜 주요 골자만 알려줘",
      "마이크로소프트, 엔비디아, 앤트로픽 협력의 주요 내용 좀 알려주세요",
    ]) {
      expectSummary(question);
    }
  });

  it("of one party's side, answer that side", () => {
    expect(ask("give me the main terms of nvidia's investment").text).toMatch(/\$10 billion/u);
  });
});
