/**
 * Events and circumstances around the deal's covered things that no fact reports (branch
 * outside14): export controls on the chips, what powers the capacity, how a share traded on the
 * day. They are outside relations in the knowledge (data, not code): asked beside the compute or
 * the investment, the covered fact must not answer them. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));

describe("an event around a covered thing is not covered", () => {
  it.each([
    // Export controls, in both languages, with and without a covered figure beside them.
    ["Could chip export restrictions block the NVIDIA systems Anthropic ordered?", "export"],
    ["do export rules on nvidia gpus matter for anthropic's gigawatt", "export"],
    ["미국 수출통제 때문에 엔비디아 칩 공급 막힐 수도 있나요", "수출"],
    ["대중 수출금지 조치가 이번 블랙웰 공급에 영향 줌?", "수출"],
    // The source of the power.
    ["Is the Azure capacity for Claude going to run on nuclear power?", "power source"],
    ["anthropic's 1gw, renewables or natural gas?", "power source"],
    ["앤트로픽 컴퓨팅은 재생에너지로 돌아가나요", "전력 공급원"],
    ["그 1기가와트 원전에서 전기 끌어오는 거임?", "전력 공급원"],
    // How a share traded on the day.
    ["How did MSFT shares trade after the news came out?", "share price"],
    ["what did nvda stock trade at the day of the announcement", "share price"],
  ])("%s", (question, label) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
    expect(answer.text.toLowerCase()).toContain(label);
  });

  it.each([
    "Which NVIDIA systems did Anthropic contract?",
    "앤트로픽이 계약한 컴퓨팅 용량은 얼마야?",
  ])("the covered thing alone is still answered: %s", (question) => {
    expect(answerFromKnowledge(index, question).abstained).toBe(false);
  });
});
