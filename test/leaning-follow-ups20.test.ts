/**
 * A follow-up that only elaborates a part not covered is not covered with it: a comparison of
 * the uncovered figure ("AWS보다 쌈?", "cheaper than Bedrock?"), a request to check "the number"
 * just asked ("숫자 확인 부탁"), whether a schedule is given after a "when" ("일정 나와있음?"), and
 * a bare topic after a question of another company ("칩 공급 물량?"). How long something takes is
 * not covered at all. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAwayEach, says } = askProbe(knowledgeDir);

describe("a follow-up leaning on a part not covered", () => {
  it("is turned away with it", () => {
    turnsAwayEach([
      "파운드리에서 소네트 API 요금 얼마예요? 구글 클라우드보다 싼가요?",
      "what's the per-token price of Claude on Azure? cheaper than on Bedrock?",
      "how much is a token of opus on foundry - more expensive than AWS?",
      "데이터센터 몇 개 짓는 거예요? 숫자도 확인 좀",
      "how many Blackwell GPUs does Anthropic get? can you verify the number",
      "엔비디아 돈 언제 들어와요? 스케줄 나온 거 있나요",
      "when will microsoft wire its money? any timeline",
      "오라클은 이번 딜에서 뭘 챙겨? 클라우드 계약?",
      "what did AMD get from this? chip orders?",
    ]);
  });

  it("leaves a covered follow-up alone", () => {
    says("How much is Microsoft investing? more than NVIDIA?", /Microsoft/u);
    says("엔비디아 투자 얼마예요? 숫자 확인 부탁", /100억/u);
  });
});

describe("how long something takes", () => {
  it("is not covered", () => {
    turnsAwayEach([
      "앤트로픽이 300억 어치 애저 다 쓰는 데 몇 년이나 걸림?",
      "how long would it take anthropic to burn through the 30 billion of azure",
      "1기가와트 구축하는 데 얼마나 걸릴까요?",
    ]);
  });
});
