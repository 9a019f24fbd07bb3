/**
 * Applying to a party weighed ("…마이크로소프트에 지원하는 게 어떨까요?"), or a job wished for with
 * the parties set side by side ("…회사 들어가고 싶대요. 엔비디아가 나아요 앤트로픽이 나아요?"): where
 * someone should work, which the article never says. A party backing another (을 지원) is still the
 * story's. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { answersEach, declinesAsAdvice } = askProbe(knowledgeDir);

describe("applying to a party", () => {
  it("is turned away as advice", () => {
    declinesAsAdvice("졸업하고 마이크로소프트에 지원하는 게 어떨까요?");
    declinesAsAdvice("조카가 AI 회사 들어가고 싶대요 엔비디아가 나아요 앤트로픽이 나아요?");
  });

  it("leaves a party backing another to the story", () => {
    answersEach(["엔비디아가 앤트로픽을 지원하는 이유가 뭐예요?"]);
  });
});
