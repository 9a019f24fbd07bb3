/**
 * The asker's own job hunt is advice, not a question about the deal: "재취업 가능성 및 준비사항",
 * "이직 준비 방법", "how do I land a job at NVIDIA". Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { declinesAsAdvice } = askProbe(knowledgeDir);

describe("career advice", () => {
  it("turns the asker's job hunt away as advice", () => {
    for (const question of [
      "마이크로소프트로 이직 준비 방법 조언 부탁드려요",
      "퇴사하고 엔비디아 입사 가능성 있을까요? 준비할 것 알려주세요",
      "how could I land a job at NVIDIA after this deal?",
    ]) {
      declinesAsAdvice(question);
    }
  });
});
