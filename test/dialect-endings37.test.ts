/**
 * 경상 예 and 이소 closing a question or request, and 제주 우꽈 / 수꽈 / 어떵, read as the standard
 * endings: the tag still confirms, the request still asks. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("regional endings", () => {
  it("경상 예 closing a yes/no tag confirms", () => {
    says("마소가50억넣은거맞지예", /^맞아요.*50억 달러/u);
    says("엔비디아가 앤트로픽에 200억 넣었다 카던데 맞나예?", /^아니에요.*100억 달러/u);
  });

  it("경상 이소 closing a request asks", () => {
    says("앤트로픽이 애저에 얼마 쓰는지 알려주이소", /300억 달러/u);
  });

  it("제주 우꽈 and 어떵 ask", () => {
    says("엔비디아 투자금은 얼마우꽈?", /100억 달러/u);
    says("마이크로소프트는 이 거래에서 무슨 역할이우꽈?", /마이크로소프트/u);
  });
});
