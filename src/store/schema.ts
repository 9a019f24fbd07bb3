/**
 * The tables as Kysely sees them. Times are milliseconds since 1970 (bigint: PostgreSQL hands
 * them back as strings, so reads go through Number()); booleans are 0/1 integers, the same in
 * both dialects; lists are JSON text.
 */
import type { ColumnType } from "kysely";

/** A bigint column: written as a number, read as a number (SQLite) or a string (PostgreSQL). */
type Millis = ColumnType<number | string, number, number>;
/** COUNT(*) and SUM() come back as numbers, strings or bigints depending on the driver. */
export type Counted = number | string | bigint | null;

export interface AnswersTable {
  id: string;
  created_at: Millis;
  /** UTC day (YYYY-MM-DD), so per-day counts group the same way in both dialects. */
  day: string;
  path: string;
  user_hash: string | null;
  guild_id: string | null;
  channel_id: string | null;
  language: string;
  mode: string;
  abstained: number;
  fallback_reason: string | null;
  question: string | null;
  answer: string | null;
  citations: string;
  sources: string;
  notice: string | null;
  latency_ms: number;
  input_tokens: number;
  output_tokens: number;
  cache_read_tokens: number;
  cache_creation_tokens: number;
}

export interface RefusalsTable {
  id: string;
  created_at: Millis;
  day: string;
  path: string;
  user_hash: string | null;
  guild_id: string | null;
  language: string;
  reason: string;
}

export interface VotesTable {
  answer_id: string;
  user_hash: string;
  vote: string;
  created_at: Millis;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface Database {
  answers: AnswersTable;
  refusals: RefusalsTable;
  votes: VotesTable;
  settings: SettingsTable;
}

export function toNumber(value: Counted | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}
