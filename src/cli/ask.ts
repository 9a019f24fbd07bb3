/**
 * npm run ask -- "question"          the answer for a person (quote, section, mode)
 * npm run ask -- --json "question"   one JSON object
 * npm run ask -- --jsonl             questions on stdin, one JSON object per line on stdout, in order
 * Only answers go to stdout; logs go to stderr.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { deterministicAnswer } from "../answer/answer.ts";
import { checkQuestion, type QuestionCheck } from "../answer/question.ts";
import { renderAnswerForTerminal, terminalStyle } from "../render/terminal.ts";
import { createRuntime, type Runtime, runMain } from "../runtime.ts";
import { languageOf } from "../search/analyze.ts";
import { type AnswerJson, answerToJson, errorToJson } from "./answer-json.ts";

const USAGE = `usage:
  npm run ask -- "question"
  npm run ask -- --json "question"
  npm run ask -- --jsonl < questions.txt`;

await runMain(async () => {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      jsonl: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const runtime = createRuntime({ logLevel: "warn" });
  if (values.jsonl) {
    await answerLines(runtime);
    return;
  }
  const question = positionals.join(" ");
  if (question.trim() === "") {
    process.stderr.write(`${USAGE}\n`);
    process.exitCode = 64;
    return;
  }
  await answerOne(runtime, question, values.json);
});

async function answerOne(runtime: Runtime, raw: string, json: boolean): Promise<void> {
  const check = checkQuestion(raw, runtime.config.maxQuestionLength);
  if (!check.ok) {
    if (json) await writeLine(JSON.stringify(rejectedToJson(runtime, raw, check)));
    else process.stderr.write(`${check.message}\n`);
    process.exitCode = 1;
    return;
  }
  const answer = await runtime.answerer.answer(check.question);
  if (json) {
    await writeLine(JSON.stringify(answerToJson(raw, answer)));
  } else {
    await writeLine(
      renderAnswerForTerminal(answer, terminalStyle(process.stdout, runtime.config.color)),
    );
  }
}

/** One JSON line per input line, in order, each written out before the next is read. */
async function answerLines(runtime: Runtime): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const check = checkQuestion(line, runtime.config.maxQuestionLength);
    if (!check.ok) {
      await writeLine(JSON.stringify(rejectedToJson(runtime, line, check)));
      continue;
    }
    try {
      const answer = await runtime.answerer.answer(check.question);
      await writeLine(JSON.stringify(answerToJson(line, answer)));
    } catch (error) {
      runtime.logger.error({ err: error }, "answering a question failed");
      await writeLine(JSON.stringify(errorToJson(line, "internal error; see the log")));
    }
  }
}

/**
 * A question with no words ("", "🤔") is answered like any question the knowledge does not cover:
 * abstained, with the hint of what to ask. Only a question too long to read is an error.
 */
function rejectedToJson(
  runtime: Runtime,
  raw: string,
  check: Extract<QuestionCheck, { ok: false }>,
): AnswerJson | { question: string; error: string } {
  if (check.reason !== "empty") return errorToJson(raw, check.message);
  return answerToJson(raw, deterministicAnswer(runtime.index, "", [], languageOf(raw)));
}

function writeLine(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(`${text}\n`, (error) => (error ? reject(error) : resolve()));
  });
}
