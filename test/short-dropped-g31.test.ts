/**
 * Chat's dropped g on a short verb ("goin", "doin"): the -ing word is read, as "talkin" already
 * was. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("a dropped g on a short verb", () => {
  it("reads goin as going", () => {
    says("how much is goin from nvidia to anthropic", /\$10 billion/u);
    says("whats the nvidia figure goin to anthropic", /\$10 billion/u);
  });
});
