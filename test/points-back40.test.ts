/**
 * After a part the article does not cover, a Korean part pointing back at the person ("그 양반",
 * "그분") or at the thing used ("그걸로") asks more of the same thing and is not covered either;
 * a bare "그거" may point at something covered and stays a part of its own. Phrasings not in any
 * eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, turnsAway } = askProbe(knowledgeDir);

describe("a part pointing back at what was not covered", () => {
  it("the person", () => {
    turnsAway("오픈AI 사장 이름이 뭐예요? 그분은 이번 딜에 대해 뭐라고 했어요?");
  });

  it("the thing used", () => {
    turnsAway("베라 루빈 양산은 언제 시작해요? 마이크로소프트는 언제부터 그걸로 서비스해요?");
  });

  it("a bare 그거 may point at something covered", () => {
    const answer = ask("1기가와트면 GPU 몇 개예요? 그리고 그거 어느 클라우드에서 돌아가요?");
    expect(answer.text).toMatch(/Azure/u);
  });
});
