/**
 * A name the article uses said to be out of date ("the piece calls it 'azure ai foundry', isn't
 * that outdated?", "기사에 나온 파운드리 이름 구버전이야?"): the fact check that says it is a former
 * name, with the name now; a yes to the claim, the fact when the current name is asked beside it.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a name of the article said to be out of date", () => {
  it("gives the name now", () => {
    for (const question of [
      "the blog writes 'Azure AI Foundry' - isn't that name obsolete?",
      "azure ai foundry is an outdated name, yeah?",
      "Someone told me 'Azure AI Foundry' is out of date. What do they call it now?",
      "is azure ai foundry a deprecated name",
      "기사에 나온 애저 AI 파운드리, 그거 옛날 이름 아님?",
      "Azure AI Foundry 이름 구버전인가요?",
      "파운드리 그거 예전 명칭이지?",
    ]) {
      says(question, /Microsoft Foundry/u);
    }
  });

  it("says yes to the claim that it is out of date", () => {
    says("azure ai foundry is an outdated name, yeah?", /^Yes/u);
    says("파운드리 그거 예전 명칭이지?", /^맞아요/u);
  });
});
