/**
 * "발표된 투자 규모", "최근 투자 규모", "the recently announced investment": the investment the
 * announcement made, asked by its amount; "announced" and "recent" only point at it. They had
 * drawn the announcement's fact check and the article's opening, with no figure.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the announced investment's size", () => {
  it("is the investment's amount", () => {
    says("이번에 발표된 투자 규모가 어느 정도예요?", /150억 달러/u);
    says("최근 투자 규모 얼마임", /150억 달러/u);
    says("what's the size of the newly announced investment?", /\$15 billion/u);
  });
});
