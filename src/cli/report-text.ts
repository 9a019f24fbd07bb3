/** The report as text tables for a terminal (`npm run report`). */
import type { DayFigures, Report } from "../store/report-types.ts";

const number = new Intl.NumberFormat("en-US");
const n = (value: number) => number.format(value);
const percent = (share: number) => `${Math.round(share * 100)}%`;
const ms = (value: number | null) => (value === null ? "-" : `${n(value)} ms`);
const time = (iso: string) => iso.replace("T", " ").slice(0, 16);

export function formatReport(report: Report): string {
  const { answers, refused, feedback } = report;
  const lines: string[] = [
    `deal-bot report, ${time(report.since)} to ${time(report.until)} (UTC)`,
    "",
    `Answers      ${n(answers.total)}: Claude ${n(answers.byMode.claude)} (${percent(answers.claudeShare)}), deterministic ${n(answers.byMode.fallback)}`,
    `Abstained    ${n(answers.abstained)}${answers.total > 0 ? ` (${percent(answers.abstained / answers.total)})` : ""}`,
    `Refused      ${n(refused.total)}${counts(refused.byReason)}`,
    `Latency      p50 ${ms(answers.latencyMs.p50)}, p95 ${ms(answers.latencyMs.p95)}`,
    `Feedback     up ${n(feedback.up)}, down ${n(feedback.down)}`,
    `Claude tokens input ${n(answers.tokens.input)}, output ${n(answers.tokens.output)}, cache read ${n(answers.tokens.cacheRead)}, cache write ${n(answers.tokens.cacheCreation)}`,
  ];
  lines.push("", "Answers per day", ...perDayTable(report.perDay));
  lines.push("", "Deterministic answers while Claude was configured, by reason");
  lines.push(...keyCountTable(answers.fallbackReasons, "(none)"));

  if (!report.questionTexts) {
    lines.push("", "Question texts are not kept (STORE_QUESTION_TEXT=false): no question lists.");
  } else {
    lines.push("", "Most frequent abstained questions (what the knowledge is missing)");
    lines.push(...questionList(report.topAbstained));
    lines.push("", "Most asked questions");
    lines.push(...questionList(report.topQuestions));
  }
  lines.push("", "Voted-down answers");
  if (report.downvoted.length === 0) lines.push("  (none)");
  for (const item of report.downvoted) {
    lines.push(
      `  ${item.answerId}  ${time(item.at)}  ${item.mode}  down ${item.down} / up ${item.up}`,
      `    Q: ${oneLine(item.question ?? "(text not kept)", 160)}`,
      `    A: ${oneLine(item.answer ?? "(text not kept)", 160)}`,
    );
  }
  return lines.join("\n");
}

function counts(byKey: Readonly<Record<string, number>>): string {
  const entries = Object.entries(byKey).sort((a, b) => b[1] - a[1]);
  return entries.length === 0
    ? ""
    : ` (${entries.map(([key, value]) => `${key} ${n(value)}`).join(", ")})`;
}

function perDayTable(days: readonly DayFigures[]): string[] {
  if (days.length === 0) return ["  (no answers)"];
  const paths = [...new Set(days.flatMap((day) => Object.keys(day.byPath)))].sort();
  const header = ["day", "total", "claude", "fallback", "abstained", ...paths];
  const rows = days.map((day) => [
    day.day,
    ...[day.total, day.byMode.claude, day.byMode.fallback, day.abstained].map(n),
    ...paths.map((path) => n(day.byPath[path] ?? 0)),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const format = (cells: readonly string[]) =>
    `  ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ")}`;
  return [format(header), ...rows.map(format)];
}

function keyCountTable(byKey: Readonly<Record<string, number>>, empty: string): string[] {
  const entries = Object.entries(byKey).sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) return [`  ${empty}`];
  const width = Math.max(...entries.map(([key]) => key.length));
  return entries.map(([key, value]) => `  ${key.padEnd(width)}  ${n(value)}`);
}

function questionList(items: Report["topQuestions"]): string[] {
  if (items.length === 0) return ["  (none)"];
  const width = Math.max(...items.map((item) => n(item.count).length));
  return items.map((item) => `  ${n(item.count).padStart(width)}  ${oneLine(item.question, 120)}`);
}

function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
