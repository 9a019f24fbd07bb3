/**
 * pino, writing to stderr so that stdout stays clean for machine-readable output (`ask --jsonl`).
 * Pretty on a terminal, JSON lines otherwise. Secrets are redacted wherever they appear by name.
 */
import pino, { type Logger } from "pino";

export type { Logger } from "pino";

/** Paths censored in every log line (tokens and keys, at the top level or one level down). */
export const REDACTED_PATHS = [
  "token",
  "apiKey",
  "api_key",
  "authorization",
  "password",
  "secret",
  "*.token",
  "*.apiKey",
  "*.api_key",
  "*.authorization",
  "*.Authorization",
  "*.password",
  "*.secret",
  "*.headers.authorization",
  "*.headers.Authorization",
  "*.headers['x-api-key']",
  'headers["x-api-key"]',
  "headers.authorization",
];

export interface LoggerOptions {
  level: string;
  /** Pretty, human output (default: when stderr is a terminal). */
  pretty?: boolean;
  /** Where to write (default: stderr). Tests pass a stream to capture lines. */
  destination?: pino.DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
  const pretty = options.pretty ?? Boolean(process.stderr.isTTY);
  const base: pino.LoggerOptions = {
    level: options.level,
    base: { pid: process.pid },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
  };
  if (options.destination) return pino(base, options.destination);
  if (pretty) {
    return pino({
      ...base,
      transport: {
        target: "pino-pretty",
        options: {
          destination: 2,
          colorize: true,
          ignore: "pid,hostname",
          translateTime: "HH:MM:ss",
        },
      },
    });
  }
  return pino(base, pino.destination({ dest: 2, sync: false }));
}

/** A logger that drops everything, for tools and tests that do not care. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
