/**
 * "딱 정해진 양", "a set amount" claim a fixed figure (a no for the "up to" gigawatt), and a
 * question word inside a clause ("누군지 이름 밝혀놨지?") leaves a yes or no on whether the expert
 * is named. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a fixed amount and a name claimed", () => {
  it("reads a set amount as fixed", () => {
    says("1GW는 딱 정해진 물량 맞지?", /^아니에요/u);
    says("so the gigawatt is a set amount, yeah?", /^No\b/u);
  });

  it("answers whether the expert is named despite an embedded who", () => {
    says("그 전문가 누군지 실명 밝혔지?", /^아니에요/u);
  });
});
