/**
 * npm run ask -- "question"          the answer for a person (quote, section, mode)
 * npm run ask -- --json "question"   one JSON object
 * npm run ask -- --jsonl             questions on stdin, one JSON object per line on stdout, in order
 * Only answers go to stdout; logs go to stderr.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { checkQuestion, type QuestionRules, wordlessAnswer } from "../answer/question.ts";
import { endQuietlyWhenReaderCloses } from "../process/closed-pipe.ts";
import { renderAnswerForTerminal, terminalStyle } from "../render/terminal.ts";
import { createRuntime, type Runtime, runMain } from "../runtime.ts";
import { answerToJson, errorToJson } from "./answer-json.ts";

const USAGE = `usage:
  npm run ask -- "question"
  npm run ask -- --json "question"
  npm run ask -- --jsonl < questions.txt`;

endQuietlyWhenReaderCloses();
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
  const check = checkQuestion(raw, rulesOf(runtime));
  if (!check.ok && check.reason === "empty" && json) {
    await writeLine(JSON.stringify(answerToJson(raw, wordlessAnswer(check))));
    return;
  }
  if (!check.ok) {
    if (json) await writeLine(JSON.stringify(errorToJson(raw, check.message)));
    else process.stderr.write(`${check.message}\n`);
    process.exitCode = 1;
    return;
  }
  const answer = await runtime.answerer.answer(check.question);
  if (json) {
    await writeLine(JSON.stringify(answerToJson(raw, answer)));
  } else {
    await writeLine(
      renderAnswerForTerminal(
        answer,
        terminalStyle(process.stdout, runtime.config.color),
        runtime.knowledge,
      ),
    );
  }
}

/** One JSON line per input line, in order, each written out before the next is read. */
async function answerLines(runtime: Runtime): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    const check = checkQuestion(line, rulesOf(runtime));
    // No words: not covered, with the hint (the answer contract); too long: an error object.
    if (!check.ok && check.reason === "empty") {
      await writeLine(JSON.stringify(answerToJson(line, wordlessAnswer(check))));
      continue;
    }
    if (!check.ok) {
      await writeLine(JSON.stringify(errorToJson(line, check.message)));
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

function rulesOf(runtime: Runtime): QuestionRules {
  return { maxLength: runtime.config.maxQuestionLength, manifest: runtime.knowledge.manifest };
}

function writeLine(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(`${text}\n`, (error) => (error ? reject(error) : resolve()));
  });
}
