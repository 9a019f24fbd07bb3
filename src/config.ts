/**
 * The only reader of process.env. One zod schema turns the environment into a frozen, typed
 * config object; a bad value fails at start-up with a message that names the variable but never
 * prints its value (values may be secrets).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseEnv } from "node:util";
import { z } from "zod";
import { EXIT_CODES, StartupError } from "./process/startup-error.ts";
import { deepFreeze } from "./util/deep-freeze.ts";
import { parseShardIds } from "./util/shard-ids.ts";

/** The Claude model used when ANTHROPIC_MODEL is not set. */
export const DEFAULT_MODEL = "claude-haiku-5-5";

/** The folder holding package.json: one up from src/ (tsx), two up from dist/src/ (compiled). */
const projectRoot = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));

function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, "..");
  }
}

/** Empty strings in .env files mean "not set". */
const blankAsUnset = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const optionalString = z.preprocess(blankAsUnset, z.string().trim().min(1).optional());

const integer = (fallback: number, min: number, max: number) =>
  z.preprocess(blankAsUnset, z.coerce.number().int().min(min).max(max).default(fallback));
const httpUrl = () => z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const optionalUrl = z.preprocess(blankAsUnset, httpUrl().optional());
const urlWithDefault = (fallback: string) =>
  z.preprocess(blankAsUnset, httpUrl().default(fallback));

const booleanWithDefault = (fallback: boolean) =>
  z.preprocess(
    (value) => {
      const set = blankAsUnset(value);
      return typeof set === "string" ? set.trim().toLowerCase() : set;
    },
    z
      .enum(["true", "false", "1", "0", "yes", "no", "on", "off"], {
        error: "must be true or false",
      })
      .default(fallback ? "true" : "false")
      .transform((value) => ["true", "1", "yes", "on"].includes(value)),
  );

const postgresUrl = z.preprocess(
  blankAsUnset,
  z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/\S+$/, "must be a postgres:// URL")
    .optional(),
);

const snowflake = z.preprocess(
  blankAsUnset,
  z
    .string()
    .regex(/^\d{17,20}$/, "must be a Discord id (17 to 20 digits)")
    .optional(),
);

const PORT_MESSAGE = "must be a port number from 0 to 65535";

/**
 * After Claude's calls are cut short on a stop, how long the deterministic answers get to reach
 * Discord before the client goes anyway (SHUTDOWN_FINAL_SENDS_MS; a stop that names no window).
 */
export const DEFAULT_FINAL_SENDS_MS = 1_500;

const environmentSchema = z.object({
  LOG_LEVEL: z
    .preprocess(
      blankAsUnset,
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    )
    .describe("pino log level"),
  KNOWLEDGE_DIR: optionalString,

  ANTHROPIC_API_KEY: optionalString,
  ANTHROPIC_BASE_URL: optionalUrl,
  ANTHROPIC_MODEL: z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9.:@_-]*$/i, "must be a model id such as claude-haiku-5-5")
      // The current fast model; not on the SDK's deprecated list (claude-haiku-4-5 is legacy).
      .default(DEFAULT_MODEL),
  ),
  CLAUDE_TIMEOUT_MS: integer(15_000, 1_000, 120_000),
  CLAUDE_MAX_TOKENS: integer(700, 64, 8_192),
  USER_QUESTIONS_PER_MINUTE: integer(6, 1, 1_000),
  CLAUDE_MAX_CONCURRENCY: integer(4, 1, 256),
  CLAUDE_QUEUE_SIZE: integer(16, 0, 10_000),
  CLAUDE_QUEUE_WAIT_MS: integer(2_000, 0, 60_000),

  USER_ANSWERS_PER_MINUTE: integer(10, 1, 10_000),

  MAX_QUESTION_LENGTH: integer(500, 20, 6_000),
  /** On SIGTERM/SIGINT: how long answers in flight may take before Claude's are cut short. */
  SHUTDOWN_GRACE_MS: integer(8_000, 0, 300_000),
  /** After the grace period: how long the deterministic answers get to reach Discord. */
  SHUTDOWN_FINAL_SENDS_MS: integer(DEFAULT_FINAL_SENDS_MS, 0, 60_000),
  /** https://no-color.org: any non-empty value turns colour off. */
  NO_COLOR: optionalString,

  /** Serve /healthz and /metrics over HTTP on this port (unset: no HTTP server; 0: any free port). */
  METRICS_PORT: z.preprocess(
    blankAsUnset,
    z.coerce
      .number({ error: PORT_MESSAGE })
      .int(PORT_MESSAGE)
      .min(0, PORT_MESSAGE)
      .max(65_535, PORT_MESSAGE)
      .optional(),
  ),
  METRICS_HOST: z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .regex(/^[\w.:-]+$/, "must be a host name or an IP address such as 127.0.0.1 or 0.0.0.0")
      .default("127.0.0.1"),
  ),

  DISCORD_TOKEN: optionalString,
  DISCORD_CLIENT_ID: snowflake,
  DISCORD_GUILD_ID: snowflake,
  DISCORD_API_BASE_URL: urlWithDefault("https://discord.com/api"),
  /** Discord's global limit is 50 requests per second per bot token, shared by every process. */
  DISCORD_REST_PER_SECOND: integer(50, 1, 10_000),
  DISCORD_SHARD_COUNT: z.preprocess(
    blankAsUnset,
    z
      .string()
      .trim()
      .regex(/^(auto|[1-9]\d{0,4})$/, 'must be "auto" or a whole number of shards (1 or more)')
      .default("auto"),
  ),
  DISCORD_SHARD_IDS: optionalString,

  DATABASE_PATH: optionalString,
  DATABASE_URL: postgresUrl,
  STORE_SECRET: z.preprocess(
    blankAsUnset,
    z.string().min(16, "must be at least 16 characters").optional(),
  ),
  STORE_RETENTION_DAYS: integer(90, 0, 36_500),
  STORE_QUESTION_TEXT: booleanWithDefault(true),
  // Set by discord.js's ShardingManager in each process it spawns (npm run start:sharded).
  SHARDING_MANAGER: optionalString,
  SHARDS: optionalString,
  SHARD_COUNT: optionalString,
});

