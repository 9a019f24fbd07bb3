/**
 * speed22b's allocation cuts keep every reading the same: the word count read without splitting,
 * the relations read with namedMarks' shared scratch marks (one text's marks never show through in
 * the next's), whatever order the texts come in.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readRelations } from "../src/answer/fallback/scope.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { spaceSplitCount } from "../src/search/split-count.ts";
import { knowledgeDir } from "./helpers/paths.ts";

describe("spaceSplitCount", () => {
  it("is the length of split(/\\s+/u), runs, ends and Unicode spaces included", () => {
    const texts = [
      "",
      " ",
      "word",
      "two words",
      "  leading and trailing  ",
      "tabs\tand\nlines\r\nmixed",
      "no\u00a0break\u3000ideographic\u2003em\ufeffbom",
      "마이크로소프트가 엔비디아한테 돈 주는 구조야?",
      "a  b   c    d",
      "\n\n",
    ];
    for (const text of texts)
      expect(spaceSplitCount(text), JSON.stringify(text)).toBe(text.split(/\s+/u).length);
  });

  it("gives the same count called again (its pattern's position is reset)", () => {
    expect(spaceSplitCount("one two three")).toBe(3);
    expect(spaceSplitCount("one two three")).toBe(3);
    expect(spaceSplitCount("x")).toBe(1);
  });
});

describe("the relations read with shared scratch marks", () => {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir));
  const questions = readFileSync(path.join(knowledgeDir, "eval", "questions.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line).q as string)
    .slice(0, 120);
  const ids = (question: string) => {
    // A fresh analysis each time: the relations are kept on an analysis once read.
    const asked = readRelations(index.knowledge, index.analyze(question));
    return [asked.relations.map((r) => r.id), asked.outsideRelations.map((r) => r.id)];
  };

  it("are the same read in turn as read in the other order", () => {
    const forwards = questions.map(ids);
    const backwards = [...questions].reverse().map(ids).reverse();
    expect(backwards).toEqual(forwards);
    expect(forwards.some(([covered]) => (covered as string[]).length > 0)).toBe(true);
  });
});
