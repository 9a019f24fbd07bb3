/**
 * A number with a Korean counter after a name ("Azure 3대 클라우드", "애저 3곳") counts things: it
 * is no version the fact must give, as "Opus 4.1" is (claims17). Phrasings in no set.
 */
import { describe, expect, it } from "vitest";
import { firstSentence } from "../src/eval/evaluate.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { ask } = askProbe(knowledgeDir);
const lead = (question: string) => firstSentence(ask(question).text);

describe("a count after a name", () => {
  it("is no version claimed", () => {
    expect(lead("클로드가 AWS랑 구글, Azure 3대 클라우드 전부에서 쓸 수 있는 거 맞죠?")).toMatch(
      /^맞아요/,
    );
    expect(lead("클로드가 Azure 3곳 모두에서 돼?")).toMatch(/^맞아요/);
  });

  it("leaves a version a version", () => {
    expect(lead("마이크로소프트 파운드리에서 opus 4.1 쓸 수 있는 거 맞죠?")).toMatch(/^맞아요/);
    expect(lead("파운드리에서 opus 3 쓸 수 있는 거 맞죠?")).toMatch(/^아니/);
  });
});
