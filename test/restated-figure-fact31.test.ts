/**
 * A claim in the asker's words that names none of a fact's figures ("앤트로픽이 엔비디아 베라 루빈
 * 시스템 쓰기로 한 거 맞죠?") restates that fact, though the fact has one (the 1 GW): a yes.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a claim restating a fact with a figure", () => {
  it("is a yes", () => {
    says("앤트로픽은 베라 루빈 시스템도 쓰게 되는 거 맞지?", /^맞아요, 앤트로픽은 엔비디아/u);
    says(
      "Anthropic's going to run on Vera Rubin systems too, right?",
      /^Yes: Anthropic contracted/u,
    );
  });
});
