/**
 * A fresh store target for a test: a new SQLite file in a temporary folder, or a new database
 * on the run's real PostgreSQL server. Never an imitation of either.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { StoreConfig } from "../../src/config.ts";
import type { AnswerRecord } from "../../src/store/types.ts";
import { freshPostgresDatabase } from "./postgres.ts";

export type StoreDialect = "sqlite" | "postgres";

export interface StoreTarget {
  readonly config: StoreConfig;
  /** The SQLite file (sqlite only). */
  readonly file?: string;
  readonly cleanup: () => Promise<void>;
}

export async function freshStoreTarget(
  dialect: StoreDialect,
  overrides: Partial<StoreConfig> = {},
): Promise<StoreTarget> {
  const base = { secret: undefined, retentionDays: 90, questionText: true, ...overrides };
  if (dialect === "postgres") {
    const database = await freshPostgresDatabase();
    return {
      config: { ...base, databasePath: "/nonexistent", databaseUrl: database.url },
      cleanup: database.drop,
    };
  }
  const folder = await mkdtemp(path.join(tmpdir(), "deal-bot-store-"));
  const file = path.join(folder, "data", "deal-bot.sqlite");
  return {
    config: { ...base, databasePath: file, databaseUrl: undefined },
    file,
    cleanup: () => rm(folder, { recursive: true, force: true }),
  };
}

let answers = 0;

/** An answer record with sensible defaults. */
export function answerRecord(overrides: Partial<AnswerRecord> = {}): AnswerRecord {
  answers++;
  return {
    id: `a${answers.toString(36)}${Date.now().toString(36)}`,
    at: new Date(),
    path: "mention",
    userId: "123456789012345678",
    guildId: "223456789012345678",
    channelId: "323456789012345678",
    language: "en",
    mode: "fallback",
    abstained: false,
    question: "How much is NVIDIA investing?",
    text: "Up to $10 billion.",
    citations: [{ quote: "엔비디아는 최대 100억 달러를", section: "투자 규모" }],
    sources: [{ title: "NVIDIA newsroom", url: "https://nvidianews.nvidia.com/" }],
    latencyMs: 42,
    ...overrides,
  };
}
