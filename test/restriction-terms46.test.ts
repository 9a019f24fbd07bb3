/**
 * Whether a party is barred, banned or forbidden from something is a contract term the article
 * does not give: not covered, never a yes from the compute fact. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { turnsAway } = askProbe(knowledgeDir);

describe("a restriction asked of the deal", () => {
  it("is turned away as a contract term", () => {
    turnsAway("is anthropic barred from using other companies' chips now?");
    turnsAway("앤트로픽은 이제 다른 회사 칩 사용 금지야?");
  });
});
