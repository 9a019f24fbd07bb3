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

/**
 * Interaction and webhook tokens sit in URLs (`/webhooks/<app id>/<token>/…`): for 15 minutes
 * they let anyone edit the bot's reply, so logged errors carry the URL without them.
 */
export function redactUrlTokens(url: string): string {
  return url.replace(/(\/(?:webhooks|interactions)\/\d+\/)[^/?#\s"]+/g, "$1[redacted]");
}

/** pino's error serializer, with tokens taken out of the request URL an HTTP error carries. */
function serializeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (serialized && typeof serialized.url === "string") {
    serialized.url = redactUrlTokens(serialized.url);
  }
  return serialized;
}

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
    serializers: { err: serializeError },
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
