/**
 * After a part turned away for asking when something happens, a part that asks when again as an
 * embedded question with only a party and a verb ("Anthropic이 언제 쓸 수 있는지") asks the same
 * time; a part asked anew is still answered. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, turnsAway } = askProbe(knowledgeDir);

describe("a time asked again", () => {
  it("turns the restatement away with the part before", () => {
    turnsAway("베라 루빈 장비 출하는 언제부터예요? 앤트로픽이 언제 쓸 수 있는 건지");
  });

  it("answers a part that names its own question", () => {
    const answer = ask(
      "그레이스 블랙웰 장비 납품은 언제 시작돼요? 그리고 세 회사 발표는 언제였어요?",
    );
    expect(answer.abstained).toBe(false);
    expect(answer.text).toMatch(/11월 18일/u);
  });
});
