/**
 * 이루어지다 / 이뤄지다 ("to take place") only says that something happened, so "발표는 언제
 * 이루어졌습니까" asks when the announcement was made. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("이루어지다 as 'took place'", () => {
  it("the formal ending asks the announcement's date", () => {
    says("세 회사 발표는 언제 이뤄졌나요?", /2025년 11월 18일/u);
  });

  it("the modifier form before a date word", () => {
    says("파트너십 발표가 이루어진 게 언제예요", /2025년 11월 18일/u);
  });
});
