/**
 * A request made with the honorific 주시- ("요약해 주실래요?", "알려 주시면", "말씀해 주십시오")
 * is a request like "해 주세요": its auxiliary says nothing of what is asked. Phrasings not in any
 * eval set. So is "the flow" set out by itself ("흐름 좀 정리해 주세요"): the money's.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("requests with the honorific 주시-", () => {
  it("asks for what the request names", () => {
    says("기사 내용 정리해 주실래요?", /50억 달러/u);
    says("한 줄로 요약해 주실 수 있을까요?", /50억 달러/u);
    says("엔비디아가 넣은 금액 좀 알려 주시면 감사하겠습니다", /100억 달러/u);
  });

  it("lays out the money when the flow alone is to be set out", () => {
    says("흐름을 간단히 정리해 주실래요?", /앤트로픽 → 마이크로소프트/u);
    says("자금 흐름의 투명성 문제가 뭐예요?", /투명성/u);
  });
});
