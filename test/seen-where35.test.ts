/**
 * Where the asker met the talk, said after the question ("…, seeing wildly diff figures on
 * twitter"): how they came to ask, not words the question is about. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAway } = askProbe(knowledgeDir);

describe("where the asker saw the talk", () => {
  it("is no part of the question", () => {
    says(
      "nvidia's stake size pls — getting totally contradicting numbers across socials",
      /\$10 billion/u,
    );
  });

  it("does not put an off-topic question on topic", () => {
    turnsAway("what's the best pizza in town, seeing wild takes on reddit");
  });
});
