/**
 * Regional fillers ask plainly: "the X yoke" is the X thing, "what in tarnation" / "what on
 * earth" is what, "banging on about" is talking about. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("regional fillers", () => {
  it("are read as the plain words", () => {
    says("what's the story with the azure yoke?", /\$30 billion/u);
    says("what in tarnation is NVIDIA's ten billion for?", /\$10 billion/u);
    says("how many gigawatts are they banging on about", /1 gigawatt/u);
  });
});
