/**
 * A claim, then another party asked with a question word of its own ("엔비가 100억 넣은 거 맞제?
 * 그리고 마소는 얼마야?"): the follow-up asks the party's figure; it is not the claim again, which
 * would answer it "no". Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);

describe("a follow-up with its own question word", () => {
  it("answers the other party's figure without a no", () => {
    const answer = ask("마소가 50억 투자한 게 맞음? 그럼 엔비는 얼마임?");
    expect(answer.text).toMatch(/엔비디아는 앤트로픽에 최대 100억/u);
    expect(answer.text).not.toMatch(/아니에요/u);
  });
});
