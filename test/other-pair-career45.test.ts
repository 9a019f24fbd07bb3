/**
 * Another pair's deal compared with this one, when nothing in the knowledge joins the pair
 * ("How does NVIDIA's deal with OpenAI stack up against this one?"), is not covered; a pair the
 * knowledge joins is still compared. A job urged on someone the asker knows ("딸한테 엔비디아
 * 가라고 할까", "should I tell my son to apply to Anthropic?") is advice. Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwayEach, declinesAsAdvice, answersEach } = askProbe(knowledgeDir);

describe("another pair's deal compared", () => {
  it("turns away a deal nothing here joins", () => {
    turnsAwayEach([
      "Is NVIDIA's OpenAI deal bigger than this one?",
      "google's partnership with anthropic, how does it compare?",
      "엔비디아랑 오픈AI 계약이랑 비교하면 누가 더 커?",
      "how's google's deal with anthropic compare? similar size?",
    ]);
  });

  it("still compares the deal's own parties", () => {
    answersEach(["Is NVIDIA's deal with Anthropic bigger than Microsoft's?"]);
  });
});

describe("a job urged on someone the asker knows", () => {
  it("turns it away as advice", () => {
    declinesAsAdvice("딸이 AI 회사 취업 준비 중인데 엔비디아 같은 데 들어가라고 할까요?");
    declinesAsAdvice("아들이 앤트로픽 입사하면 어떨까?");
    declinesAsAdvice("Should I push my son to take a job at Anthropic?");
  });
});
