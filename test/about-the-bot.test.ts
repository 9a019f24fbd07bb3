/**
 * Small talk with the bot about itself is off topic; the story's own names and people are not.
 * Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
const abstains = (question: string) => answerFromKnowledge(index, question).abstained;

describe("questions to the bot about itself", () => {
  it("are turned away", () => {
    for (const question of [
      "넌 누구야 대체",
      "혹시 사람이 직접 답장 보내는 거예요?",
      "are you a real person?",
      "who built you?",
      "what's your name bot",
      "how was your weekend?",
      "are you gemini or something?",
      "which model are u",
      "너 혹시 제미나이야?",
      "do you prefer nvidia?",
    ]) {
      expect(abstains(question), question).toBe(true);
    }
  });

  it("leave the story's names and a question that calls on the bot alone", () => {
    for (const question of [
      "봇아 엔비는 얼마 넣었냐",
      "Azure AI Foundry 새 이름 뭐야?",
      "what day was it announced?",
      "are you sure nvidia put in ten billion?",
      "do you know how much microsoft put in?",
      "클로드가 앤트로픽 모델이야?",
    ]) {
      expect(abstains(question), question).toBe(false);
    }
  });
});
