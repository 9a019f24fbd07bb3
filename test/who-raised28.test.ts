/**
 * "Who brought up / raised / voiced …" asks who said it, as "who said" does: the circular
 * investment claim's unnamed source answers. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("who raised it", () => {
  it("answers with the quote's source", () => {
    says("who brought up the circular investment issue?", /unnamed expert/u);
    says("who flagged the circular money loop?", /unnamed expert/u);
  });

  it("still names the one who said another quote", () => {
    says("who said OpenAI is a critical partner?", /Nadella/u);
  });
});
