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

  it("tune-logic.jsonl (entities, relations, confirmations, two-part, the article itself): at least 98%, every off-topic question and all but one near question abstained", () => {
    const report = evaluate("tune-logic.jsonl");
    expect(report.results.length).toBeGreaterThanOrEqual(100);
    expect(report.badQuotes).toBe(0);
    expect(report.accuracy, failures(report)).toBeGreaterThanOrEqual(0.98);
    expect(share(report, "abstain"), failures(report)).toBe(1);
    // One near row fails knowingly: near11-014 ("Is Amazon paying Anthropic anything for
    // Claude?"), whose mechanism ("paying" read as spending) cost two held-out rows and was
    // taken out in round ten.
    const [nearPassed = 0, nearTotal = 0] = report.byKind.get("near") ?? [];
    expect(nearTotal - nearPassed, failures(report)).toBeLessThanOrEqual(1);
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
    expect(report.accuracy, failures(report)).toBeGreaterThanOrEqual(0.91);
    expect(share(report, "abstain"), failures(report)).toBe(1);
    expect(share(report, "near"), failures(report)).toBe(1);
  });

  it("fresh.jsonl (written apart from the engine, tuned on since): no regression", () => {
    const report = evaluate("fresh.jsonl");
    expect(report.results.length).toBeGreaterThanOrEqual(270);
    expect(report.badQuotes).toBe(0);
    expect(report.accuracy, failures(report)).toBeGreaterThanOrEqual(0.98);
    expect(share(report, "answer"), failures(report)).toBeGreaterThanOrEqual(0.98);
    expect(share(report, "near"), failures(report)).toBeGreaterThanOrEqual(0.95);
    expect(share(report, "abstain"), failures(report)).toBe(1);
  });
  it("blind3.jsonl (written apart, first scored untuned, tuned on since): no regression, every off-topic and near question abstained", () => {
    const report = evaluate("blind3.jsonl");
    expect(report.results.length).toBeGreaterThanOrEqual(230);
    expect(report.badQuotes).toBe(0);
    expect(report.accuracy, failures(report)).toBeGreaterThanOrEqual(0.98);
    expect(share(report, "abstain"), failures(report)).toBe(1);
    expect(share(report, "near"), failures(report)).toBe(1);
  });

  // Written apart in rounds four and five (each by someone who saw only the article, the fact sheet and
  // the issue), committed untouched and first scored at 79.5-91.0%, tuned on since.
  const tunedBlindSets = [
    { file: "blind5.jsonl", floor: 0.99 },
    { file: "blind6.jsonl", floor: 0.985 },
    { file: "blind7.jsonl", floor: 0.985 },
    { file: "blind9.jsonl", floor: 0.985 },
    { file: "blind10.jsonl", floor: 0.99 },
    { file: "blind11.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    // Written apart in round five, scored untouched (80.8-91.0%), tuned on since.
    { file: "blind12.jsonl", floor: 0.99, near: 1 },
    { file: "blind13.jsonl", floor: 0.99, near: 1 },
    { file: "blind14.jsonl", floor: 0.99, near: 1 },
    { file: "blind16.jsonl", floor: 0.985, rows: 220, near: 1 },
    { file: "blind17.jsonl", floor: 0.99, rows: 200, near: 1 },
    // Written apart in round six, scored untouched (73.9-93.1%; blind21, mid-round, 83.3%), tuned
    // on since.
    { file: "blind18.jsonl", floor: 0.99, rows: 203, near: 1 },
    { file: "blind19.jsonl", floor: 0.99, rows: 216, near: 1 },
    { file: "blind20.jsonl", floor: 0.99, rows: 243, near: 1 },
    { file: "blind21.jsonl", floor: 0.975, rows: 227, near: 1 },
    // Written apart in round seven, scored untouched (blind22 85.0%, blind23 88.6%; blind24,
    // mid-round, 93.2%), tuned on since.
    { file: "blind22.jsonl", floor: 0.99, rows: 207, near: 1 },
    { file: "blind23.jsonl", floor: 0.985, rows: 245, near: 1 },
    { file: "blind24.jsonl", floor: 0.99, rows: 222, near: 1 },
    // Written apart in round eight, scored untouched (blind25 92.1%, blind26 88.8%, blind27 88.9%,
    // blind28 86.3%, blind29 90.9%, blind30 90.9%, blind31 94.0%).
    { file: "blind25.jsonl", floor: 0.995, rows: 242, near: 1 },
    { file: "blind26.jsonl", floor: 0.985, rows: 240, near: 1 },
    // Written apart in the middle of round eight, scored untouched on the engine of that moment.
    { file: "blind27.jsonl", floor: 0.978, rows: 235, near: 1 },
    { file: "blind28.jsonl", floor: 0.974, rows: 234, near: 1 },
    { file: "blind29.jsonl", floor: 0.98, rows: 253, near: 0.975, abstain: 1 },
    { file: "blind30.jsonl", floor: 0.98, rows: 220, near: 1 },
    { file: "blind31.jsonl", floor: 0.98, rows: 233, near: 1 },
    // Round eight's check set (95.6% untouched, never opened in that round), tuned on since.
    { file: "val8.jsonl", rows: 227, floor: 0.999, abstain: 1, near: 1 },
    // Written apart at the start of round nine, scored untouched (blind32 84.1%, blind33 85.7%,
    // blind34 91.2%, blind35 94.5%).
    { file: "blind32.jsonl", floor: 0.995, rows: 226, near: 1 },
    { file: "blind33.jsonl", floor: 0.965, rows: 224, near: 0.965 },
    { file: "blind34.jsonl", floor: 0.99, rows: 226, near: 1 },
    { file: "blind35.jsonl", floor: 0.99, rows: 220, near: 1 },
    // Round nine's check set (91.5% untouched, never opened in that round), tuned on since.
    { file: "val9.jsonl", rows: 224, floor: 0.98, abstain: 1, near: 1 },
    // Written apart at the start of round ten, scored untouched (blind36 85.2%, blind37 88.0%,
    // blind38 95.0%, blind39 77.8%); floors just under their end-of-round figures.
    { file: "blind36.jsonl", floor: 0.96, rows: 230, near: 0.97 },
    { file: "blind37.jsonl", floor: 0.97, rows: 234, near: 1 },
    { file: "blind38.jsonl", floor: 0.99, rows: 222, near: 1, abstain: 1 },
    { file: "blind39.jsonl", floor: 0.965, rows: 225, near: 1, abstain: 1 },
    // val10 was never opened in round ten; it is tuned on from round eleven.
    { file: "val10.jsonl", rows: 228, floor: 0.97, abstain: 1, near: 1 },
    // Written apart at the start of round eleven, scored untouched (blind40 91.0%, blind41 90.3%,
    // blind42 92.8%, blind43 93.0%); floors just under their end-of-round figures.
    { file: "blind40.jsonl", floor: 0.985, rows: 221, near: 1 },
    { file: "blind41.jsonl", floor: 0.99, rows: 258, near: 1 },
    { file: "blind42.jsonl", floor: 0.99, rows: 250, near: 0.985 },
    { file: "blind43.jsonl", floor: 0.99, rows: 228, near: 1 },
    // val11 was never opened in round eleven; it is tuned on from round twelve.
    { file: "val11.jsonl", rows: 229, floor: 0.98, abstain: 1, near: 1 },
    // Written apart at the start of round twelve, scored untouched (blind44 94.7%, blind45 88.0%,
    // blind46 88.7%); floors just under their end-of-round figures.
    { file: "blind44.jsonl", floor: 0.985, rows: 150, near: 1 },
    { file: "blind45.jsonl", floor: 0.98, rows: 150, near: 1 },
    { file: "blind46.jsonl", floor: 0.98, rows: 150, near: 1 },
    // Written apart at the end of round twelve (91.0% untouched): near and other-company questions
    // beside their covered cousins.
    { file: "blind47.jsonl", floor: 0.99, rows: 200, near: 0.99, abstain: 1 },
    // A second late set of the same kinds, in two more personas (88.5% untouched).
    { file: "blind48.jsonl", floor: 0.975, rows: 200, near: 0.99, abstain: 1 },
    // val12 was never opened in round twelve; it is tuned on from round thirteen.
    { file: "val12.jsonl", rows: 230, floor: 0.99, abstain: 1, near: 1 },
    // Written apart at the start of round thirteen, scored untouched (blind49 92.5%, blind50 86.5%,
    // blind51 88.7%, blind52 96.7%); floors just under their end-of-round figures.
    { file: "blind49.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    { file: "blind50.jsonl", floor: 0.98, rows: 200, near: 0.96, abstain: 1 },
    { file: "blind51.jsonl", floor: 0.99, rows: 150, near: 0.975, abstain: 1 },
    { file: "blind52.jsonl", floor: 0.99, rows: 150, near: 1, abstain: 1 },
    // Written apart during round thirteen and kept from its first helpers (blind53 85.5%, blind54
    // 83.5% untouched), then tuned on.
    { file: "blind53.jsonl", floor: 0.97, rows: 200, near: 0.975, abstain: 1 },
    { file: "blind54.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    // val13 was never opened in round thirteen; it is tuned on from round fourteen.
    { file: "val13.jsonl", rows: 230, floor: 0.973, abstain: 1, near: 1 },
    // Written apart at the start of round fourteen, scored untouched (blind55 92.0%, blind56 94.0%,
    // blind57 93.0%, blind58 87.5%, blind59 90.5%, blind60 87.0%); floors just under their
    // end-of-round figures.
    { file: "blind55.jsonl", floor: 0.995, rows: 200, near: 0.985, abstain: 1 },
    { file: "blind56.jsonl", floor: 0.999, rows: 200, near: 1, abstain: 1 },
    { file: "blind57.jsonl", floor: 0.995, rows: 200, near: 1, abstain: 1 },
    { file: "blind58.jsonl", floor: 0.98, rows: 200, near: 0.965, abstain: 1 },
    { file: "blind59.jsonl", floor: 0.965, rows: 200, near: 0.985, abstain: 1 },
    { file: "blind60.jsonl", floor: 0.995, rows: 200, near: 1, abstain: 1 },
    // Written apart during round fourteen and kept from its first helpers (blind61 90.0%, blind62
    // 93.5% untouched; 90.5% and 93.5% after the first wave), then tuned on.
    { file: "blind61.jsonl", floor: 0.99, rows: 200, near: 0.98, abstain: 1 },
    { file: "blind62.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    // val14 was never opened in round fourteen; it is tuned on from round fifteen.
    { file: "val14.jsonl", rows: 230, floor: 0.98, abstain: 1, near: 0.97 },
    // Written apart at the start of round fifteen, scored untouched (blind63 77.0%, blind64 93.0%,
    // blind65 90.0%, blind66 88.0%, blind67 85.5%, blind68 95.5%); floors just under their
    // end-of-round figures.
    { file: "blind63.jsonl", floor: 0.945, rows: 200, near: 1, abstain: 1 },
    { file: "blind64.jsonl", floor: 0.995, rows: 200, near: 1, abstain: 1 },
    { file: "blind65.jsonl", floor: 0.99, rows: 200, near: 0.98, abstain: 1 },
    { file: "blind66.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    { file: "blind67.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    { file: "blind68.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    // Written apart at the start of round sixteen, scored untouched (blind69 89.0%, blind70 85.0%,
    // blind71 85.5%, blind72 86.5%, blind73 92.0%, blind74 88.0%); floors just under their
    // end-of-round figures.
    { file: "blind69.jsonl", floor: 0.955, rows: 200, near: 1, abstain: 1 },
    { file: "blind70.jsonl", floor: 0.945, rows: 200, near: 1, abstain: 1 },
    { file: "blind71.jsonl", floor: 0.975, rows: 200, near: 0.965, abstain: 1 },
    { file: "blind72.jsonl", floor: 0.985, rows: 200, near: 1, abstain: 1 },
    { file: "blind73.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    { file: "blind74.jsonl", floor: 0.965, rows: 200, near: 1, abstain: 1 },
    // val15 was never opened in round fifteen; it is tuned on from round sixteen.
    { file: "val15.jsonl", rows: 230, floor: 0.975, near: 1, abstain: 1 },
    // Written apart at the start of round seventeen like the held-out sets (a standard mix, two
    // personas each), scored untouched (blind75 97.0%, blind76 93.0%, blind77 97.0%, blind78
    // 97.0%); floors just under their end-of-round figures.
    { file: "blind75.jsonl", floor: 0.99, rows: 200, near: 0.965, abstain: 1 },
    { file: "blind76.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    { file: "blind77.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    { file: "blind78.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    // val16 was never opened in round sixteen; it is tuned on from round seventeen.
    { file: "val16.jsonl", rows: 230, floor: 0.99, abstain: 1, near: 1 },
    // Written apart at the start of round eighteen like the held-out sets (a standard mix, two
    // personas each), scored untouched (blind79 96.5%, blind80 90.0%, blind81 97.0%, blind82
    // 91.5%), and in its middle on the engine of that moment (blind83 94.0%, blind84 94.5%, blind85
    // 94.5%, blind86 94.0%); floors just under their end-of-round figures.
    { file: "blind79.jsonl", floor: 0.995, rows: 200, near: 1, abstain: 1 },
    { file: "blind80.jsonl", floor: 0.98, rows: 200, near: 0.97, abstain: 1 },
    { file: "blind81.jsonl", floor: 0.99, rows: 200, near: 0.965, abstain: 1 },
    { file: "blind82.jsonl", floor: 0.98, rows: 200, near: 0.965, abstain: 1 },
    { file: "blind83.jsonl", floor: 0.98, rows: 200, near: 0.965, abstain: 1 },
    { file: "blind84.jsonl", floor: 0.985, rows: 200, near: 0.965, abstain: 1 },
    { file: "blind85.jsonl", floor: 0.985, rows: 200, near: 0.97, abstain: 1 },
    { file: "blind86.jsonl", floor: 0.99, rows: 200, near: 0.965, abstain: 1 },
    // val17 was never opened in round seventeen; it is tuned on from round eighteen.
    { file: "val17.jsonl", rows: 230, floor: 0.995, abstain: 1, near: 1 },
    // Written apart at the start of round nineteen like the held-out sets (a standard mix, two
    // personas each), scored untouched (blind87 94.5%, blind88 96.0%, blind89 92.0%, blind90
    // 79.5%); floors just under their end-of-round figures.
    { file: "blind87.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    { file: "blind88.jsonl", floor: 0.98, rows: 200, near: 1, abstain: 1 },
    { file: "blind89.jsonl", floor: 0.99, rows: 200, near: 0.965, abstain: 1 },
    { file: "blind90.jsonl", floor: 0.99, rows: 200, near: 0.965, abstain: 1 },
    // val18 was never opened in round eighteen; it is tuned on from round nineteen.
    { file: "val18.jsonl", rows: 230, floor: 0.995, abstain: 1, near: 0.97 },
    // val19 was never opened in round nineteen; it is tuned on from round twenty.
    { file: "val19.jsonl", rows: 230, floor: 0.99, abstain: 1, near: 0.97 },
    // Written apart at the start of round twenty like the held-out sets (a standard mix, two
    // personas each), scored untouched (blind91 91.5%, blind92 93.5%, blind93 94.0%, blind94
    // 95.5%); floors just under their end-of-round figures.
    { file: "blind91.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    { file: "blind92.jsonl", floor: 0.985, rows: 200, near: 0.965, abstain: 1 },
    { file: "blind93.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    { file: "blind94.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    // Written apart at the start of round twenty-one like the held-out sets (a standard mix, two
    // personas each), scored untouched (blind95 96.5%, blind96 81.5%, blind97 93.5%, blind98
    // 87.0%); floors just under their end-of-round figures.
    { file: "blind95.jsonl", floor: 0.985, rows: 200, near: 1, abstain: 1 },
    { file: "blind96.jsonl", floor: 0.955, rows: 200, near: 0.965, abstain: 1 },
    { file: "blind97.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    { file: "blind98.jsonl", floor: 0.965, rows: 200, near: 0.935, abstain: 1 },
    // val20 was never opened in round twenty; it is tuned on from round twenty-one.
    { file: "val20.jsonl", rows: 230, floor: 0.985, abstain: 1, near: 0.97 },
    // val21 was never opened in round twenty-one; it is tuned on from round twenty-two.
    { file: "val21.jsonl", rows: 230, floor: 0.975, abstain: 1, near: 1 },
    // Written apart at the start of round twenty-two like the held-out sets (a standard mix, two
    // personas each), scored untouched (blind99 83.0%, blind100 92.0%, blind101 90.5%, blind102
    // 90.0%); floors just under their end-of-round figures.
    { file: "blind99.jsonl", floor: 0.995, rows: 200, near: 1, abstain: 1 },
    { file: "blind100.jsonl", floor: 0.99, rows: 200, near: 0.965, abstain: 1 },
    { file: "blind101.jsonl", floor: 0.975, rows: 200, near: 1, abstain: 0.955 },
    { file: "blind102.jsonl", floor: 0.965, rows: 200, near: 1, abstain: 1 },
    // val22 was never opened in round twenty-two; it is tuned on from round twenty-three.
    { file: "val22.jsonl", rows: 230, floor: 0.98, abstain: 0.97, near: 0.945 },
    // Written apart at the start of round twenty-three like the held-out sets (a standard mix,
    // two personas each), scored untouched: blind103 (dialects, Korean-English code-switching)
    // 93.0%, blind104 (direction of money) 88.5%, blind105 (slang, short fragments) 88.5%, blind106
    // (comparisons, motives) 95.0%.
    { file: "blind103.jsonl", floor: 0.99, rows: 200, near: 1, abstain: 1 },
    { file: "blind104.jsonl", floor: 0.95, rows: 200, near: 1, abstain: 1 },
    // blind105 tuned by short23 (slang, short fragments): 88.5% -> 96.0%.
    { file: "blind105.jsonl", floor: 0.985, rows: 200, near: 0.96, abstain: 1 },
    { file: "blind106.jsonl", floor: 0.995, rows: 200, near: 0.965, abstain: 1 },
    // val23 was never opened in round twenty-three; it is tuned on from round twenty-four.
    { file: "val23.jsonl", rows: 230, floor: 0.985, abstain: 1, near: 1 },
    // Written apart at the start of round twenty-four, scored untouched: blind107 (confirmations)
    // 93.0%, blind108 (slang, chat-speak, fragments) 95.5%, blind109 (direction of money, two-part
    // questions) 91.5%, blind110 (voice-to-text, code-switching, long polite messages) 89.0%.
    { file: "blind107.jsonl", floor: 0.97, rows: 200, near: 1, abstain: 1 },
    { file: "blind108.jsonl", floor: 0.98, rows: 200, near: 1, abstain: 1 },
    { file: "blind109.jsonl", floor: 0.955, rows: 200, near: 1, abstain: 1 },
    { file: "blind110.jsonl", floor: 0.975, rows: 200, near: 1, abstain: 1 },
    // val24 was never opened in round twenty-four; it is tuned on from round twenty-five.
    { file: "val24.jsonl", rows: 230, floor: 0.935, abstain: 1, near: 0.94 },
    // val25 was scored for its figures only in round twenty-five (89.1%); tuned on from round
    // twenty-six.
    { file: "val25.jsonl", rows: 230, floor: 0.93, abstain: 1, near: 0.97 },
    // val27 was written in round twenty-seven and tuned on at once: its Korean half (dialect, a
    // TA's numbered questions, a parent asking for a child, stock-forum slang) 96.5% when first
    // scored, its English half (an Irish pensioner, Singlish, a debate student, a procurement
    // officer) 87.8%; 94.8% at the end of the round, 97.8% at the end of round twenty-eight.
    { file: "val27.jsonl", rows: 230, floor: 0.98, abstain: 1, near: 0.97 },
    // val28 was written in round twenty-eight and tuned on at once: its Korean half (Daegu
    // dialect, an analyst's shorthand, a grandmother's long polite asks, a founder) 93.9% when
    // first scored, its English half (WallStreetBets, a hedging policy researcher, Indian
    // English, a podcaster) 96.5%; 98.3% at the end of the round.
    { file: "val28.jsonl", rows: 230, floor: 0.98, abstain: 1, near: 1 },
    // val29 was written in round twenty-nine and tuned on at once: its Korean half (Busan
    // dialect, a founder's loanwords, a student's report, a doubting blogger) 93.9% when first
    // scored, its English half (an Australian tradesman, a Brazilian learner, a competition-law
    // wonk, a podcaster) 96.5%; 98.3% at the end of the round.
    { file: "val29.jsonl", rows: 230, floor: 0.98, abstain: 1, near: 1 },
    // val29b was written later in round twenty-nine by two more writers and tuned on at once: its
    // Korean half (Jeolla dialect, a phone typist, stock-forum comments, a retired teacher's
    // long asks) 94.8% when first scored, its English half (a Texan retiree, Nigerian pidgin, a
    // product manager's fragments, a teacher) 92.2%; 98.7% at the end of the round.
    { file: "val29b.jsonl", rows: 230, floor: 0.985, abstain: 1, near: 1 },
    // val29c (115 English rows: a barrister's hedged asks, an all-caps day trader, Singlish, an
    // Irish farmer), written at the end of round twenty-nine after held-out-29b's English half
    // scored 80%, and tuned on at once: 89.6% when first scored, 93.0% at the end.
    { file: "val29c.jsonl", rows: 115, floor: 0.98, abstain: 1, near: 1 },
    // val30c (115 English rows: a compliance lawyer's hedged asks, an academic economist, a
    // newspaper editor checking copy, a civil servant's briefing), written at the start of round
    // thirty; 91.3% when first scored.
    // val30a (115 Korean rows: an office worker at lunch, a high-school student, 전라도 사투리, a
    // financial analyst's terse asks), written in round thirty; 97.4% when first scored.
    { file: "val30a.jsonl", rows: 115, floor: 0.99, abstain: 1, near: 1 },
    // val30b (115 English rows: a think-tank policy wonk, an Australian, a Korean writing simple
    // English, a Gen Z meme poster), written in round thirty; 93.0% when first scored.
    { file: "val30b.jsonl", rows: 115, floor: 0.955, abstain: 1, near: 1 },
    { file: "val30c.jsonl", rows: 115, floor: 0.99, abstain: 1, near: 1 },
    // val30d (115 English rows: an all-caps day trader, Nigerian Pidgin and Singlish, a fast typist
    // running words together, voice dictation), written in round thirty; 95.7% when first scored.
    { file: "val30d.jsonl", rows: 115, floor: 1, abstain: 1, near: 1 },
    // val31a (115 Korean rows: a farmer dictating by voice, a law-firm associate, 급식체, a
    // Korean-American mixing 반말 and English), written in round thirty-one; 96.5% when first
    // scored, 98.3% at the end of the round, 99.1% after round thirty-two.
    { file: "val31a.jsonl", rows: 115, floor: 0.99, abstain: 1, near: 1 },
    // val31b (115 English rows: an Irish storyteller, a hedge-fund analyst's shorthand, a
    // 12-year-old, a fact-checker), written in round thirty-one; 93.0% when first scored, 95.7% at
    // the end of the round, 97.4% after round thirty-two, 98.3% after round thirty-five.
    { file: "val31b.jsonl", rows: 115, floor: 1, abstain: 1, near: 1 },
    // val31c (115 English rows: a Texan rancher-investor, a South African founder, a
    // wallstreetbets poster, a careful Japanese learner of English), written in round thirty-one;
    // 93.0% when first scored, 97.4% at the end of the round, 99.1% after round thirty-two.
    { file: "val31c.jsonl", rows: 115, floor: 1, abstain: 1, near: 1 },
    // val31d (115 Korean rows: 제주 dialect, a startup CFO's finance Korean, an elderly reader
    // writing numbers in words, a K-pop fan's shorthand), written in round thirty-one; 91.3% when
    // first scored, 93.0% at the end of the round, 93.9% after round thirty-five.
    { file: "val31d.jsonl", rows: 115, floor: 0.955, abstain: 1, near: 0.88 },
    // val31e and val31f (115 English rows each, weighted to advice, near, meta, fact-sheet and
    // entity rows: a British broadsheet reader, a debate student's "isn't it true that", a
    // Brazilian and a Spanish speaker writing literal English, a rambling podcaster, a Scottish
    // teacher's letters, a hedging newspaper reader, a talk-radio host), written in round
    // thirty-one after held-out-31's English half scored 84.3%; 92.2% and 96.5% when first scored,
    // 97.4% and 98.3% at the end of the round, 98.3% and 100% after round thirty-two; val31e 99.1%
    // after round thirty-four.
    { file: "val31e.jsonl", rows: 115, floor: 0.99, abstain: 1, near: 1 },
    { file: "val31f.jsonl", rows: 115, floor: 1, abstain: 1, near: 1 },
    // val32d (115 Korean rows: an accountant, a KakaoTalk group chat, a soldier's 다나까, 경상도
    // dialect), written in round thirty-two; 97.4% when first scored, 99.1% at the end of the round.
    // val32c (115 English rows: a terse engineer's Slack messages, a high-school teacher, a
    // Canadian journalist, a careful Japanese learner of English), written in round thirty-two;
    // 95.7% when first scored, 96.5% at the end of round thirty-three, 99.1% at the end of round
    // thirty-four, 100% at the end of round thirty-five.
    { file: "val32c.jsonl", rows: 115, floor: 1, abstain: 1, near: 1 },
    { file: "val32d.jsonl", rows: 115, floor: 0.99, abstain: 0.94, near: 1 },
    // val32f (115 English rows weighted to meta, two-part and number rows: a Kenyan lecturer, a
    // retired Texas rancher, a sarcastic reply guy, a Polish tester), written in round thirty-two
    // after held-out-32's English half scored 87.0%; 83.5% when first scored, 87.8% at the end of
    // round thirty-three, 90.4% at the end of round thirty-four.
    { file: "val32f.jsonl", rows: 115, floor: 0.91, abstain: 1, near: 1 },
    // val33a (115 Korean rows: a Daegu student's fast 반말, a 경상도 shop owner without spaces, a
    // civil servant's 합니다체, a crypto-forum regular's 초성) and val33c (115 Korean rows: a
    // KakaoTalk investor group, a Pangyo developer, a retired teacher's numbers in hangul, 급식체),
    // written in round thirty-three; 100% and 94.8% when first scored, 100% and 97.4% at the end
    // of the round; val33c 98.3% at the end of round thirty-five.
    { file: "val33a.jsonl", rows: 115, floor: 1, abstain: 1, near: 1 },
    { file: "val33c.jsonl", rows: 115, floor: 0.98, abstain: 1, near: 1 },
    // val33d (115 English rows: an Australian tradie, a Japanese student's careful English, a
    // hedge-fund analyst's jargon, a Brazilian product manager's typos) and val33h (115 English
    // rows: a retired teacher spelling out numbers, a South African crypto trader, a French PhD
    // student's European number formats, a sarcastic poster), written in round thirty-three; 94.8%
    // and 90.4% when first scored (after the round's sixth change), 96.5% and 97.4% at the end of
    // the round; val33h 98.3% at the end of round thirty-four, 100% at the end of round thirty-five.
    { file: "val33d.jsonl", rows: 115, floor: 0.965, abstain: 1, near: 0.94 },
    { file: "val33h.jsonl", rows: 115, floor: 1, abstain: 1, near: 1 },
    // val34h (115 English rows: a venture-capital analyst's deal jargon, a sceptical fact-checking
    // journalist), written in round thirty-four; 92.2% when first scored (after the round's fourth
    // change), 95.7% at the end of the round, 97.4% at the end of round thirty-five.
    { file: "val34h.jsonl", rows: 115, floor: 0.97, abstain: 1, near: 1 },
    // val34e (115 Korean rows: an IT trade reporter's formal 합쇼체, a cloud engineer mixing in
    // English terms) and val34f (115 English rows: a German engineer's careful non-native English,
    // a Spanish-speaking student's ESL slips), written in round thirty-four; 91.3% and 93.9% when
    // first scored (after the round's seventh change), 93.0% and 99.1% at the end of the round,
    // 95.7% and 100% at the end of round thirty-five.
    { file: "val34e.jsonl", rows: 115, floor: 0.955, abstain: 0.94, near: 1 },
    { file: "val34f.jsonl", rows: 115, floor: 1, abstain: 1, near: 1 },
    // val36b (115 English rows: an Irish pub-quiz host's trick questions, an Indian cloud-sales
    // manager's abbreviations), written in round thirty-six and in after its last change: 93.9%
    // when first scored. Next round's to tune on.
    // val36a (115 Korean rows: a Daegu caregiver typing without spaces, a venture-capital
    // associate's English jargon in Korean), in after round thirty-six's changes: 92.2% when first
    // scored. Next round's to tune on.
    { file: "val36a.jsonl", rows: 115, floor: 0.97, abstain: 1, near: 1 },
    { file: "val36b.jsonl", rows: 115, floor: 0.965, abstain: 1, near: 1 },
    // val36c (115 Korean rows weighted to near, off-topic, advice and entity rows: a Jeju farmer
    // half-remembering the TV news, a Daejeon AI graduate student's pedantic asks), in after round
    // thirty-six's changes: 93.9% when first scored. Next round's to tune on.
    { file: "val36c.jsonl", rows: 115, floor: 0.98, abstain: 1, near: 1 },
    // val36f (115 English rows: a Texas oil-and-gas investor wary of AI hype, a Korean-American
    // student dropping Korean words into English), in after round thirty-six's changes: 95.7%
    // when first scored. Next round's to tune on.
    { file: "val36f.jsonl", rows: 115, floor: 0.99, abstain: 1, near: 1 },
    // val37c (115 Korean rows weighted to near, off-topic, advice and entity rows: an Incheon
    // logistics manager's English business words, a Suwon freshman's chat abbreviations), in after
    // round thirty-seven's changes: 90.4% when first scored (near rows 82.8%). Next round's to
    // tune on.
    { file: "val37c.jsonl", rows: 115, floor: 0.935, abstain: 1, near: 0.93 },
    // Written in round thirty-seven, in too late for it, first scored at the start of round
    // thirty-eight and tuned on since: val37b (English: a Nigerian fintech founder, a retired
    // British civil servant) 93.9%; val37d (English, weighted to near rows: a Canadian journalism
    // teacher, a Brazilian engineer) 93.0%; val37e (Korean: a Gangneung investor writing numbers
    // in hangul, a Cheongju civil servant's formal endings) 98.3%. At the end of round thirty-eight:
    // 96.5%, 95.7% and 99.1%.
    { file: "val37b.jsonl", rows: 115, floor: 0.98, abstain: 1, near: 1 },
    { file: "val37d.jsonl", rows: 115, floor: 0.97, abstain: 1, near: 0.965 },
    { file: "val37e.jsonl", rows: 115, floor: 1, abstain: 1, near: 1 },
    // Written in round thirty-eight, in too late for it, first scored at the start of round
    // thirty-nine and tuned on since: val38a (Korean: a Daegu restaurant owner, a Gwangju nurse)
    // 92.2%; val38b (English: a Bengaluru IT consultant counting in lakh and crore, an Australian
    // tradie) 94.8%; val38c (Korean, weighted to near rows: a Jeonju grandmother, a Pangyo
    // developer) 86.1%; val38d (English, weighted to near rows: a Singlish undergraduate, a retired
    // Irish teacher) 90.4%.
    { file: "val38a.jsonl", rows: 115, floor: 0.965, abstain: 1, near: 1 },
    { file: "val38b.jsonl", rows: 115, floor: 0.99, abstain: 1, near: 1 },
    { file: "val38c.jsonl", rows: 115, floor: 0.92, abstain: 1, near: 0.86 },
    { file: "val38d.jsonl", rows: 115, floor: 0.945, abstain: 1, near: 0.965 },
    // Written in round thirty-nine, in during it, first scored after its second change and tuned on
    // since: val39a (Korean: a Changwon foreman's Gyeongsang dialect, a Sejong public servant's
    // unspaced abbreviations) 93.0%; val39b (English: a Texan landman, a Kenyan data-science
    // student's British spelling) 89.6%; val39c (Korean, weighted to near rows: a Jeju tangerine
    // farmer, a Yeouido analyst's jargon) 86.1%; val39d (English, weighted to near rows: a Jamaican-
    // born London bus driver, a German auto engineer) 83.5% (answer rows 66.7%); val39e (Korean: a
    // Daejeon physics teacher writing numbers in hangul, a Bucheon webtoon artist's slang without
    // spaces) 89.6%; val39f (English: a New Zealand sheep farmer, a Hong Kong fund clerk's clipped
    // English) 86.1%. At the end of round thirty-nine: 93.9%, 92.2%, 91.3%, 94.8%, 90.4% and 91.3%;
    // val38a-d at 93.0%, 97.4%, 87.0% and 92.2%.
    { file: "val39a.jsonl", rows: 115, floor: 0.945, abstain: 1, near: 1 },
    { file: "val39b.jsonl", rows: 115, floor: 0.935, abstain: 0.94, near: 1 },
    { file: "val39c.jsonl", rows: 115, floor: 0.945, abstain: 1, near: 0.93 },
    { file: "val39d.jsonl", rows: 115, floor: 0.955, abstain: 1, near: 1 },
    { file: "val39e.jsonl", rows: 115, floor: 0.93, abstain: 1, near: 0.94 },
    { file: "val39f.jsonl", rows: 115, floor: 0.935, abstain: 1, near: 1 },
    // Asked for after round thirty-nine's last change, after its held-out files, and next round's to
    // tune on: val39i (Korean, weighted to near rows: a Mokpo fish-market auctioneer's Jeolla
    // dialect, a Suwon chip engineer's technical words) 82.6% (near rows 75.9%); val39j (English,
    // weighted to near rows: a Glasgow taxi driver's Scots, a Mumbai chartered accountant's formal
    // Indian English) 80.0% (answer rows 67.9%). Tuned on in round forty: 90.4% and 92.2%.
    { file: "val39i.jsonl", rows: 115, floor: 0.955, abstain: 1, near: 0.93 },
    { file: "val39j.jsonl", rows: 115, floor: 0.955, abstain: 1, near: 0.93 },
    // Asked for at the start of round forty and tuned on in it: val40a (Korean: a Chungju orchard
    // owner's Chungcheong dialect, a Gangnam mom-café chat) 85.2%; val40b (English: a Cockney
    // market trader, an Accra accountant's Ghanaian English) 83.5% (answer rows 77.2%). At the
    // round's end: 91.3% and 95.7%.
    { file: "val40a.jsonl", rows: 115, floor: 0.965, abstain: 1, near: 1 },
    { file: "val40b.jsonl", rows: 115, floor: 0.97, abstain: 1, near: 1 },
    // Asked for after round forty's last change, after its held-out files, and next round's to
    // tune on: val40i (Korean, weighted to near rows: a Chuncheon restaurant owner's Gangwon
    // dialect, a Seoul high-school senior's 급식체) 84.3% (answer rows 75.4%); val40j (English,
    // weighted to near rows: a West Virginia retired miner, a Silicon Valley product manager's
    // jargon) 83.5% (answer rows 75.4%). Tuned on in round forty-one: 92.2% and 91.3% at its end.
    { file: "val40i.jsonl", rows: 115, floor: 0.945, abstain: 1, near: 1 },
    { file: "val40j.jsonl", rows: 115, floor: 0.935, abstain: 1, near: 0.925 },
    // Asked for at the start of round forty-one, scored after its last change, and next round's
    // to tune on: val41i (Korean, weighted to near rows: a Daegu stock YouTuber's hype, a Sejong
    // civil servant's 개조식 reports) 88.7% (answer rows 82.5%); val41j (English, weighted to near
    // rows: a Louisiana Cajun shrimper, an IIT Delhi student's Indian English) 84.3% (answer rows
    // 78.6%). Tuned on in round forty-two: 94.8% and 93.0% at its end.
    { file: "val41i.jsonl", rows: 115, floor: 0.965, abstain: 1, near: 0.96 },
    { file: "val41j.jsonl", rows: 115, floor: 0.955, abstain: 1, near: 0.965 },
    // Asked for at the start of round forty-two, scored after its last change, and next round's
    // to tune on: val42i (Korean, weighted to near rows: a Mokpo fishmonger's Jeolla dialect, a
    // Korean-American's Korean mixed with English) 90.4% (answer rows 91.2%, near 23 of 28);
    // val42j (English, weighted to near rows: a Dublin pub landlord, a Manila call-centre agent's
    // polite Taglish) 88.7% (answer rows 82.5%). Tuned on in round forty-three: 99.1% and 99.1%
    // at its end.
    { file: "val42i.jsonl", rows: 115, floor: 0.99, abstain: 1, near: 1 },
    { file: "val42j.jsonl", rows: 115, floor: 0.99, abstain: 1, near: 1 },
    // Asked for at the start of round forty-three, scored after its last change, and next round's
    // to tune on: val43i (Korean, weighted to near rows: a Gwangju taxi driver's voice-typed
    // Jeolla dialect, a Pangyo developer's terse 음슴체) 83.5% (answer rows 80.7%, near 23 of 28);
    // val43j (English, weighted to near rows: a Jamaican-born London bus driver's patois, a
    // retired Saskatchewan chemistry teacher) 86.1% (answer rows 76.8%, slang 1 of 6). Tuned on
    // in round forty-four: 95.7% and 95.7% at its end.
    { file: "val43i.jsonl", rows: 115, floor: 0.955, abstain: 0.965, near: 1 },
    { file: "val43j.jsonl", rows: 115, floor: 0.965, abstain: 1, near: 1 },
    // Asked for at the start of round forty-four, scored after its last change: val44i (Korean,
    // weighted to near rows: an Ulsan car-plant union worker's Gyeongsang dialect, a Daejeon
    // retiree's Chungcheong dialect) 91.3% (answer rows 86.0%, near 27 of 28); val44j (English,
    // weighted to near rows: a Yorkshire sheep farmer, a Hong Kong trader's Cantonese-English
    // shorthand) 83.5% (answer rows 80.4%, near 21 of 29). Tuned on in round forty-five: 98.3%
    // and 91.3% at its end.
    { file: "val44i.jsonl", rows: 115, floor: 0.98, abstain: 1, near: 1 },
    { file: "val44j.jsonl", rows: 115, floor: 0.91, abstain: 1, near: 0.93 },
    // Asked for at the start of round forty-five, scored after its last change, and next round's
    // to tune on: val45i (Korean, weighted to near rows: an army conscript's 다나까체 and barracks
    // slang, a Cheongju homemaker's Chungcheong endings and autocorrect slips) 93.9% (answer rows
    // 91.1%, near 28 of 29); val45j (English, weighted to near rows: a Newfoundland fisherman, a
    // Minnesota dairy farmer) 87.8% (answer rows 78.6%, near 27 of 29, plain 2 of 4). Tuned on
    // in round forty-six: 96.5% and 97.4% at its end.
    { file: "val45i.jsonl", rows: 115, floor: 0.99, abstain: 0.965, near: 1 },
    { file: "val45j.jsonl", rows: 115, floor: 0.97, abstain: 1, near: 0.965 },
    // Asked for at the start of round forty-six, scored after its last change, and next round's
    // to tune on: val46i (Korean, weighted to near rows: a retired securities analyst's finance
    // jargon, a Korean-American student's broken Korean with English mixed in) 89.6% (answer rows
    // 85.7%, near 27 of 29, confirmation 6 of 10); val46j (English, weighted to near rows: a Sydney
    // tradie's Australian slang, a London venture-capital associate's deal jargon) 88.7% (answer
    // rows 78.9%, near 28 of 28, slang 3 of 6, fact sheet 4 of 6). Tuned on in round forty-seven:
    // 96.5% and 96.5% at its end.
    { file: "val46i.jsonl", rows: 115, floor: 0.965, abstain: 0.965, near: 0.965 },
    { file: "val46j.jsonl", rows: 115, floor: 0.965, abstain: 1, near: 1 },
    // Asked for at the start of round forty-seven, scored after its last change, and next round's
    // to tune on: val47i (Korean, weighted to near rows: a Busan shipyard welder's 부산 사투리, a
    // Seoul law student's contract terms) 91.3% (answer rows 86.0%, near 28 of 28, off-topic and
    // advice 28 of 30); val47j (English, weighted to near rows: a Singaporean logistics
    // coordinator's Singlish, a retired Manitoba schoolteacher's two-in-one questions) 89.6%
    // (answer rows 80.7%, near 28 of 28). Tuned on in round forty-eight: 97.4% and 97.4% at its end.
    { file: "val47i.jsonl", rows: 115, floor: 0.97, abstain: 1, near: 1 },
    { file: "val47j.jsonl", rows: 115, floor: 0.97, abstain: 1, near: 1 },
    // Asked for at the start of round forty-eight, scored after its last change, and next round's
    // to tune on: val48i (Korean, weighted to near rows: a Suwon chip-fab line engineer, a Mokpo
    // grandmother learning about AI) 90.4% (answer rows 84.2%, near 26 of 28, off-topic and advice
    // 30 of 30); val48j (English, weighted to near rows: a Toronto pension-fund analyst, a Manila
    // call-centre team lead's Taglish) 79.1% (answer rows 62.5%, near 26 of 29). Tuned on in round
    // forty-nine: 94.8% and 80.9% at its end.
    { file: "val48i.jsonl", rows: 115, floor: 0.945, abstain: 1, near: 1 },
    { file: "val48j.jsonl", rows: 115, floor: 0.805, abstain: 1, near: 0.895 },
    // Asked for at the start of round forty-nine, scored after its last change, and next round's
    // to tune on: val49i (Korean, weighted to near rows: a Chuncheon high-school gamer's 급식체, a
    // retired Seoul bank branch manager's formal amounts) 92.2% (answer rows 89.3%, near 26 of 29,
    // off-topic and advice 30 of 30); val49j (English, weighted to near rows: a Sydney
    // electrician's Aussie slang, a Lagos crypto trader's Pidgin) 93.0% (answer rows 54 of 55, near
    // 24 of 30, off-topic and advice 29 of 30). Tuned on in round fifty: 97.4% and 98.3% at its end.
    { file: "val49i.jsonl", rows: 115, floor: 0.97, abstain: 1, near: 1 },
    { file: "val49j.jsonl", rows: 115, floor: 0.98, abstain: 1, near: 0.93 },
    // Asked for at the start of round fifty, scored after its last change, and next round's to
    // tune on: val50i (Korean, weighted to near rows: a Jeju tangerine farmer's 제주 speech, a Seoul
    // office worker's 인터넷 줄임말) 94.8% (answer rows 52 of 55, near 28 of 30, off-topic and
    // advice 29 of 30); val50j (English, weighted to near rows: a West Texas roughneck's Southern
    // English, a Mumbai student's Hinglish) 81.7% (answer rows 37 of 55, near 28 of 30, off-topic
    // and advice 29 of 30). Tuned on in round fifty-one: 94.8% and 82.6% at its end.
    { file: "val50i.jsonl", rows: 115, floor: 0.945, abstain: 0.965, near: 0.93 },
    { file: "val50j.jsonl", rows: 115, floor: 0.84, abstain: 0.965, near: 0.965 },
    // Asked for at the start of round fifty-one, scored with its held-outs (the same on the
    // round-start commit, after its first change and after its last), and next round's to tune
    // on: val51i (Korean, weighted to near rows: a university-hospital night nurse's ward
    // shorthand, a Seoul taxi driver's run-on 반말 with amounts in hangul) 88.7% (answer rows 43 of
    // 55, near 29 of 30, off-topic and advice 30 of 30); val51j (English, weighted to near rows: a
    // Hawaii surf-shop owner's Pidgin, a Chicago union electrician's numbers in words) 87.0%
    // (answer rows 46 of 55, near 28 of 30, off-topic and advice 26 of 30). Tuned on in round
    // fifty-two: 93.9% and 93.0% at its end.
    { file: "val51i.jsonl", rows: 115, floor: 0.935, abstain: 1, near: 0.965 },
    { file: "val51j.jsonl", rows: 115, floor: 0.93, abstain: 1, near: 1 },
    // Asked for at the start of round fifty-two, scored with its held-outs (on the round-start
    // commit and after its last change), and next round's to tune on: val52i (Korean, weighted to
    // near rows: a trot-singer fan club's president in her sixties, an entrance-exam cram school's
    // maths instructor) 89.6% (answer rows 51 of 55, near 24 of 30, off-topic and advice 28 of
    // 30); val52j (English, weighted to near rows: a Manchester indie-band drummer's Mancunian, a
    // Brooklyn pizzeria owner's New York talk) 90.4% (answer rows 51 of 56, near 24 of 29,
    // off-topic and advice 29 of 30). Tuned on in round fifty-three: 91.3% and 90.4% at its end.
    { file: "val52i.jsonl", rows: 115, floor: 0.91, abstain: 0.965, near: 0.8 },
    { file: "val52j.jsonl", rows: 115, floor: 0.92, abstain: 0.965, near: 0.86 },
    // Asked for at the start of round fifty-three and tuned on in it, beside val52i and val52j:
    // val53i (Korean, weighted to near rows: an elementary school teacher, a church pastor's
    // sermon-like formal prose) 90.4% on the round-start commit, 97.4% at its end (answer rows 54
    // of 55, near 28 of 30, off-topic and advice 30 of 30); val53j (English, weighted to near rows:
    // an Edinburgh barber's Scots, a retired Royal Navy cook's galley slang) 89.6%, then 93.9%
    // (answer rows 53 of 55, near 26 of 30, off-topic and advice 29 of 30).
    { file: "val53i.jsonl", rows: 115, floor: 0.98, abstain: 1, near: 0.965 },
    { file: "val53j.jsonl", rows: 115, floor: 0.99, abstain: 0.965, near: 1 },
    // Asked for at the start of round fifty-four and tuned on in it: val54i (Korean, weighted to
    // near rows: a 고3 student before the 수능, a kindergarten teacher's cute polite endings) 93.9%
    // on the round-start commit, 97.4% at its end (answer rows 52 of 55, near 30 of 30, off-topic
    // and advice 30 of 30); val54j (English, weighted to near rows: a New Orleans trombonist, a
    // Bronx barista) 94.8%, then 98.3% (answer rows 53 of 55, near 30 of 30, off-topic and
    // advice 30 of 30).
    { file: "val54i.jsonl", rows: 115, floor: 0.97, abstain: 1, near: 1 },
    { file: "val54j.jsonl", rows: 115, floor: 0.98, abstain: 1, near: 1 },
    // Asked for at the start of round fifty-five and tuned on in it: val55i (Korean, weighted to
    // near rows: a convenience-store night-shift part-timer, a neighbourhood hairdresser) 90.4% on
    // the round-start commit, 93.0% at its end (answer rows 51 of 55, near 26 of 30, off-topic and
    // advice 30 of 30); val55j (English, weighted to near rows: a South Philly butcher, an Alabama
    // wedding planner) 90.4%, then 93.9% (answer rows 49 of 55, near 29 of 30, off-topic and
    // advice 30 of 30); val55k (Korean, weighted to answer rows: a Jeju haenyeo, a soldier on
    // leave) 80.0%, then 85.2%; val55l (English, weighted to answer rows: a Harare dentist, a
    // Rotterdam crane operator) 85.2%, then 86.1%.
    { file: "val55i.jsonl", rows: 115, floor: 0.935, abstain: 1, near: 0.865 },
    { file: "val55j.jsonl", rows: 115, floor: 0.945, abstain: 1, near: 1 },
    { file: "val55k.jsonl", rows: 115, floor: 0.86, abstain: 1, near: 1 },
    { file: "val55l.jsonl", rows: 115, floor: 0.86, abstain: 1, near: 1 },
    // Asked for at the start of round fifty-six and tuned on in it: val56i (Korean, weighted to
    // near rows: a neighbourhood bakery owner, a dry-cleaner grandfather) 93.0% on the round-start
    // commit, 98.3% at its end (answer rows 54 of 54, near 29 of 31, off-topic and advice 30 of
    // 30); val56j (English, weighted to near rows: a Montreal Zamboni driver, a Cape Town florist)
    // 93.9%, then 97.4% (answer rows 52 of 54, near 30 of 31, off-topic and advice 30 of 30);
    // val56k (Korean, weighted to answer rows: a fish-market auctioneer, a golf caddie) 93.9%,
    // then 94.8%; val56l (English, weighted to answer rows: a crab-boat deckhand, a Dubai hotel
    // housekeeper) 85.2%, then 93.0%.
    { file: "val56i.jsonl", rows: 115, floor: 0.99, abstain: 1, near: 0.965 },
    { file: "val56j.jsonl", rows: 115, floor: 0.98, abstain: 1, near: 0.965 },
    { file: "val56k.jsonl", rows: 115, floor: 0.945, abstain: 1, near: 1 },
    { file: "val56l.jsonl", rows: 115, floor: 0.945, abstain: 1, near: 1 },
    // Asked for at the start of round fifty-seven and tuned on in it: val57i (Korean, weighted to
    // near rows: a neighbourhood hardware-store owner, a graduate student) 95.7% on the
    // round-start commit, 98.3% at its end (answer rows 54 of 55, near 29 of 30, off-topic and
    // advice 30 of 30); val57j (English, weighted to near rows: a Nairobi matatu driver, a Cork
    // pub landlady) 93.0%, then 97.4% (answer rows 52 of 55, near and off-topic 60 of 60); val57k
    // (Korean, weighted to answer rows: a side-dish shop owner, a Buddhist monk) 82.6%, then
    // 87.0%; val57l (English, weighted to answer rows: a Lagos tailor, a Saskatchewan
    // grain-elevator operator) 87.0%, then 94.8%.
    { file: "val57i.jsonl", rows: 115, floor: 0.98, abstain: 1, near: 0.965 },
    { file: "val57j.jsonl", rows: 115, floor: 0.97, abstain: 1, near: 1 },
    { file: "val57k.jsonl", rows: 115, floor: 0.885, abstain: 1, near: 1 },
    { file: "val57l.jsonl", rows: 115, floor: 0.945, abstain: 1, near: 1 },
    // Asked for at the start of round fifty-eight and tuned on in it: val58i (Korean, weighted to
    // near rows: a fried-chicken shop owner, a civil-service exam student) 94.8% on the
    // round-start commit, 98.3% at its end (answer rows 54 of 55, near 29 of 30, off-topic and
    // advice 30 of 30); val58j (English, weighted to near rows: an Oklahoma storm chaser, a Cape
    // Breton fiddler) 93.0%, then 98.3% (answer rows 53 of 55, near and off-topic 60 of 60);
    // val58k (Korean, weighted to answer rows: a neighbourhood photo-studio owner, a Busan city
    // bus driver) 95.7%, then 100%; val58l (English, weighted to answer rows: a Utah ski-lift
    // operator, an Everglades airboat guide) 89.6%, then 93.0%.
    { file: "val58i.jsonl", rows: 115, floor: 0.98, abstain: 1, near: 0.965 },
    { file: "val58j.jsonl", rows: 115, floor: 0.98, abstain: 1, near: 1 },
    { file: "val58k.jsonl", rows: 115, floor: 1, abstain: 1, near: 1 },
    { file: "val58l.jsonl", rows: 115, floor: 0.93, abstain: 1, near: 1 },
    // Written apart at the start of round twenty-five, scored untouched: blind111 (Korean nurses'
    // chat, Twitter fandom style) 89.5%, blind112 (Gen-Z comment speak, Irish/Scottish casual) 90.5%;
    // both weighted to near, entity, two-part, direction and confirmation rows. Tuned on since:
    // 96.5% and 95.0% at the end of round twenty-five.
    { file: "blind111.jsonl", floor: 0.975, rows: 200, near: 1, abstain: 1 },
    { file: "blind112.jsonl", floor: 0.955, rows: 200, near: 0.95, abstain: 1 },
  ];
  for (const { file, floor, rows = 230, near = 0.94, abstain = 1 } of tunedBlindSets) {
    it(`${file} (written apart, tuned on since): no regression, off-topic and near questions abstained`, () => {
      const report = evaluate(file);
      expect(report.results.length).toBeGreaterThanOrEqual(rows);
      expect(report.badQuotes).toBe(0);
      expect(report.accuracy, failures(report)).toBeGreaterThanOrEqual(floor);
      expect(share(report, "abstain"), failures(report)).toBeGreaterThanOrEqual(abstain);
      expect(share(report, "near"), failures(report)).toBeGreaterThanOrEqual(near);
    });
  }

  // The held-out sets measure what nobody tuned on. Their gates report only the figures, never
  // the questions, so a failing run cannot become a list to tune against. Floors: just under
  // the figures at the end of round seventeen.
  const heldOutSets = [
    { file: "held-out.jsonl", rows: 180, floor: 0.94, abstain: 1, near: 0.925 },
    // Round twenty-eight: a conversion at a rate the asker gives is computed (exchange-rate.ts),
    // a product decision against one row's label (h2-094, "환율 1400원으로 치면 50억 달러는 몇 조
    // 원이야?", labelled not covered): 96.6% and near 95.4% since.
    { file: "held-out-2.jsonl", rows: 268, floor: 0.965, abstain: 1, near: 0.95 },
    { file: "held-out-3.jsonl", rows: 254, floor: 0.95, abstain: 1, near: 0.965 },
    { file: "held-out-4.jsonl", rows: 226, floor: 0.99, abstain: 1, near: 0.975 },
    { file: "held-out-5.jsonl", rows: 220, floor: 0.98, abstain: 1, near: 0.975 },
    // Written at the start of round six, before any change (92.7% then).
    { file: "held-out-6.jsonl", rows: 220, floor: 0.965, abstain: 1, near: 1 },
    // Written at the start of round seven, before any change (92.0% then).
    { file: "held-out-7.jsonl", rows: 226, floor: 0.98, abstain: 1, near: 1 },
    // Written at the start of round eight, before any change (91.1% then).
    { file: "held-out-8.jsonl", rows: 225, floor: 0.955, abstain: 0.97, near: 1 },
    // Written at the start of round nine, before any change (88.7% then).
    { file: "held-out-9.jsonl", rows: 231, floor: 0.95, abstain: 0.97, near: 1 },
    // Written at the start of round ten, before any change (95.0% then).
    { file: "held-out-10.jsonl", rows: 242, floor: 0.975, abstain: 1, near: 0.975 },
    // Written at the start of round eleven, before any change (94.8% then).
    { file: "held-out-11.jsonl", rows: 232, floor: 0.965, abstain: 1, near: 1 },
    // Written at the start of round twelve, before any change (94.3% then).
    { file: "held-out-12.jsonl", rows: 230, floor: 0.99, abstain: 0.935, near: 1 },
    // Written at the start of round thirteen, before any change (95.7% then).
    { file: "held-out-13.jsonl", rows: 230, floor: 0.97, abstain: 1, near: 0.97 },
    // Written at the start of round fourteen, before any change (93.9% then).
    { file: "held-out-14.jsonl", rows: 230, floor: 0.96, abstain: 1, near: 0.945 },
    // Written at the start of round fifteen, before any change (93.5% then).
    { file: "held-out-15.jsonl", rows: 230, floor: 0.96, abstain: 1, near: 0.945 },
    // Written at the start of round sixteen, before any change (94.3% then).
    { file: "held-out-16.jsonl", rows: 230, floor: 0.955, abstain: 1, near: 0.97 },
    // Written at the start of round seventeen, before any change (96.5% then).
    { file: "held-out-17.jsonl", rows: 230, floor: 0.975, abstain: 1, near: 0.97 },
    // Written at the start of round eighteen, before any change (93.9% then).
    { file: "held-out-18.jsonl", rows: 230, floor: 0.96, abstain: 1, near: 1 },
    // Written at the start of round nineteen, before any change (98.7% then).
    { file: "held-out-19.jsonl", rows: 230, floor: 0.99, abstain: 1, near: 1 },
    // Written at the start of round twenty, before any change (97.0% then).
    { file: "held-out-20.jsonl", rows: 230, floor: 0.975, abstain: 1, near: 0.97 },
    // Written at the start of round twenty-one, before any change (98.7% then).
    { file: "held-out-21.jsonl", rows: 230, floor: 0.99, abstain: 1, near: 1 },
    // Written at the start of round twenty-two, before any change (95.7% then).
    { file: "held-out-22.jsonl", rows: 230, floor: 0.955, abstain: 1, near: 0.945 },
    // Written at the start of round twenty-three, before any change (92.6% then).
    { file: "held-out-23.jsonl", rows: 230, floor: 0.94, abstain: 0.97, near: 1 },
    // Written at the start of round twenty-four, before any change (87.0% then).
    { file: "held-out-24.jsonl", rows: 230, floor: 0.9, abstain: 0.97, near: 0.91 },
    // Written at the start of round twenty-five, before any change (92.6% then).
    { file: "held-out-25.jsonl", rows: 230, floor: 0.94, abstain: 1, near: 0.91 },
    // Written in round twenty-seven by two writers who never saw the project, scored once before
    // anything was changed with it in view (90.9% then).
    { file: "held-out-27.jsonl", rows: 230, floor: 0.93, abstain: 0.94, near: 0.97 },
    // Written in round twenty-eight by two writers who never saw the project, scored once after
    // the round's first six changes and before anything was changed with it in view (93.5% then).
    { file: "held-out-28.jsonl", rows: 230, floor: 0.95, abstain: 1, near: 0.94 },
    // Written in round twenty-nine by two writers who never saw the project, scored once after
    // the round's first four changes and before anything was changed with it in view (95.7%
    // then: both halves 95.7%, every off-topic and near question turned away).
    { file: "held-out-29.jsonl", rows: 230, floor: 0.965, abstain: 1, near: 1 },
    // Written in round twenty-nine by two more writers who never saw the project, scored once near
    // the round's end, after all its changes but the last (88.3%: its Korean half 96.5%, its
    // English half 80.0%); the last change (crypto slang, made from val29c) moved it to 89.1%.
    { file: "held-out-29b.jsonl", rows: 230, floor: 0.915, abstain: 1, near: 0.97 },
    // Written in round thirty by two writers who never saw the project (115 Korean, 115 English),
    // scored once after the round's first four changes, before any change with it in view: 97.0%
    // (Korean half 97.4%, English half 96.5%; answer rows 95.6%; off-topic and near 100%).
    { file: "held-out-30.jsonl", rows: 230, floor: 0.965, abstain: 1, near: 1 },
    // Written in round thirty by two more writers who never saw the project, scored once after the
    // round's fourteenth change, with two changes after it: 93.0% (Korean half 93.9%, English
    // half 92.2%; answer rows 91.3%; off-topic and near 97.1%).
    { file: "held-out-30b.jsonl", rows: 230, floor: 0.945, abstain: 0.97, near: 1 },
    // held-out-31 (a Busan office worker in 사투리, an economics student mixing in English terms, a
    // busy mom's clipped asks, a tech YouTuber's script checks; a British FT reader, a debate kid,
    // a Brazilian writing literal English, a rambling podcaster), scored once after round
    // thirty-one's third answering change: 90.0% (Korean half 95.7%, English half 84.3%). Two
    // later changes, made on tuning sets, moved it to 90.9%; never opened.
    { file: "held-out-31.jsonl", rows: 230, floor: 0.92, abstain: 1, near: 0.91 },
    // held-out-31b (a retired bank manager's formal Korean, a gamer typing without spaces, a
    // teacher's handout, a stock-forum regular; a Canadian accountant, a product manager's jargon,
    // an Indian-English engineer, a retiree in lowercase), scored once after round thirty-one's
    // eighth answering change: 96.1% (Korean half 97.4%, English half 94.8%).
    { file: "held-out-31b.jsonl", rows: 230, floor: 0.965, abstain: 1, near: 1 },
    // held-out-32 (a homemaker investor's Band posts, a developer mixing in English, a graduate
    // student's careful Korean, a man in his seventies; an Indian-English formal writer, a Texan
    // oil man, a sarcastic Redditor, a German engineer), scored once after round thirty-two's
    // eighth answering change: 91.3% (Korean half 95.7%, English half 87.0%).
    { file: "held-out-32.jsonl", rows: 230, floor: 0.94, abstain: 1, near: 0.94 },
    // held-out-32b (a shop owner typing without spaces, a retired civil servant, a high-school
    // student's slang, a junior analyst's finance terms; a casual Australian, a compliance
    // officer's legalese, a teenage gamer, light Singlish), scored once after round thirty-two's
    // fifteenth answering change: 95.7% (Korean half 96.5%, English half 94.8%).
    { file: "held-out-32b.jsonl", rows: 230, floor: 0.96, abstain: 1, near: 0.97 },
    // held-out-33 (a farmer in his sixties writing 전라도 dialect, a junior analyst's report style,
    // a graduate student's formal Korean, a gamer's internet slang; an Irish pub-quiz host, a
    // Korean-American mixing in romanised Korean, a UK civil servant, a terse Silicon Valley
    // engineer), scored once after round thirty-three's second answering change: 92.6% (Korean
    // half 93.9%, English half 91.3%).
    { file: "held-out-33.jsonl", rows: 230, floor: 0.935, abstain: 0.94, near: 1 },
    // held-out-33b (a subway commuter's typos, an economy YouTuber's drama, a grandmother's formal
    // Korean, 제주 dialect; a Scottish pensioner, a teenage gamer, a Nigerian banker, a sceptical
    // Canadian journalist), scored once after round thirty-three's third answering change: 91.7%
    // (Korean half 94.8%, English half 88.7%).
    { file: "held-out-33b.jsonl", rows: 230, floor: 0.93, abstain: 0.97, near: 1 },
    // held-out-34 (a shop owner in his fifties typing with few spaces and slips, a middle-school
    // student's homework questions; an Indian finance student, a retired accountant), scored once
    // after round thirty-four's first answering change: 95.2% (Korean half 96.5%, English half
    // 93.9%).
    { file: "held-out-34.jsonl", rows: 230, floor: 0.965, abstain: 1, near: 0.97 },
    // held-out-34b (a university economics-club member's 반말, a retail stock-community investor;
    // an Australian tradie, a Gen-Z TikTok commenter), scored once after round thirty-four's
    // sixth answering change: 96.5% (Korean half 96.5%, English half 96.5%).
    { file: "held-out-34b.jsonl", rows: 230, floor: 0.965, abstain: 0.97, near: 0.97 },
    // held-out-35 (English only, weighted to near, off-topic, advice and entity rows: a Filipino
    // call-centre worker's Taglish, a sceptical Reddit commenter asking about other AI companies
    // and rumours), the one file of round thirty-five's eight writers in before its end; scored
    // once after the round's last change: 91.3% (answer rows 92.9%, off-topic and near 89.8%).
    { file: "held-out-35.jsonl", rows: 115, floor: 0.93, abstain: 0.9, near: 0.895 },
    // held-out-36 (Korean only: a Gwangju middle-schooler's slang and abbreviations, a retired
    // newspaper copy editor asking how the article was written), the first file of round
    // thirty-six's writers, in after the round's last change and scored once then: 94.8% (answer
    // rows 92.4%, off-topic and near 100%).
    { file: "held-out-36.jsonl", rows: 115, floor: 0.965, abstain: 1, near: 1 },
    // held-out-36b (English only, weighted to near, off-topic, advice and entity rows: a blunt
    // Australian mining accountant, a German PhD student's careful non-native English), the
    // second file in, also after the round's last change and scored once then: 91.3% (answer
    // rows 91.1%, off-topic and near 91.5%).
    { file: "held-out-36b.jsonl", rows: 115, floor: 0.93, abstain: 0.965, near: 0.93 },
    // held-out-37 (Korean only: a Busan fishing-boat captain's terse dialect without spaces, a
    // Seoul high-school economics teacher preparing a class), the first file of round
    // thirty-seven's writers, in before the round's last change; scored (never opened) before
    // and after it: 94.8% both times (answer rows 92.4%, off-topic and near 100%).
    { file: "held-out-37.jsonl", rows: 115, floor: 0.955, abstain: 1, near: 1 },
    // held-out-37b (English only: a New York hedge-fund analyst's Bloomberg-chat shorthand, a
    // Filipino call-centre worker's Taglish-flavoured English), in after the round's last change
    // and scored once then: 76.5% (answer rows 72.2%, off-topic and near 31 of 36).
    { file: "held-out-37b.jsonl", rows: 115, floor: 0.805, abstain: 0.885, near: 0.885 },
    // held-out-38b (English only: a Scottish pensioner's dialect, a South African mining
    // engineer's terse numbers and units), the first English file of round thirty-eight's
    // writers, in after the round's last change and scored once then: 80.0% (answer rows 70.9%,
    // off-topic and near 36 of 36). Round forty read Scots words ("whit", "aboot", "oot"):
    // 90.4% at its end, and one near row, readable now, is answered (near 17 of 18; the row was
    // not opened).
    { file: "held-out-38b.jsonl", rows: 115, floor: 0.92, abstain: 1, near: 0.94 },
    // held-out-38 (Korean only: an Ulsan shipyard welder's blunt speech with numbers in hangul, a
    // Seoul law student's formal claims to test), the first Korean file of round thirty-eight's
    // writers, in after the round's last change and scored once then: 99.1% (answer rows 98.8%,
    // off-topic and near 35 of 35). Its writer said some direction, fact-sheet and entity rows
    // ask only for a name the question already holds, so the figure flatters the bot.
    { file: "held-out-38.jsonl", rows: 115, floor: 0.99, abstain: 1, near: 1 },
    // held-out-39b (English only: a Welsh rugby-club treasurer's idioms and pounds, a Toronto
    // high-school student's Gen-Z chat), asked for after round thirty-nine's last change and scored
    // once then: 87.8% (answer rows 83.3%, off-topic and near 36 of 37).
    { file: "held-out-39b.jsonl", rows: 115, floor: 0.91, abstain: 1, near: 1 },
    // held-out-39 (Korean only: a Pohang steelworks supervisor's blunt Gyeongsang speech and mixed
    // numbers, a Seoul startup marketer's English words), asked for after the round's last change
    // and scored once then: 94.8% (answer rows 92.4%, off-topic and near 36 of 36).
    { file: "held-out-39.jsonl", rows: 115, floor: 0.97, abstain: 1, near: 1 },
    // held-out-40b (English only: a Philadelphia sports-radio caller, a Kuala Lumpur student's
    // Manglish), asked for after round forty's last change and scored once then: 82.6% (answer
    // rows 75.9%, off-topic and near 35 of 36; confirmation 7 of 13).
    { file: "held-out-40b.jsonl", rows: 115, floor: 0.84, abstain: 1, near: 0.94 },
    // held-out-40 (Korean only: a retired Andong teacher's formal Sino-Korean, an Incheon airport
    // duty-free clerk's chat), asked for after round forty's last change and scored once then:
    // 87.0% (answer rows 82.3%, off-topic and near 35 of 36; two-part 5 of 9, numbers 5 of 8).
    { file: "held-out-40.jsonl", rows: 115, floor: 0.91, abstain: 1, near: 1 },
    // held-out-41b (English only: a New Zealand dairy farmer's Kiwi slang, a Lagos fintech
    // founder's Nigerian English), asked for at the start of round forty-one and scored once
    // after its last change: 91.3% (answer rows 88.6%, off-topic and near 35 of 36; direction 7
    // of 9, two-part 7 of 9, numbers 6 of 8).
    { file: "held-out-41b.jsonl", rows: 115, floor: 0.92, abstain: 1, near: 0.94 },
    // held-out-41 (Korean only: a Jeonju café owner's fast phone typing, an Ansan logistics
    // worker's Yanbian Korean), the same way: 86.1% (answer rows 79.7%, off-topic and near 36 of
    // 36; confirmation 9 of 13, numbers 5 of 8, meta 6 of 9).
    { file: "held-out-41.jsonl", rows: 115, floor: 0.875, abstain: 1, near: 1 },
    // held-out-42b (English only: a Glasgow taxi driver's Scots, a Perth mine worker's Australian
    // slang), asked for at the start of round forty-two and scored once after its last change:
    // 87.8% (answer rows 83.5%, off-topic and near 35 of 36; confirmation 8 of 13, slang 6 of 9,
    // numbers 6 of 8).
    { file: "held-out-42b.jsonl", rows: 115, floor: 0.885, abstain: 0.94, near: 1 },
    // held-out-42 (Korean only: a Jeju tangerine farmer's Jeju words, a Suwon chip engineer's
    // unspaced Konglish), the same way: 90.4% (answer rows 86.1%, off-topic and near 36 of 36;
    // confirmation 9 of 13, slang 6 of 9, fact sheet 6 of 8).
    { file: "held-out-42.jsonl", rows: 115, floor: 0.92, abstain: 1, near: 1 },
    // held-out-43b (English only: a Texas oil-field roughneck's drawl, a Singapore bank analyst's
    // Singlish), asked for at the start of round forty-three and scored once after its last
    // change: 88.7% (answer rows 83.5%, off-topic and near 36 of 36; numbers 5 of 8, slang 6 of 9,
    // confirmation 10 of 13).
    { file: "held-out-43b.jsonl", rows: 115, floor: 0.9, abstain: 1, near: 1 },
    // held-out-43 (Korean only: a Busan shipyard welder's dialect and typos, a Seoul law student's
    // formal legal Korean), the same way: 88.7% (answer rows 87.3%, off-topic and near 33 of 36;
    // entity 5 of 8, two-part 6 of 9, confirmation 10 of 13).
    { file: "held-out-43.jsonl", rows: 115, floor: 0.92, abstain: 0.94, near: 0.94 },
    // held-out-44b (English only: a Johannesburg mining engineer's South African slang, a Boston
    // contractor's blunt Southie), asked for at the start of round forty-four and scored once
    // after its last change: 87.8% (answer rows 82.3%, off-topic and near 36 of 36; direction 6
    // of 9, plain 5 of 7, confirmation 10 of 13).
    { file: "held-out-44b.jsonl", rows: 115, floor: 0.895, abstain: 1, near: 1 },
    // held-out-44 (Korean only: a North Korean defector's words and spellings, a KAIST graduate
    // student's English-mixed shorthand), the same way: 93.9% (answer rows 92.4%, off-topic and
    // near 35 of 36; confirmation 11 of 13).
    { file: "held-out-44.jsonl", rows: 115, floor: 0.945, abstain: 1, near: 1 },
    // held-out-45b (English only: a South Wales valleys retired nurse's Welsh English, a New York
    // bond trader's desk jargon and tickers), asked for at the start of round forty-five and
    // scored once after its last change: 74.8% (answer rows 73.4%, off-topic and near 28 of 36;
    // numbers 4 of 8, entity 5 of 8, fact sheet 5 of 8, near 7 of 11).
    { file: "held-out-45b.jsonl", rows: 115, floor: 0.765, abstain: 0.885, near: 0.72 },
    // held-out-45 (Korean only: a Seoul grandmother's typos and missing spaces, a 수능 student's
    // 초성 abbreviations and slang), the same way: 90.4% (answer rows 87.5%, off-topic and near
    // 34 of 35; meta 7 of 9).
    { file: "held-out-45.jsonl", rows: 115, floor: 0.91, abstain: 0.94, near: 1 },
    // held-out-46b (English only: a Bangalore IT consultant's Indian office English, a Lagos
    // banker's Nigerian English and Pidgin), asked for at the start of round forty-six and scored
    // once after its last change: 88.7% (answer rows 86.1%, off-topic and near 34 of 36; slang 5
    // of 9, numbers 6 of 8, confirmation 11 of 13).
    { file: "held-out-46b.jsonl", rows: 115, floor: 0.895, abstain: 1, near: 0.885 },
    // held-out-46 (Korean only: a county office civil servant's formal 공문체 and unspaced
    // compounds, a Pangyo developer's English-mixed chat), the same way: 86.1% (answer rows 84.8%,
    // off-topic and near 32 of 36; numbers 4 of 8, advice 6 of 8, entity 6 of 8).
    { file: "held-out-46.jsonl", rows: 115, floor: 0.865, abstain: 0.83, near: 0.94 },
    // held-out-47b (English only: a Glasgow bus driver's Scots, a Texas landman's folksy talk),
    // asked for at the start of round forty-seven and scored once after its last change: 85.2%
    // (answer rows 82.3%, off-topic and near 33 of 36; slang 6 of 9, numbers 5 of 8).
    { file: "held-out-47b.jsonl", rows: 115, floor: 0.885, abstain: 0.94, near: 0.94 },
    // held-out-47 (Korean only: a Jeju tangerine farmer's dialect, a Daegu economics teacher's
    // numbers in words), the same way: 81.7% (answer rows 74.7%, off-topic and near 35 of 36;
    // numbers 3 of 8, confirmation 8 of 13, fact sheet 5 of 8).
    { file: "held-out-47.jsonl", rows: 115, floor: 0.825, abstain: 1, near: 0.94 },
    // held-out-48b (English only: a Dublin pub-quiz host's numbers in words, a Nairobi fintech
    // product manager's jargon), asked for at the start of round forty-eight and scored once after
    // its last change: 89.6% (answer rows 86.3%, off-topic and near 34 of 35; numbers 4 of 8,
    // direction 7 of 9, meta 7 of 9).
    { file: "held-out-48b.jsonl", rows: 115, floor: 0.91, abstain: 1, near: 0.94 },
    // held-out-48 (Korean only: a Gwangju night-shift student's unspaced slang, a retired Incheon
    // customs officer's formal questions with amounts in words), the same way: 87.8% (answer rows
    // 82.3%, off-topic and near 36 of 36; numbers 4 of 8, meta 7 of 9, slang 7 of 9).
    { file: "held-out-48.jsonl", rows: 115, floor: 0.885, abstain: 1, near: 1 },
    // held-out-49b (English only: a Liverpool night-shift nurse's Scouse, a Bangalore chartered
    // accountant's formal Indian English), asked for at the start of round forty-nine and scored
    // once after its last change: 89.6% (answer rows 85.7%, off-topic and near 37 of 38; entity 6
    // of 8, meta 7 of 9, slang 7 of 9).
    { file: "held-out-49b.jsonl", rows: 115, floor: 0.895, abstain: 1, near: 0.95 },
    // held-out-49 (Korean only: a Jeonju makgeolli-bar owner's 전라도 endings, a Pangyo backend
    // developer's unspaced jargon), the same way: 88.7% (answer rows 83.3%, off-topic and near 37
    // of 37; slang 5 of 9, confirmation 10 of 13, meta 7 of 9).
    { file: "held-out-49.jsonl", rows: 115, floor: 0.92, abstain: 1, near: 1 },
    // held-out-50b (English only: a Glasgow taxi driver's Scots, a Singapore hawker's Singlish),
    // asked for at the start of round fifty and scored once after its last change: 83.5% (answer
    // rows 80.8%, off-topic and near 33 of 37; slang 3 of 9, twopart 5 of 9, numbers 5 of 8).
    { file: "held-out-50b.jsonl", rows: 115, floor: 0.84, abstain: 0.94, near: 0.84 },
    // held-out-50 (Korean only: a Busan fish-market auctioneer's 경상도, a Daejeon AI graduate
    // student's unspaced chat), the same way: 91.3% (answer rows 89.6%, off-topic and near 36 of
    // 38; slang 5 of 9, numbers 6 of 8).
    { file: "held-out-50.jsonl", rows: 115, floor: 0.93, abstain: 0.885, near: 1 },
    // held-out-51b (English only: a retired Newcastle shipyard fitter's Geordie, a Trinidadian
    // steel-pan teacher's Trini English), asked for at the start of round fifty-one and scored
    // after its first change (early, by mistake) and again after its last: 90.4% both times, as on
    // the round-start commit (answer rows 89.6%, off-topic and near 35 of 38; meta 5 of 9, slang
    // 7 of 9).
    { file: "held-out-51b.jsonl", rows: 115, floor: 0.92, abstain: 1, near: 0.9 },
    // held-out-51 (Korean only: a conscript soldier's 다나까 speech, a Daegu homemaker's phone
    // typing), the same way: 89.6% all three times (answer rows 85.9%, off-topic and near 36 of
    // 37; slang 6 of 9, plain 5 of 7, confirmation 10 of 13).
    { file: "held-out-51.jsonl", rows: 115, floor: 0.91, abstain: 1, near: 0.945 },
    // held-out-52b (English only: a retired Birmingham car-plant worker's Brummie, a retired
    // eastern Kentucky coal miner's Appalachian English), asked for at the start of round
    // fifty-two and scored after its last change: 90.4% (103 of 115 on the round-start commit;
    // answer rows 88.5%, off-topic and near 35 of 37; numbers 6 of 8, meta 7 of 9, twopart 7 of 9).
    { file: "held-out-52b.jsonl", rows: 115, floor: 0.91, abstain: 1, near: 0.945 },
    // held-out-52 (Korean only: a university student on a convenience store's night shift typing
    // 줄임말 between customers, an elderly mountain-temple monk's formal old-fashioned prose), the
    // same way: 86.1%, as on the round-start commit (answer rows 80.5%, off-topic and near 37 of
    // 38; confirmation 9 of 13, spacing 4 of 6, numbers 6 of 8).
    { file: "held-out-52.jsonl", rows: 115, floor: 0.86, abstain: 0.94, near: 1 },
    // held-out-53b (English only: a Newlyn inshore fisherman's Cornish English, a Lahore
    // shopkeeper's Pakistani English), asked for at the start of round fifty-three and scored
    // after its last change: 86.1% (98 of 115 on the round-start commit; answer rows 83.1%,
    // off-topic and near 35 of 38; numbers 5 of 8, meta 6 of 9, slang 7 of 9).
    { file: "held-out-53b.jsonl", rows: 115, floor: 0.865, abstain: 1, near: 0.9 },
    // held-out-53 (Korean only: a neighbourhood pharmacist's polite chat, a veteran firefighter's
    // terse barracks talk), the same way: 88.7%, as on the round-start commit (answer rows 85.9%,
    // off-topic and near 35 of 37; direction 6 of 9, plain 5 of 7, twopart 7 of 9).
    { file: "held-out-53.jsonl", rows: 115, floor: 0.885, abstain: 0.94, near: 0.945 },
    // held-out-54b (English only: a Down East Maine lobsterman, a Belfast plumber), asked for at
    // the start of round fifty-four and scored after its last change: 92.2%, as on the round-start
    // commit (answer rows 89.6%, off-topic and near 37 of 38; numbers 5 of 8, slang 7 of 9).
    { file: "held-out-54b.jsonl", rows: 115, floor: 0.92, abstain: 1, near: 0.95 },
    // held-out-54 (Korean only: a parcel courier's clipped phone typing, an elderly apartment
    // security guard's old-fashioned polite prose), the same way: 86.1%, as on the round-start
    // commit (answer rows 80.8%, off-topic and near 36 of 37; fact sheet 4 of 8, plain 5 of 7).
    { file: "held-out-54.jsonl", rows: 115, floor: 0.875, abstain: 0.94, near: 1 },
    // held-out-55b (English only: a Nashville tattoo artist, a Baltimore longshoreman), asked for
    // at the start of round fifty-five and scored after its last change: 90.4%, as on the
    // round-start commit (answer rows 88.5%, off-topic and near 35 of 37; spacing 4 of 6, slang 7
    // of 9, meta 7 of 9).
    { file: "held-out-55b.jsonl", rows: 115, floor: 0.9, abstain: 0.94, near: 0.945 },
    // held-out-55 (Korean only: a Chungcheong rural postal carrier, a K-pop trainee), the same
    // way: 87.0%, 86.1% on the round-start commit (answer rows 84.4%, off-topic and near 35 of
    // 38, one near row lost; two-part 5 of 9, meta 5 of 9).
    { file: "held-out-55.jsonl", rows: 115, floor: 0.865, abstain: 0.94, near: 0.9 },
    // held-out-56b (English only: a Brighton beach lifeguard, an Auckland beekeeper), asked for at
    // the start of round fifty-six and scored after its last change: 93.0%, as on the round-start
    // commit (answer rows 92.1%, off-topic and near 37 of 39; numbers 5 of 8).
    { file: "held-out-56b.jsonl", rows: 115, floor: 0.93, abstain: 1, near: 0.9 },
    // held-out-56 (Korean only: an Incheon interior carpenter, a late-night designated driver),
    // the same way: 93.9%, as on the round-start commit (answer rows 92.2%, off-topic and near 37
    // of 38; numbers 6 of 8).
    { file: "held-out-56.jsonl", rows: 115, floor: 0.935, abstain: 1, near: 0.95 },
    // held-out-57b (English only: a Hobart ferry deckhand, a northern BC tree planter), asked
    // for at the start of round fifty-seven and scored after its last change: 92.2%, from 91.3%
    // on the round-start commit (answer rows 90.9%, off-topic and near 36 of 38; one numbers row
    // more right).
    { file: "held-out-57b.jsonl", rows: 115, floor: 0.92, abstain: 1, near: 0.9 },
    // held-out-57 (Korean only: a Seoul subway train driver, a traditional-medicine doctor), the
    // same way: 92.2%, as on the round-start commit (answer rows 92.2%, off-topic and near 35 of
    // 38; near 8 of 11).
    { file: "held-out-57.jsonl", rows: 115, floor: 0.92, abstain: 1, near: 0.85 },
    // held-out-58b (English only: a Memphis pitmaster, a Kerala houseboat operator), asked for
    // at the start of round fifty-eight and scored after its last change: 98.3%, as on the
    // round-start commit (answer rows 76 of 78, off-topic and near 37 of 37).
    { file: "held-out-58b.jsonl", rows: 115, floor: 0.98, abstain: 1, near: 1 },
    // held-out-58 (Korean only: an insurance planner, a wedding-hall MC), the same way: 94.8%, as
    // on the round-start commit (answer rows 71 of 77, off-topic and near 38 of 38).
    { file: "held-out-58.jsonl", rows: 115, floor: 0.945, abstain: 1, near: 1 },
  ];
  for (const { file, rows, floor, abstain, near } of heldOutSets) {
    it(`${file} (written apart, never tuned on): no regression, no quote that is not verbatim`, () => {
      const report = evaluate(file);
      expect(report.results.length).toBe(rows);
      expect(report.badQuotes).toBe(0);
      expect(report.accuracy).toBeGreaterThanOrEqual(floor);
      expect(share(report, "abstain")).toBeGreaterThanOrEqual(abstain);
      expect(share(report, "near")).toBeGreaterThanOrEqual(near);
    });
  }
});
