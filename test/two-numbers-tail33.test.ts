/**
 * "…?? two numbers pls", "…, two figures please": a closing word that asks for every part names
 * nothing of its own, so each part is answered. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("'two numbers pls' after the asks", () => {
  it("asks every part", () => {
    says(
      "how big is the azure deal and how much compute on nvidia kit? two figures pls",
      /\$30 billion[\s\S]*1 gigawatt/u,
    );
    says(
      "how much is microsoft investing and how much compute on nvidia gear?? two numbers pls",
      /\$5 billion[\s\S]*1 gigawatt/u,
    );
  });
});
