/**
 * "A gives B money, what does B give A back?": the giving stated first, between the same two
 * sides, is the price; the question after the comma asks the way back. Phrasings not in any eval
 * set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a giving stated before the way back is asked", () => {
  it("answers the way back", () => {
    says(
      "nvidia puts money into anthropic, so what does anthropic give nvidia in return?",
      /^Anthropic → NVIDIA/u,
    );
    says(
      "microsoft invests in anthropic; what does anthropic send microsoft back?",
      /^Anthropic → Microsoft: Azure/u,
    );
  });
});
