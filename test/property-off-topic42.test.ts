/**
 * One word of the piece's properties ("style", "tone") among words the knowledge lacks is no claim
 * about the piece: "Does AP style allow the serial comma or not?" is turned away, while the piece's
 * tone claimed is still checked. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a property word off topic", () => {
  it("turns away a style guide question", () => {
    turnsAway("Does AP style allow the serial comma or not?");
  });

  it("still checks the piece's tone", () => {
    says("the article's tone is pretty hyped, isn't it?", /excited/u);
  });
});
