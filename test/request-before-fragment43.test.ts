/**
 * A clause that asks (a request, a question word) before a comma is the question, not chit-chat
 * to drop: "…recipe 좀 알려주세요, 돼지고기 넣는 버전으로요" asks for the recipe, and the fragment
 * after it ("the version you put pork in") only qualifies it, whatever known words it holds.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("a request before a fragment", () => {
  it("turns away an off-topic request however its fragment reads", () => {
    turnsAwayEach([
      "잡채 맛있게 만드는 법 알려주세요, 당면 많이 넣는 버전으로요",
      "Give me a kombucha recipe for home brewing, the version that puts in extra sugar",
      "Explain how to tune my guitar to drop D, the version for a seven-string",
    ]);
  });

  it("still drops chit-chat before a question", () => {
    says("아 진짜 요즘 정신없네, 엔비디아는 얼마 넣었어?", /100억/u);
  });
});
