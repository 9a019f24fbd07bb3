/**
 * Older or formal Korean words for what the knowledge says (knowledge/manifest.json, aliases.json, glossary.json):
 * 협약 / 협정 (the deal itself, a stop word like 딜), 공표 (announced), 어느 날에 (which day), 으뜸 (the main one), 세상에 알려지다 (made
 * public). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("older Korean words", () => {
  it("reads 협정 and 어느 날에 as the announcement's day", () => {
    says("그 협정이 어느 날에 공표되었습니까", /11월 18일/u);
  });

  it("reads 으뜸 as the main cloud, and confirms it", () => {
    says("아마존이 여전히 앤트로픽의 으뜸 클라우드 업체로 남는 게 맞소?", /^맞아요, 아마존/u);
  });

  it("reads 세상에 알려지다 as announced", () => {
    says("이 협력은 언제 세상에 알려졌습니까", /11월 18일/u);
  });

  it("leaves a story's 'one day' alone", () => {
    turnsAway("어느 날 갑자기 허리가 아프면 어떡해요");
  });
});
