/**
 * The piece's kind named with "which" ("어느 블로그 글이야?", "which blog is this from?") asks
 * which outlet published it, which the piece never says; the kind alone ("블로그 글이야?") is
 * still answered. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("which blog the piece is from", () => {
  it("is turned away as the outlet, with the kind as what is known", () => {
    turnsAwaySaying("이거 어느 블로그 글이야?", /매체·블로그/u);
    turnsAwaySaying("which blog is this article from?", /outlet or blog/u);
  });

  it("leaves the kind asked answered", () => {
    says("이거 블로그 글이야?", /^맞아요/u);
  });
});