type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  readonly logLevel: Environment["LOG_LEVEL"];
  /** Colour in terminal output (off when NO_COLOR is set). */
  readonly color: boolean;
  /** Longest question accepted, in characters. */
  readonly maxQuestionLength: number;
  /**
   * On a stop signal: how long answers in flight may take; at the deadline those still waiting
   * for Claude get the deterministic answer.
   */
  readonly shutdownGraceMs: number;
  /** After the grace period, how long the deterministic answers get to reach Discord. */
  readonly shutdownFinalSendsMs: number;
  /** Absolute path of the knowledge folder. */
  readonly knowledgeDir: string;
  readonly anthropic: {
    /** Absent means the deterministic answerer only. */
    readonly apiKey: string | undefined;
    readonly baseUrl: string | undefined;
    readonly model: string;
    /** Deadline for one whole Claude answer, retries included. */
    readonly timeoutMs: number;
    readonly maxTokens: number;
  };
  /** Limits that protect the Claude bill; past them, answers are the deterministic ones. */
  readonly limits: {
    /** Claude answers one user may get per minute (a token bucket: bursts up to this). */
    readonly userQuestionsPerMinute: number;
    /** Claude calls running at once, in this process. */
    readonly claudeMaxConcurrency: number;
    /** Questions that may wait for a free Claude call, and for how long. */
    readonly claudeQueueSize: number;
    readonly claudeQueueWaitMs: number;
  };
  /** The health and metrics endpoints (src/http); absent port: no HTTP server. */
  readonly metrics: {
    readonly port: number | undefined;
    readonly host: string;
  };
  readonly discord: {
    readonly token: string | undefined;
    readonly clientId: string | undefined;
    readonly guildId: string | undefined;
    readonly apiBaseUrl: string;
    /** REST requests per second this process allows itself (Discord's global limit). */
    readonly restRequestsPerSecond: number;
    /** Answers (any command, mention, DM or reply) one user may get in any minute. */
    readonly userAnswersPerMinute: number;
    readonly sharding: Sharding;
  };
  readonly store: StoreConfig;
}

/** Where answers and feedback are kept (src/store). */
export interface StoreConfig {
  /** Absolute path of the SQLite file (used when databaseUrl is not set). */
  readonly databasePath: string;
  /** A postgres:// URL: PostgreSQL instead of SQLite (one store for bots on several hosts). */
  readonly databaseUrl: string | undefined;
  /** Key for hashing user ids; absent: a random one kept in the store. */
  readonly secret: string | undefined;
  /** Rows older than this many days are deleted daily (0: kept forever). */
  readonly retentionDays: number;
  /** Keep question and answer texts (false: counts only). */
  readonly questionText: boolean;
}

export interface Sharding {
  /** The shards this process runs (with start:sharded: this host), "all" or these ids. */
  readonly shardIds: "all" | readonly number[];
  /** Shards of the whole bot over every host; "auto" asks Discord (GET /gateway/bot). */
  readonly shardCount: number | "auto";
  /** This process was spawned by discord.js's ShardingManager (npm run start:sharded). */
  readonly managed: boolean;
}

/** A configuration problem, listing each bad variable by name (never by value). */
export class ConfigError extends StartupError {
  constructor(readonly problems: readonly string[]) {
    super(
      `Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`,
      EXIT_CODES.config,
    );
    this.name = "ConfigError";
  }
}

/**
 * Builds the config from an environment (process.env by default, after reading the project's
 * .env file if there is one; variables already set win). Throws ConfigError.
 */
