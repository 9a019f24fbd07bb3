/**
 * npm run eval [-- files...]: accuracy per category on the labelled question sets (default: every
 * .jsonl file in the knowledge folder's eval/), deterministic answerer only. --failures lists the
 * rows that failed.
 */
import { readdirSync, readFileSync } from "node:fs";
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
  const evalDir = path.join(runtime.config.knowledgeDir, "eval");
  const files =
    positionals.length > 0
      ? positionals
      : readdirSync(evalDir)
          .filter((file) => file.endsWith(".jsonl"))
          .sort()
          .map((file) => path.join(evalDir, file));
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
