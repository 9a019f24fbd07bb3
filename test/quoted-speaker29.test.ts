/**
 * "기사에서 나델라를 어떻게 인용했어?": 인용 said of a speaker the facts quote is that speaker's
 * statement, not the source of an unnamed quote. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a named speaker's quote asked with 인용", () => {
  it("gives the speaker's words", () => {
    says("나델라 인용된 부분 기사에 뭐라고 돼 있어?", /나델라/u);
    says("기사 속 사티아 나델라 인용 좀 보여줘", /서로의 고객/u);
  });

  it("still gives the unnamed expert for the circular remark's source", () => {
    says("순환 투자 인용은 출처가 있어?", /익명/u);
  });
});
