/**
 * Start-up shared by every entry point: configuration, logger, knowledge (validated), the search
 * index and the answerer. Fails fast, with a message that names what is wrong.
 */
import { type Answerer, createAnswerer } from "./answer/answer.ts";
import { type Config, loadConfig } from "./config.ts";
import { type Knowledge, loadKnowledge } from "./knowledge/load.ts";
import { createLogger, type Logger } from "./log.ts";
import { describeStartupError } from "./process/startup-error.ts";
import { applyAnsweringV8Flags } from "./process/v8-flags.ts";
import { buildKnowledgeIndex, type KnowledgeIndex } from "./search/knowledge-index.ts";

export interface Runtime {
  readonly config: Config;
  readonly logger: Logger;
  readonly knowledge: Knowledge;
  readonly index: KnowledgeIndex;
  readonly answerer: Answerer;
}

export interface RuntimeOptions {
  /** Defaults to process.env (read only by config.ts). */
  readonly environment?: NodeJS.ProcessEnv;
  /** Force a log level (the CLI keeps stderr quiet unless asked). */
  readonly logLevel?: string;
  readonly logger?: Logger;
}

/**
 * The runtime in two steps: what can fail (the configuration, the knowledge, checked) at once, and
 * the rest (the search index, the answerer) when finish() is called. The Discord bot starts logging
 * in between the two, so the index is built while it waits for Discord.
 */
export interface RuntimeStart {
  readonly config: Config;
  readonly logger: Logger;
  readonly knowledge: Knowledge;
  finish(): Runtime;
}

export function startRuntime(options: RuntimeOptions = {}): RuntimeStart {
  const config = loadConfig(options.environment);
  const logger = options.logger ?? createLogger({ level: options.logLevel ?? config.logLevel });
  const knowledge = loadKnowledge(config.knowledgeDir);
  return {
    config,
    logger,
    knowledge,
    finish() {
      const index = buildKnowledgeIndex(knowledge);
      // Start-up's loading is done: the options for answering (v8-flags.ts).
      applyAnsweringV8Flags();
      const answerer = createAnswerer({
        index,
        logger,
        anthropic: config.anthropic,
        limits: config.limits,
      });
      return { config, logger, knowledge, index, answerer };
    },
  };
}

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  return startRuntime(options).finish();
}

/**
 * Runs an entry point. The one place start-up errors end: each kind prints one clear message
 * (no stack trace, never a secret) and sets its own exit code (process/startup-error.ts).
 */
export async function runMain(main: () => Promise<void> | void): Promise<void> {
  try {
    await main();
  } catch (error) {
    const { exitCode, message } = describeStartupError(error);
    process.stderr.write(`${message}\n`);
    process.exitCode = exitCode;
  }
}
