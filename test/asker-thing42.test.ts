/**
 * The asker's own thing is not the deal: "it" after a story of words the knowledge lacks ("my
 * bike's chain keeps slipping, what's wrong with it?") is not the article; a guess or "a rough
 * number is fine" after a count not covered asks the count again; a dropped g comes back on a
 * word of what the knowledge knows it does not cover ("votin rights"). Phrasings not in any
 * eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("the asker's own thing", () => {
  it("turns away what's wrong with the asker's thing", () => {
    turnsAway("My bike's rear derailleur keeps slipping under load. What's wrong with it?");
  });

  it("still lists the article's errors when asked of the piece", () => {
    says("is it accurate?", /\$15 billion/u);
    says("did the blog post get anything wrong?", /\$15 billion/u);
  });

  it("reads a rough figure allowed as the count asked again", () => {
    turnsAway("how many chips fit into that gigawatt? a rough number is fine");
    turnsAway("1기가와트에 칩이 몇 개나 들어가요? 수백만 개");
  });

  it("keeps a request after an unknown name as its own ask", () => {
    says("GB랑 VR은 무슨 하드웨어 약자야? 풀네임 ㄱㄱ", /Blackwell|블랙웰/u);
  });

  it("puts the g back on a thing not covered", () => {
    turnsAway("does nvidia get any votin rights out of this?");
    says("how much is nvidia droppin into anthropic?", /\$10 billion/u);
  });
});
