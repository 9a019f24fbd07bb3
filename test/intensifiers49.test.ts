/**
 * Regional and slang intensifiers ask nothing: 전라 겁나 / 허벌나게 / 징하게, 오지게. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, declinesAsAdvice } = askProbe(knowledgeDir);

describe("intensifiers", () => {
  it("answers a question with an intensifier in it", () => {
    says("마소는 징하게 넣었는갑네 을매여?", /50억 달러/u);
    says("아따 앤트로픽은 애저에 허벌나게 쓰는갑네, 을매여?", /300억 달러/u);
  });

  it("still declines advice with one", () => {
    declinesAsAdvice("엔비디아 주가 겁나 오를 것 같은디 지금 사도 돼요?");
  });
});