export function loadConfig(environment?: NodeJS.ProcessEnv): Config {
  if (environment === undefined) loadDotEnv();
  const parsed = environmentSchema.safeParse(environment ?? process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = issue.path.join(".") || "(environment)";
      return `${variable}: ${issue.message}`;
    });
    throw new ConfigError(problems);
  }
  const env = parsed.data;
  const sharding = shardingOf(env);
  if (Array.isArray(sharding)) throw new ConfigError(sharding);
  const config: Config = {
    logLevel: env.LOG_LEVEL,
    color: env.NO_COLOR === undefined,
    maxQuestionLength: env.MAX_QUESTION_LENGTH,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    shutdownFinalSendsMs: env.SHUTDOWN_FINAL_SENDS_MS,
    knowledgeDir: path.resolve(projectRoot, env.KNOWLEDGE_DIR ?? "knowledge"),
    anthropic: {
      apiKey: env.ANTHROPIC_API_KEY,
      baseUrl: env.ANTHROPIC_BASE_URL,
      model: env.ANTHROPIC_MODEL,
      timeoutMs: env.CLAUDE_TIMEOUT_MS,
      maxTokens: env.CLAUDE_MAX_TOKENS,
    },
    limits: {
      userQuestionsPerMinute: env.USER_QUESTIONS_PER_MINUTE,
      claudeMaxConcurrency: env.CLAUDE_MAX_CONCURRENCY,
      claudeQueueSize: env.CLAUDE_QUEUE_SIZE,
      claudeQueueWaitMs: env.CLAUDE_QUEUE_WAIT_MS,
    },
    metrics: { port: env.METRICS_PORT, host: env.METRICS_HOST },
    discord: {
      token: env.DISCORD_TOKEN,
      clientId: env.DISCORD_CLIENT_ID,
      guildId: env.DISCORD_GUILD_ID,
      apiBaseUrl: env.DISCORD_API_BASE_URL,
      restRequestsPerSecond: env.DISCORD_REST_PER_SECOND,
      userAnswersPerMinute: env.USER_ANSWERS_PER_MINUTE,
      sharding,
    },
    store: {
      databasePath: path.resolve(projectRoot, env.DATABASE_PATH ?? "data/deal-bot.sqlite"),
      databaseUrl: env.DATABASE_URL,
      secret: env.STORE_SECRET,
      retentionDays: env.STORE_RETENTION_DAYS,
      questionText: env.STORE_QUESTION_TEXT,
    },
  };
  return deepFreeze(config);
}

/** Which shards to run, or the problems found (each naming its variable, never its value). */
function shardingOf(env: Environment): Sharding | string[] {
  if (env.SHARDING_MANAGER === "true") {
    // The manager's choice wins over DISCORD_SHARD_*, which its children inherit.
    const ids = parseShardIds((env.SHARDS ?? "").replace(/[[\]]/g, ""));
    const count = Number(env.SHARD_COUNT);
    if (!ids || !Number.isInteger(count) || count < 1 || ids.some((id) => id >= count)) {
      return ["SHARDS, SHARD_COUNT: set by the sharding manager, but not shard ids below a count"];
    }
    return { shardIds: ids, shardCount: count, managed: true };
  }
  const shardCount = env.DISCORD_SHARD_COUNT === "auto" ? "auto" : Number(env.DISCORD_SHARD_COUNT);
  if (env.DISCORD_SHARD_IDS === undefined) return { shardIds: "all", shardCount, managed: false };
  const ids = parseShardIds(env.DISCORD_SHARD_IDS);
  if (!ids) return ['DISCORD_SHARD_IDS: must be shard ids such as "0-3" or "0,2,4"'];
  if (shardCount === "auto") {
    return [
      "DISCORD_SHARD_IDS: needs DISCORD_SHARD_COUNT set to the bot's total number of shards (not auto), so that every host splits the guilds the same way",
    ];
  }
  if (ids.some((id) => id >= shardCount)) {
    return ["DISCORD_SHARD_IDS: every shard id must be below DISCORD_SHARD_COUNT (ids start at 0)"];
  }
  return { shardIds: ids, shardCount, managed: false };
}

/** The project's .env file into process.env; variables already set win. */
function loadDotEnv(): void {
  const file = path.join(projectRoot, ".env");
  if (!existsSync(file)) return;
  for (const [name, value] of Object.entries(readEnvFile(file))) {
    process.env[name] ??= value;
  }
}

/**
 * The variables of a .env file. Editors on Windows may save it with a byte-order mark (which
 * would glue itself to the first name) and CRLF line ends: both are dropped before parsing.
 */
export function readEnvFile(file: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError([`.env: could not be read (${(error as NodeJS.ErrnoException).code})`]);
  }
  const variables: Record<string, string> = {};
  const parsed = parseEnv(text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n"));
  for (const [name, value] of Object.entries(parsed)) {
    if (value !== undefined) variables[name] = value;
  }
  return variables;
}

/** Whether standard input and output are an interactive terminal. */
export function isInteractiveTerminal(): boolean {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}
