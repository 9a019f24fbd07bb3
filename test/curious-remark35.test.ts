/**
 * A remark after the question that closes on why the asker asks ("They are rivals, so I am
 * curious."): about the asker, not an ask of its own, whatever story word it holds. Phrasings not
 * in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("a remark closing on curiosity", () => {
  it("leaves an off-topic question off topic", () => {
    turnsAway(
      "What Qualcomm said about Microsoft doing this deal? They are competitor, so I am curious.",
    );
    turnsAway("What AMD think about NVIDIA in this deal? They are rival, so I am wondering.");
  });

  it("leaves the question answered as asked", () => {
    says("How much did NVIDIA invest? It is a chip maker, so I am wondering.", /\$10 billion/u);
  });
});
