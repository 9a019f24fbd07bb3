/**
 * "무엇을 가리키나요", "자주 나오는", "이 단어가", "여기선": how a Korean asker frames a question
 * about what a term means; the frame asks nothing of its own. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("what a term refers to", () => {
  it("is the term's meaning, whatever frames the ask", () => {
    for (const question of [
      "애널리스트들이 흔히 말하는 순환 구조가 여기선 뭘 가리켜?",
      "순환 투자라는 단어가 정확히 뭘 가리키는지 궁금해요",
      "뉴스에 순환 투자라는 말이 자주 나오던데 뭔 뜻임",
      "순환 투자가 가리키는 게 구체적으로 뭐예요?",
    ]) {
      says(question, /순환 투자/u);
    }
  });
});
