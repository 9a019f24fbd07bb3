/**
 * The figure the article itself gives, asked for ("how much does the article say they invested?",
 * "기사엔 얼마 투자했다고 써있어?"): where the record corrects it, the correction answers (the
 * article's $30B, then the true $15B). A party's own figure, which the article gets right, and a
 * party or measure the knowledge lacks are answered as before. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("the article's own figure asked for", () => {
  it("is the article's figure, with the record's correction", () => {
    says("how much does the article say they invested?", /intro says .*\$30 billion.*wrong/u);
    says("기사엔 얼마 투자했다고 써있어?", /300억 달러 투자'는 사실과 다릅니다/u);
  });

  it("leaves a party's own figure, which the article gets right", () => {
    says("according to the article, how much is nvidia investing?", /^NVIDIA committed/u);
  });

  it("leaves a party the knowledge lacks turned away", () => {
    turnsAway("according to the article, how much did Oracle invest?");
  });
});
