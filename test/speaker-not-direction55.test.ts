/**
 * "who said the money goes round in circles?" asks who said it, not which way the money goes:
 * the unnamed expert is answered, not every flow. "who pays whom?" still is the flows.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("who said something of the money's way", () => {
  it("asks the speaker", () => {
    says("who said the money goes round in circles?", /unnamed expert/u);
    says("who says the money keeps going round?", /unnamed expert/u);
  });

  it("leaves who pays whom to the flows", () => {
    says("who pays whom in this deal?", /Microsoft → Anthropic/u);
  });
});
