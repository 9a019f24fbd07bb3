/**
 * A count of machines asked with the counter 대 ("블랙웰 몇 대", "서버 몇 대"): the knowledge
 * counts no machines, so it is not covered; "몇 대 클라우드" still counts the clouds the
 * article counts ("3대 클라우드"). Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask: answer } = askProbe(knowledgeDir);

describe("a count of machines in 대", () => {
  it.each([
    "그 컴퓨팅에 블랙웰 서버가 몇 대 깔려요?",
    "GB200 랙 몇 대 사는 거임",
    "엔비디아 시스템 몇 대 들어와?",
  ])("is not covered: %s", (question) => {
    const said = answer(question);
    expect(said.abstained).toBe(true);
    expect(said.text).toMatch(/개수/);
  });

  it("still counts the clouds the article counts", () => {
    const said = answer("클로드는 몇 대 클라우드에서 쓸 수 있어?");
    expect(said.abstained).toBe(false);
    expect(said.text).toMatch(/AWS/);
  });
});
