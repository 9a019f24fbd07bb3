/**
 * The asker's purpose after the question or request: in Korean ("숙제에 써야 돼", "수행평가
 * 때문에요"), and after a request with no question mark ("Explain …. It's for my class notes."),
 * is no part of what is asked. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("the asker's purpose after the question", () => {
  it("is dropped after a request", () => {
    says("Explain the circular investment. It's for my class notes.", /loop/u);
    says("순환 투자 설명해줘. 숙제에 써야 돼", /앤트로픽 → 마이크로소프트/u);
  });

  it("is no valuation when it names a school assessment", () => {
    says("이 글 결론 한줄요약 해줘. 수행평가에 써야 돼요", /독점/u);
  });

  it("leaves an off-topic request turned away", () => {
    turnsAway("내 숙제 대신 해줘. 수행평가에 써야 돼");
  });
});
