/**
 * npm run eval [-- files...]: accuracy per category on the labelled question sets (default: every
 * .jsonl file in the knowledge folder's eval/). --failures lists the rows that failed; a held-out
 * set's only when its file is named.
 *
 * By default the deterministic answerer answers. With --claude every question goes through the
 * Claude path instead (the real Messages API, ANTHROPIC_API_KEY required), at most --concurrency
 * questions at once (default: CLAUDE_MAX_CONCURRENCY), and a last line gives the tokens used and
 * what they cost.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { deterministicAnswer } from "../answer/answer.ts";
import type { Answer, Usage } from "../answer/types.ts";
import { addUsage, costLine, NO_USAGE, pricesFor } from "../eval/claude-cost.ts";
import {
  type EvalRow,
  EvalSetError,
  formatReport,
  gradeRow,
  parseRows,
  summarizeResults,
} from "../eval/evaluate.ts";
import { endQuietlyWhenReaderCloses } from "../process/closed-pipe.ts";
import { createRuntime, type Runtime, runMain } from "../runtime.ts";
import { mapLimited } from "../util/map-limited.ts";

const USAGE = `usage:
  npm run eval [-- files...]                      the deterministic answerer
  npm run eval -- --claude [--concurrency N] [files...]
      the Claude path (needs ANTHROPIC_API_KEY); ends with the tokens used and their cost
      --price-input / --price-output   USD per million tokens, when the model's are not known
  --failures   list the rows that failed (a held-out-*.jsonl set's only when its file is named)`;

endQuietlyWhenReaderCloses();
await runMain(async () => {
  const { values, positionals } = parseArgs({
    options: {
      failures: { type: "boolean", default: false },
      claude: { type: "boolean", default: false },
      concurrency: { type: "string" },
      "price-input": { type: "string" },
      "price-output": { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const numberFlags = {
    concurrency: positiveNumber("--concurrency", values.concurrency),
    priceInput: positiveNumber("--price-input", values["price-input"]),
    priceOutput: positiveNumber("--price-output", values["price-output"]),
  };
  if (Object.values(numberFlags).some((value) => value === null)) {
    process.exitCode = 64;
    return;
  }
  const runtime = createRuntime({ logLevel: "warn" });
  if (values.claude && runtime.answerer.mode !== "claude") {
    process.stderr.write(
      "eval --claude needs ANTHROPIC_API_KEY (set it in .env or the environment). Without a key only the deterministic answerer can be evaluated: npm run eval\n",
    );
    process.exitCode = 2;
    return;
  }
  const evalDir = path.join(runtime.config.knowledgeDir, "eval");
  const files =
    positionals.length > 0
      ? positionals
      : readdirSync(evalDir)
          .filter((file) => file.endsWith(".jsonl"))
          .sort()
          .map((file) => path.join(evalDir, file));
  // More at once than the answerer's own cap would only queue, or fall back as "busy".
  const concurrency = Math.min(
    Math.floor(numberFlags.concurrency ?? runtime.config.limits.claudeMaxConcurrency),
    runtime.config.limits.claudeMaxConcurrency,
  );
  const sets = files.map((file) => ({ file, rows: readSet(file) }));
  if (sets.some((set) => set.rows === undefined)) {
    process.exitCode = 66;
    return;
  }
  let usage: Usage = NO_USAGE;
  for (const { file, rows = [] } of sets) {
    const answers = values.claude
      ? await mapLimited(rows, concurrency, (row) => claudeAnswer(runtime, row))
      : rows.map((row) => deterministicAnswer(runtime.index, row.q, []));
    const results = rows.map((row, index) =>
      gradeRow(row, answers[index], runtime.knowledge.article.text),
    );
    const report = summarizeResults(results);
    process.stdout.write(`${formatReport(path.relative(process.cwd(), file), report)}\n`);
    if (values.claude) {
      const byClaude = answers.filter((answer) => answer?.mode === "claude").length;
      process.stdout.write(
        `  answered by Claude ${byClaude}/${rows.length}; the rest fell back to the deterministic answer\n`,
      );
      for (const answer of answers) usage = addUsage(usage, answer?.usage);
    }
    // A held-out set is for its figures: its failing rows are listed only when it is named, so a
    // look at every set's failures never shows the rows nobody may tune on.
    if (values.failures && positionals.length === 0 && isHeldOut(file)) {
      process.stdout.write("  (held-out set: name its file to list the rows that failed)\n");
    } else if (values.failures) {
      for (const result of report.results.filter((r) => !r.passed)) {
        const answer = result.answer;
        process.stdout.write(
          `  FAIL ${result.row.id} [${result.row.cat}/${result.row.kind}] ${JSON.stringify(result.row.q)} -> ${answer?.mode} abstained=${answer?.abstained} ${JSON.stringify(answer?.text.slice(0, 100))}\n`,
        );
      }
    }
  }
  if (values.claude) {
    const model = runtime.answerer.model ?? runtime.config.anthropic.model;
    const prices = pricesFor(model, {
      ...(numberFlags.priceInput ? { input: numberFlags.priceInput } : {}),
      ...(numberFlags.priceOutput ? { output: numberFlags.priceOutput } : {}),
    });
    process.stdout.write(`${costLine(usage, model, prices)}\n`);
  }
});

/** A question set's rows; undefined (after saying which file and why) when it cannot be read. */
function readSet(file: string): EvalRow[] | undefined {
  try {
    return parseRows(readFileSync(file, "utf8"));
  } catch (error) {
    const reason =
      error instanceof EvalSetError
        ? error.message
        : (error as NodeJS.ErrnoException).code === "ENOENT"
          ? "no such file"
          : String(error);
    process.stderr.write(`eval: cannot read ${file}: ${reason}\n`);
    return undefined;
  }
}

/** One question through the Claude path; a bug there counts as a wrong answer, not a crash. */
async function claudeAnswer(runtime: Runtime, row: EvalRow): Promise<Answer | undefined> {
  try {
    return await runtime.answerer.answer(row.q, []);
  } catch (error) {
    runtime.logger.error({ err: error, id: row.id }, "eval: answering failed");
    return undefined;
  }
}

/** A flag's number; null (after saying why) when it is not a positive number. */
function positiveNumber(flag: string, raw: string | undefined): number | undefined | null {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (Number.isFinite(value) && value > 0) return value;
  process.stderr.write(`${flag} must be a positive number, not "${raw}"\n${USAGE}\n`);
  return null;
}

/** A set kept apart from tuning: its name starts with "held-out". */
function isHeldOut(file: string): boolean {
  return path.basename(file).startsWith("held-out");
}
