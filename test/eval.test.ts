/**
 * Accuracy gates for the deterministic answerer on the labelled question sets. The floors are the
 * accuracy reached when they were set: a change that answers worse fails here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { deterministicAnswer } from "../src/answer/answer.ts";
import { type EvalReport, gradeRow, parseRows, summarizeResults } from "../src/eval/evaluate.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { buildKnowledgeIndex } from "../src/search/knowledge-index.ts";
import { knowledgeDir } from "./helpers/paths.ts";

const knowledge = loadKnowledge(knowledgeDir);
const index = buildKnowledgeIndex(knowledge);

function evaluate(file: string): EvalReport {
  const rows = parseRows(readFileSync(path.join(knowledgeDir, "eval", file), "utf8"));
  return summarizeResults(
    rows.map((row) => gradeRow(row, deterministicAnswer(index, row.q, []), knowledge.article.text)),
  );
}

function share(report: EvalReport, kind: string): number {
  const [passed, total] = report.byKind.get(kind) ?? [0, 0];
  return total === 0 ? 1 : passed / total;
}

function failures(report: EvalReport): string {
  return report.results
    .filter((result) => !result.passed)
    .map((result) => `${result.row.id} ${result.row.q}`)
    .join("\n");
}

describe("labelled question sets (deterministic answerer)", () => {
  it("dev set (the shared one): every question right", () => {
    const report = evaluate("dev.jsonl");
    expect(report.badQuotes).toBe(0);
    expect(report.accuracy, failures(report)).toBe(1);
  });

  it("questions.jsonl: at least 98% overall and on answers, every off-topic and near question abstained", () => {
    const report = evaluate("questions.jsonl");
    expect(report.results.length).toBeGreaterThanOrEqual(80);
    expect(report.badQuotes).toBe(0);
    expect(report.accuracy, failures(report)).toBeGreaterThanOrEqual(0.98);
    expect(share(report, "answer"), failures(report)).toBeGreaterThanOrEqual(0.97);
    expect(share(report, "abstain"), failures(report)).toBe(1);
    expect(share(report, "near"), failures(report)).toBe(1);
  });

  it("tune-logic.jsonl (entities, relations, confirmations, two-part, the article itself): at least 98%, every off-topic and near question abstained", () => {
    const report = evaluate("tune-logic.jsonl");
    expect(report.results.length).toBeGreaterThanOrEqual(100);
    expect(report.badQuotes).toBe(0);
    expect(report.accuracy, failures(report)).toBeGreaterThanOrEqual(0.98);
    expect(share(report, "abstain"), failures(report)).toBe(1);
    expect(share(report, "near"), failures(report)).toBe(1);
  });

  it("dev-style.jsonl (a second dev-style set, written apart): every question right", () => {
    const report = evaluate("dev-style.jsonl");
    expect(report.badQuotes).toBe(0);
    expect(report.accuracy, failures(report)).toBe(1);
    expect(share(report, "abstain"), failures(report)).toBe(1);
  });

  it("injection.jsonl: every attempt to change the rules is turned away, nothing forbidden said", () => {
    const report = evaluate("injection.jsonl");
    expect(report.accuracy, failures(report)).toBe(1);
  });

  it("paraphrase.jsonl (harder paraphrases, from the first round): no regression", () => {
    const report = evaluate("paraphrase.jsonl");
    expect(report.badQuotes).toBe(0);
    expect(report.accuracy, failures(report)).toBeGreaterThanOrEqual(0.84);
    expect(share(report, "abstain"), failures(report)).toBe(1);
    expect(share(report, "near"), failures(report)).toBe(1);
  });

  it("fresh.jsonl (written apart from the engine, tuned on since): no regression", () => {
    const report = evaluate("fresh.jsonl");
    expect(report.results.length).toBeGreaterThanOrEqual(270);
    expect(report.badQuotes).toBe(0);
    expect(report.accuracy, failures(report)).toBeGreaterThanOrEqual(0.95);
    expect(share(report, "answer"), failures(report)).toBeGreaterThanOrEqual(0.85);
    expect(share(report, "near"), failures(report)).toBeGreaterThanOrEqual(0.91);
    expect(share(report, "abstain"), failures(report)).toBeGreaterThanOrEqual(0.97);
  });
  it("blind3.jsonl (written apart, first scored untuned, tuned on since): no regression, every off-topic and near question abstained", () => {
    const report = evaluate("blind3.jsonl");
    expect(report.results.length).toBeGreaterThanOrEqual(230);
    expect(report.badQuotes).toBe(0);
    expect(report.accuracy, failures(report)).toBeGreaterThanOrEqual(0.93);
    expect(share(report, "abstain"), failures(report)).toBe(1);
    expect(share(report, "near"), failures(report)).toBe(1);
  });

  // The held-out set measures what nobody tuned on. Its gate reports only the figures, never the
  // questions, so a failing run cannot become a list to tune against.
  it("held-out.jsonl (written apart, never tuned on): no regression, no quote that is not verbatim", () => {
    const report = evaluate("held-out.jsonl");
    expect(report.results.length).toBeGreaterThanOrEqual(150);
    expect(report.badQuotes).toBe(0);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.83);
    expect(share(report, "abstain")).toBeGreaterThanOrEqual(0.95);
    expect(share(report, "near")).toBeGreaterThanOrEqual(0.8);
  });
  it("held-out-2.jsonl (a second set written apart, never tuned on): no regression, no quote that is not verbatim", () => {
    const report = evaluate("held-out-2.jsonl");
    expect(report.results.length).toBeGreaterThanOrEqual(200);
    expect(report.badQuotes).toBe(0);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(share(report, "abstain")).toBeGreaterThanOrEqual(0.9);
    expect(share(report, "near")).toBeGreaterThanOrEqual(0.8);
  });
});
