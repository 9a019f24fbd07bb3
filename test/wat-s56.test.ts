/**
 * Chat's "wat's" / "wut's" is "what is", as "wats" was: read apart ("what 's"), the thing asked was
 * lost and a known word beside unknown chatter was turned away. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("wat's", () => {
  it("asks what the thing is", () => {
    says("wat's this circular thing my mates keep nattering about", /loop/u);
    says("wut's the circular investment thing folks gabbing about", /loop/u);
  });
});
