/**
 * A model asked by its Hangul name with a version ("클로드 5"), and a schedule of when an item
 * is offered ("제공 일정", "rollout timeline", "ETA"): an item beyond the listed ones, not covered;
 * a listed one is answered. No phrasing here is in an eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { asksBeyondTheList } from "../src/answer/fallback/beyond-the-list.ts";
import { hangulVersioned } from "../src/answer/fallback/hangul-versioned.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const knowledge = loadKnowledge(knowledgeDir);
const index = buildKnowledgeIndex(knowledge);

describe("a Hangul name with a version", () => {
  it("reads the concept's Latin name", () => {
    expect(hangulVersioned(knowledge, "클로드5는 어디서 써?")).toEqual([
      { written: "클로드 5", name: "claude", version: "5" },
    ]);
  });

  it.each(["엔비디아 10 억 달러 지원 계획", "클로드는 5개 클라우드에?", "클로드 2025년"])(
    "%s has no version",
    (text) => {
      expect(hangulVersioned(knowledge, text)).toEqual([]);
    },
  );
});

describe("a schedule of what is offered", () => {
  it.each([
    "하이쿠 6 애저 적용 일정 공유 부탁",
    "gpt-6 foundry rollout schedule",
    "whats the eta for opus 6 on azure",
  ])("%s asks beyond the list", (text) => {
    expect(asksBeyondTheList(text)).toBe(true);
  });

  it("a claim with a tag is not asked plainly", () => {
    expect(asksBeyondTheList("opus 6 on foundry by march, that's the timeline right?")).toBe(false);
  });
});

describe("an unlisted version asked by a Hangul name or its schedule", () => {
  it.each([
    "클로드5 파운드리 도입 시기?",
    "클로드 6도 애저에 들어와?",
    "클로드 5 버전 탑재 일정 알려주셈",
    "claude 6 roadmap for foundry customers",
    "오퍼스 6 파운드리 출시 계획 공유좀",
  ])("%s is not covered", (question) => {
    const answer = answerFromKnowledge(index, question);
    expect(answer.abstained, answer.text).toBe(true);
  });

  it.each(["클로드 소네트 4.5 파운드리 제공 일정", "오퍼스 4.1 제공 시기"])(
    "%s, a listed model, is answered",
    (question) => {
      const answer = answerFromKnowledge(index, question);
      expect(answer.abstained, answer.text).toBe(false);
    },
  );
});
