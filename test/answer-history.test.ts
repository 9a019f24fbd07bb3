/**
 * An answer depends on its question alone, never on the questions asked before it in the same
 * process. Every labelled question is answered in file order on one index and in reverse order
 * on another; the two answers to each question must be the same. A global pattern's lastIndex,
 * a cache keyed by less than what its value depends on, or a shared array sorted in place
 * would each show here as a pair of answers that differ.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { answerFromKnowledge } from "../src/answer/fallback/answerer.ts";
import { parseRows } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const evalDir = path.join(knowledgeDir, "eval");
const questions = readdirSync(evalDir)
  .filter((file) => file.endsWith(".jsonl"))
  .sort()
  .flatMap((file) => parseRows(readFileSync(path.join(evalDir, file), "utf8")))
  .map((row) => row.q);

function answersInOrder(order: readonly string[]): Map<string, string> {
  const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir), { cache: false });
  const answers = new Map<string, string>();
  for (const question of order) {
    const answer = answerFromKnowledge(index, question);
    answers.set(question, `${answer.abstained} ${answer.text}`);
  }
  return answers;
}

describe("answers do not depend on what was asked before", () => {
  it("every labelled question gets the same answer asked in file order and in reverse", () => {
    expect(questions.length).toBeGreaterThan(10_000);
    const forward = answersInOrder(questions);
    const backward = answersInOrder([...questions].reverse());
    const differing = questions.filter(
      (question) => forward.get(question) !== backward.get(question),
    );
    expect(differing).toEqual([]);
    // Some 40,000 answers: a minute on an idle machine, six on a 2-core one shared with a dozen
    // other jobs. The limit only catches a hang, so it is far above either.
  }, 1_800_000);

  it("a release asked of one version leaves the next question's versions readable", () => {
    const index = buildKnowledgeIndex(loadKnowledge(knowledgeDir), { cache: false });
    const asked = "Haiku 3도 코파일럿에서 돼?";
    const alone = answerFromKnowledge(index, asked);
    answerFromKnowledge(index, "sonnet 9 나왔어?");
    expect(answerFromKnowledge(index, asked)).toEqual(alone);
  });
});
