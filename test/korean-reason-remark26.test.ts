/**
 * A Korean question followed by a sentence that tells why it is asked ("…했나요~ 남편이 주식을
 * 갖고 있어서 궁금해하네요"): the reason is a remark, not words of the question, even when the
 * question ends in a tilde or a full stop instead of a question mark. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a reason told after a Korean question", () => {
  it("answers the question before a tilde and a reason", () => {
    says(
      "마이크로소프트는 앤트로픽에 얼마나 투자하나요~ 아버지가 마소 주식을 갖고 계셔서 궁금하대요",
      /50억/u,
    );
    says("앤트로픽이 애저에 쓰는 돈은 얼마예요~ 동생이 숙제 때문에 물어봐서요", /300억/u);
  });

  it("answers the question before a question mark and a reason", () => {
    says("엔비디아 투자금은 얼마인가요? 친구가 엔비디아 주주라서요", /100억/u);
  });

  it("still turns away a question the story does not cover, reason or not", () => {
    turnsAway("앤트로픽 직원은 몇 명인가요~ 사촌이 입사 준비 중이라서 궁금해하네요");
  });
});
