/**
 * Korean verbs and formal words that ask nothing of the story (stopwords.ts, glossary.json):
 * 내주기로 / 내어주기로 (decided to hand over; a bare 주기로 stays: it carries who gives in the way
 * back, flow-return19), "말해보세요" (a request), 여쭙겠소 (may I ask), 소승 (a monk's
 * "I"), 얻고자 하는 바 (what it hopes to gain), and "길어서 못 읽겠다" (why the asker wants it
 * short). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("verbs of giving and trying", () => {
  it("reads 내주기로 as no topic, the figure asked", () => {
    says("엔비디아가 앤트로픽한테 내어주기로 한 돈이 얼마예요", /100억/u);
    says("마이크로소프트가 앤트로픽에 내주기로 한 금액이 얼마죠", /50억/u);
  });

  it("reads -해 보세요 as a request", () => {
    says("이 글 요점만 딱 말해보세요", /150억/u);
  });
});

describe("formal and old words", () => {
  it("reads a polite lead-in and a monk's 'I' as no topic", () => {
    says("소인이 한 가지 여쭙겠습니다. 앤트로픽이 애저에 쓰는 돈은 얼마입니까", /300억/u);
  });

  it("reads the asker's reason for a short answer as no topic", () => {
    says("너무 길어서 다 못 읽었는데 핵심만 요약해 줘", /150억/u);
  });

  it("keeps questions off the story away", () => {
    turnsAway("소승이 여쭙겠소. 절에서 김장은 언제 하오?");
  });
});
