/**
 * What readers said under the piece ("댓글 반응 어때?", "what do the comments under the article
 * say?"): readers' comments the sources never give, named as such. Comments the asker only
 * mentions as where a claim came from leave the claim to be checked. Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says, turnsAwaySaying } = askProbe(knowledgeDir);

describe("readers' comments", () => {
  it("are turned away as readers' comments", () => {
    turnsAwaySaying("이 글 댓글 반응 어때?", /독자 댓글/u);
    turnsAwaySaying("what do the comments under the article say?", /readers' comments/u);
  });

  it("leave a claim heard in the comments to be checked", () => {
    says("댓글 보니까 엔비디아가 100억 넣었다던데 맞아?", /^맞아요/u);
  });
});
