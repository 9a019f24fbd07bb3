/**
 * More things the article does not cover: an exclusivity clause written half in English ("이 계약에
 * exclusive 조항"), early access to new models, an office in a country; and a next model claimed
 * announced with the deal is not covered, not a "no" about who announced the deal. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("near questions of contract terms, offices and models", () => {
  it("turns each away", () => {
    turnsAwayEach([
      "마소랑 앤트로픽 계약에 exclusive 조항도 들어있나요?",
      "Does Microsoft get first access to Anthropic's models under this deal?",
      "Claude 다음 버전, 예를 들면 Claude 5 같은 게 이 딜이랑 같이 발표됐나요?",
      "Claude's next model, like a Claude 5, got announced with this deal?",
      "Anthropic opening an office in Korea with this money, true?",
    ]);
  });

  it("still answers who announced the deal and the Copilot products", () => {
    says("The deal was announced at Ignite, right?", /Ignite/u);
    says("Office 쪽 코파일럿에도 클로드 계속 나와요?", /Copilot/u);
  });
});
