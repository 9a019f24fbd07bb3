/**
 * Claims that something ended told as "got bumped", "benched", "shelved", "shown the door": a
 * fact that says it remains answers them with a no. "bumped up" (raised) ends nothing.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("claims that something ended", () => {
  it("are answered no where the fact says it remains", () => {
    says("Amazon got bumped as Anthropic's main cloud, right?", /^No: Amazon remains/u);
    says("so Microsoft benched OpenAI, yeah?", /^No/u);
  });

  it("leave a sum bumped up to the figure check", () => {
    says("Microsoft bumped up its investment to 10 billion, right?", /up to \$5 billion/u);
  });
});
