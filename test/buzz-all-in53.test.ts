/**
 * "The buzz is …" passes on a claim to check, as "word is" does; and a company that has "gone all
 * in with" another has picked a partner, no trade of the asker's. Going all in with shares or
 * money is still the asker's move. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, declinesAsAdvice } = askProbe(knowledgeDir);

describe("the buzz and going all in", () => {
  it("checks a claim passed on as the buzz", () => {
    says("the buzz is nvidia's putting in twenty bil", /^No: NVIDIA/u);
    says("scuttlebutt is microsoft put in fifty bil", /^No: Microsoft/u);
  });

  it("reads a company gone all in with another as a claim", () => {
    says("so anthropic went all in with microsoft and walked away from aws, yeah?", /Amazon/u);
  });

  it("still turns away the asker going all in", () => {
    declinesAsAdvice("thinking of going all in with nvidia shares before christmas, sound?");
    declinesAsAdvice("should i go all in on microsoft?");
  });
});
