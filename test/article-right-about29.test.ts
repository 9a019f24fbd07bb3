/**
 * Whether the piece is right about one topic, asked yes or no: the fact check of that topic
 * answers, a no with the correction, where the topic's words alone read as a claim the record
 * confirms. One party's own figure, which the article gives as the record does, is still a yes.
 * Phrasings not in any eval set.
 */
import { describe, it } from "vitest";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("the article right about a topic", () => {
  it("says no with the fact check of that topic", () => {
    says("Did the blog get the combined investment right?", /^No\b.*\$30 billion.*\$15 billion/su);
    says("Is the piece correct about the total investment?", /^No\b.*\$15 billion/su);
    says("글쓴이가 투자 총액을 제대로 썼나요?", /^아니에요.*150억/su);
  });

  it("says yes to one party's own figure", () => {
    says("Did the author get Microsoft's investment right?", /^Yes\b.*\$5 billion/su);
  });
});

describe("the article right about a sum named alone", () => {
  it("says no with the check of the sum", () => {
    says("Did the writer get the combined figure right?", /^No\b.*\$15 billion/su);
    says("Does the post get the total correct?", /^No\b.*\$15 billion/su);
  });
});
