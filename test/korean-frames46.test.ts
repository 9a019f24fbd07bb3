/**
 * Korean words that frame a question without saying what it is about: 보다 as "regard"
 * ("뭐가 문제라고 보는 거예요?"), the asking announced ("두 가지 여쭙겠습니다"), list ordinals
 * ("첫째 …, 둘째 …"), and 엮이다 as being involved. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("Korean framing words", () => {
  it("reads 보는 as regarding, not a word of the topic", () => {
    says("필자는 뭐가 문제라고 보는 거예요?", /순환 투자/u);
  });

  it("answers each item after the asking is announced", () => {
    says(
      "두 가지 여쭙겠습니다. 첫째 엔비디아 투자액, 둘째 발표 날짜입니다.",
      /100억 달러[\s\S]*11월 18일/u,
    );
  });

  it("reads 엮여 as involved", () => {
    says("아마존도 이번 거래랑 엮여 있나요?", /아마존/u);
  });
});
