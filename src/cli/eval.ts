/**
 * npm run eval [-- files...]: accuracy per category on the labelled question sets (default:
 * test/eval/dev, questions and holdout), deterministic answerer only. --failures lists the rows that failed.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { deterministicAnswer } from "../answer/answer.ts";
import { formatReport, gradeRow, parseRows, summarizeResults } from "../eval/evaluate.ts";
import { createRuntime, runMain } from "../runtime.ts";

await runMain(() => {
  const { values, positionals } = parseArgs({
    options: { failures: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  const runtime = createRuntime({ logLevel: "warn" });
  const root = path.resolve(runtime.config.knowledgeDir, "..");
  const files =
    positionals.length > 0
      ? positionals
      : ["dev.jsonl", "dev-style.jsonl", "questions.jsonl", "holdout.jsonl", "injection.jsonl"].map(
          (file) => path.join(root, "test/eval", file),
        );
  for (const file of files) {
    const rows = parseRows(readFileSync(file, "utf8"));
    const results = rows.map((row) =>
      gradeRow(row, deterministicAnswer(runtime.index, row.q, []), runtime.knowledge.article.text),
    );
    const report = summarizeResults(results);
    process.stdout.write(`${formatReport(path.relative(process.cwd(), file), report)}\n`);
    if (values.failures) {
      for (const result of report.results.filter((r) => !r.passed)) {
        const answer = result.answer;
        process.stdout.write(
          `  FAIL ${result.row.id} [${result.row.cat}/${result.row.kind}] ${JSON.stringify(result.row.q)} -> abstained=${answer?.abstained} ${JSON.stringify(answer?.text.slice(0, 100))}\n`,
        );
      }
    }
  }
});
