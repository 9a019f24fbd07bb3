/**
 * The Anthropic SDK client, set up for a chat bot: a per-attempt timeout and a retry count that
 * fit inside CLAUDE_TIMEOUT_MS (the SDK defaults are 10 minutes and 2 retries), the project's
 * pino logger, and the key, base URL, log level and tracing passed explicitly, so the SDK does not
 * take them from process.env (config.ts is the one reader of the environment).
 */
import Anthropic from "@anthropic-ai/sdk";
import type { Config } from "../../config.ts";
import type { Logger } from "../../log.ts";

type AnthropicConfig = Config["anthropic"];

/** Where the SDK sends requests when ANTHROPIC_BASE_URL is not set. */
export const DEFAULT_ANTHROPIC_BASE_URL = "https://api.anthropic.com";

/**
 * Retries after a 429, 5xx, 529 or a dropped connection. The deadline middleware skips any retry
 * that could not finish before the deadline, so this is an upper bound, not a promise.
 */
export const CLAUDE_MAX_RETRIES = 2;

/**
 * Time allowed for one attempt to get its response headers: half the deadline, so a server that
 * accepts and never answers still leaves room for one more try.
 */
export function attemptTimeoutMs(deadlineMs: number): number {
  return Math.max(500, Math.floor(deadlineMs / 2));
}

export function createClaudeClient(config: AnthropicConfig & { apiKey: string }, logger: Logger) {
  return new Anthropic({
    apiKey: config.apiKey,
    baseURL: config.baseUrl ?? DEFAULT_ANTHROPIC_BASE_URL,
    maxRetries: CLAUDE_MAX_RETRIES,
    timeout: attemptTimeoutMs(config.timeoutMs),
    logger,
    logLevel: sdkLogLevel(logger.level),
    openTelemetry: false,
  });
}

export type ClaudeClient = ReturnType<typeof createClaudeClient>;

/** The SDK filters before it formats; keep it in step with the pino level. */
function sdkLogLevel(pinoLevel: string): "off" | "error" | "warn" | "info" | "debug" {
  switch (pinoLevel) {
    case "silent":
      return "off";
    case "fatal":
    case "error":
      return "error";
    case "warn":
      return "warn";
    case "info":
      return "info";
    default:
      return "debug";
  }
}
