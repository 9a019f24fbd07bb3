/**
 * Whether anyone is quoted, asked yes or no ("Is anybody cited by name in the post?", "Does the
 * piece quote anyone?"): the people it quotes, named or not, not only the unnamed expert.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("whether anyone is quoted", () => {
  it("lists the people quoted", () => {
    says(
      "Is anybody cited by name in the post, or is it all anonymous?",
      /quotes these people[\s\S]*Nadella/u,
    );
    says("Does the blog actually quote any executives?", /Nadella/u);
  });
});
