/**
 * Whether Claude or Azure can be used in one country (knowledge/facts.json,
 * availability-by-country): the story names clouds, not countries, so it says it does not cover
 * that; without a country the clouds answer. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("availability in one country", () => {
  it("is not covered", () => {
    turnsAwaySaying("can we access claude through azure in india", /availability by country/u);
    turnsAwaySaying("우리나라에서도 애저로 클로드 이용 가능해요?", /나라별 제공 여부/u);
  });

  it("leaves the clouds to the story", () => {
    says("which clouds can I use claude on", /Google Cloud/u);
  });
});
