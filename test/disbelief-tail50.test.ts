/**
 * Disbelief at one word after an open question ("…왜 앤트로픽까지 끌어옴? 양다리 실화냐"): "for
 * real?" asks nothing new, and read as a claim it turned the why into a no. A figure doubted
 * after the question ("…? 300억 실화냐") is still checked. Phrasings not in any eval set.
 */
import { describe, expect, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask, says } = askProbe(knowledgeDir);

describe("disbelief after an open question", () => {
  it("answers the why", () => {
    const answer = ask("마소는 오픈AI가 있는데 왜 앤트로픽까지 끌어들임? 양다리 실화냐");
    expect(answer.text).toMatch(/의존도를 줄이/u);
    expect(answer.text).not.toMatch(/^아니에요/u);
  });

  it("still checks a figure doubted", () => {
    says("엔비디아는 얼마 넣었음? 300억 실화냐", /아니에요/u);
  });
});
