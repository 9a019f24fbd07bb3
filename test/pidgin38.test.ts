/**
 * Pidgin and chat words read wherever they stand, not only beside money words: "dey" (an ongoing
 * verb, asking nothing), "dem" (they), "dem go" (they will), and the chat letters "d" (the) and
 * "n" (and). Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("pidgin and chat letters away from money words", () => {
  it("d article dey … asks what the article says", () => {
    says("d article dey talk say wetin be d worry", /circular investment/u);
  });

  it("dem go … together asks what the partners will do", () => {
    says("msft n nvidia — wetin dem go do for anthropic together?", /Microsoft|NVIDIA/u);
  });
});
