/**
 * A stance asked of a party the knowledge lacks ("what does Meta think of the deal, according to
 * the article?") is that party's, not the article's own: turned away, not answered with the
 * article's worries. The article's own stance is still answered. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwayEach } = askProbe(knowledgeDir);

describe("a stance asked of an outside party, through the article", () => {
  it("is turned away", () => {
    turnsAwayEach([
      "애플은 이번 딜을 어떻게 보는지 기사에 나와요?",
      "Does the article say what Meta's view of the deal is?",
    ]);
  });

  it("leaves the article's own stance answered", () => {
    says("기사는 이번 딜을 어떻게 보는지 나와요?", /우려|순환/u);
    says("What does the article think of the deal?", /circular|worr|concern/iu);
  });
});
