/**
 * The terminal conversation: questions with follow-ups, /deal, /who-pays-whom, /help, /quit.
 * Ctrl-C and Ctrl-D end it cleanly.
 */
import { createInterface } from "node:readline";
import { boundHistory } from "../answer/history.ts";
import { checkQuestion } from "../answer/question.ts";
import { describeFlows, flowsAsText } from "../answer/shared/flows.ts";
import { phrases } from "../answer/shared/phrases.ts";
import { summarize, summaryAsText } from "../answer/shared/summary.ts";
import type { ConversationTurn } from "../answer/types.ts";
import type { Language } from "../knowledge/schema.ts";
import { renderAnswerForTerminal, type TerminalStyle } from "../render/terminal.ts";
import type { Runtime } from "../runtime.ts";
import { languageOf } from "../search/analyze.ts";

export interface ChatStreams {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly style: TerminalStyle;
  /** Whether the input is a terminal (prompts and line editing). */
  readonly terminal: boolean;
}

export async function runChat(runtime: Runtime, streams: ChatStreams): Promise<void> {
  const { output, style } = streams;
  const lines = createInterface({
    input: streams.input,
    output: streams.output,
    terminal: streams.terminal,
    prompt: "you> ",
    historySize: 100,
  });
  const write = (text: string) => output.write(`${text}\n`);
  let language: Language = "en";
  let history: ConversationTurn[] = [];

  write(
    `deal-bot: ask about ${runtime.knowledge.manifest.topic.en} (${runtime.knowledge.manifest.topic.ko}).` +
      ` Answer mode: ${runtime.answerer.mode}. Type /help for commands, /quit to leave.`,
  );
  const closed = new Promise<void>((resolve) => lines.once("close", resolve));
  // Ctrl-C: leave, like Ctrl-D, instead of killing the process mid-write.
  lines.on("SIGINT", () => lines.close());
  lines.prompt();

  for await (const line of lines) {
    const input = line.trim();
    if (input === "") {
      lines.prompt();
      continue;
    }
    if (input.startsWith("/")) {
      const [command = ""] = input.slice(1).split(/\s+/);
      const argument = input.slice(command.length + 1).trim();
      if (command === "quit" || command === "exit") break;
      write(runCommand(runtime, command.toLowerCase(), argument, language));
      lines.prompt();
      continue;
    }
    const check = checkQuestion(input, {
      maxLength: runtime.config.maxQuestionLength,
      manifest: runtime.knowledge.manifest,
      fallbackLanguage: language,
    });
    if (!check.ok) {
      write(check.message);
      lines.prompt();
      continue;
    }
    language = languageOf(check.question);
    try {
      const answer = await runtime.answerer.answer(check.question, history);
      write(`\n${renderAnswerForTerminal(answer, style, runtime.knowledge)}\n`);
      // The answerer's own bound, so a long session holds no more than it would use.
      history = boundHistory([
        ...history,
        { role: "user", text: check.question },
        { role: "assistant", text: answer.text },
      ]);
    } catch (error) {
      runtime.logger.error({ err: error }, "chat answer failed");
      write("Something went wrong while answering; the error is in the log. Please try again.");
    }
    lines.prompt();
  }
  lines.close();
  await closed;
  write("bye");
}

function runCommand(
  runtime: Runtime,
  command: string,
  argument: string,
  language: Language,
): string {
  const chosen: Language = argument === "ko" || argument === "en" ? argument : language;
  switch (command) {
    case "deal":
      return `\n${summaryAsText(summarize(runtime.knowledge, chosen), phrases[chosen].factCheck)}\n`;
    case "who-pays-whom":
      return `\n${flowsAsText(runtime.knowledge, describeFlows(runtime.knowledge, chosen), chosen)}\n`;
    case "help":
      return [
        "Ask a question in Korean or English, or use:",
        "  /deal [ko|en]           the deal at a glance",
        "  /who-pays-whom [ko|en]  who pays whom",
        "  /help                   this list",
        "  /quit                   leave (or Ctrl-D / Ctrl-C)",
      ].join("\n");
    default:
      return `Unknown command /${command}. Type /help for the list.`;
  }
}
