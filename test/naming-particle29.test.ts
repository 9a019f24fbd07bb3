/**
 * "이름까지 나와 있죠?": a name said to be given, whatever particle the name takes (까지, 조차,
 * 만 as well as 이, 도), is a yes-or-no about the article's naming. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the expert's name claimed with any particle", () => {
  it("says no: the article names no one", () => {
    says("기술 전문가 이름까지 기사에 적혀 있는 거죠?", /^아니에요/u);
    says("그 전문가는 이름만 공개돼 있는 거 맞아?", /^아니에요/u);
  });
});
