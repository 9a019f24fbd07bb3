/**
 * "기자 양반", "글 쓴 양반": the casual honorific after a person asks nothing of its own; "the
 * author's interpretation rather than fact" holds the article against the record. Phrasings not
 * in any eval set.
 */
import { describe, expect, it } from "vitest";
import { holdsArticleAgainstRecord } from "../src/answer/fallback/question-shape.ts";
import { askProbe } from "./helpers/ask-probe.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const { says } = askProbe(knowledgeDir);

describe("양반 after a person", () => {
  it("leaves the question about the writer", () => {
    says("기자 양반은 대체 뭘 걱정하는 건데", /순환|우려/u);
    says("이 글 쓴 양반 걱정하는 게 뭐임", /순환|우려/u);
  });
});

describe("interpretation rather than fact", () => {
  it("holds the article against the record", () => {
    for (const question of [
      "which parts of the post are the writer's spin rather than fact",
      "is the author's interpretation at odds with the established fact?",
      "how much of this article is editorializing rather than fact?",
    ]) {
      expect(holdsArticleAgainstRecord(question), question).toBe(true);
    }
    says("which parts of the post are the writer's spin rather than fact", /condition/u);
  });
});
