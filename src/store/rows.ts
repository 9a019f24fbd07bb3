/** Records to table rows and back: hashing user ids, dropping texts when asked, JSON lists. */
import type { Insertable, Selectable } from "kysely";
import type { AnswerMode, Citation, SourceLink } from "../answer/types.ts";
import type { Language } from "../knowledge/schema.ts";
import type { AnswersTable, RefusalsTable, VotesTable } from "./schema.ts";
import type { AnswerPath, AnswerRecord, RefusalRecord, StoredAnswer, VoteRecord } from "./types.ts";
import { hashUserId } from "./user-hash.ts";

export type Write =
  | { readonly kind: "answer"; readonly record: AnswerRecord }
  | { readonly kind: "refusal"; readonly record: RefusalRecord }
  | { readonly kind: "vote"; readonly record: VoteRecord };

export interface RowOptions {
  readonly hashKey: Buffer;
  readonly questionText: boolean;
}

/** UTC day of a time, as YYYY-MM-DD. */
export function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** PostgreSQL refuses NUL characters in text; nobody needs them. */
function clean(text: string): string {
  return text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
}

const userHash = (options: RowOptions, userId: string | undefined) =>
  userId === undefined ? null : hashUserId(options.hashKey, userId);

export function answerRow(record: AnswerRecord, options: RowOptions): Insertable<AnswersTable> {
  const usage = record.usage;
  return {
    id: record.id,
    created_at: record.at.getTime(),
    day: dayOf(record.at),
    path: record.path,
    user_hash: userHash(options, record.userId),
    guild_id: record.guildId ?? null,
    channel_id: record.guildId ? (record.channelId ?? null) : null,
    language: record.language,
    mode: record.mode,
    abstained: record.abstained ? 1 : 0,
    fallback_reason: record.fallbackReason ?? null,
    question: options.questionText ? clean(record.question) : null,
    answer: options.questionText ? clean(record.text) : null,
    // Citations and sources are quotes of the knowledge, not the user's words: always kept, so
    // "Sources" works after a restart even without texts.
    citations: clean(JSON.stringify(record.citations)),
    sources: clean(JSON.stringify(record.sources)),
    notice: record.notice ?? null,
    latency_ms: Math.max(0, Math.round(record.latencyMs)),
    input_tokens: usage?.inputTokens ?? 0,
    output_tokens: usage?.outputTokens ?? 0,
    cache_read_tokens: usage?.cacheReadInputTokens ?? 0,
    cache_creation_tokens: usage?.cacheCreationInputTokens ?? 0,
  };
}

export function refusalRow(record: RefusalRecord, options: RowOptions): Insertable<RefusalsTable> {
  return {
    id: record.id,
    created_at: record.at.getTime(),
    day: dayOf(record.at),
    path: record.path,
    user_hash: userHash(options, record.userId),
    guild_id: record.guildId ?? null,
    language: record.language,
    reason: record.reason,
  };
}

export function voteRow(record: VoteRecord, options: RowOptions): Insertable<VotesTable> {
  return {
    answer_id: record.answerId,
    user_hash: hashUserId(options.hashKey, record.userId),
    vote: record.vote,
    created_at: record.at.getTime(),
  };
}

export function storedFromRow(row: Selectable<AnswersTable>): StoredAnswer {
  return {
    id: row.id,
    at: new Date(Number(row.created_at)),
    path: row.path as AnswerPath,
    language: row.language as Language,
    mode: row.mode as AnswerMode,
    abstained: row.abstained === 1,
    question: row.question ?? undefined,
    text: row.answer ?? undefined,
    citations: parseList<Citation>(row.citations),
    sources: parseList<SourceLink>(row.sources),
    notice: row.notice ?? undefined,
  };
}

/** A still-queued answer, shown as it will read once written. */
export function storedFromRecord(record: AnswerRecord, questionText: boolean): StoredAnswer {
  return {
    id: record.id,
    at: record.at,
    path: record.path,
    language: record.language,
    mode: record.mode,
    abstained: record.abstained,
    question: questionText ? record.question : undefined,
    text: questionText ? record.text : undefined,
    citations: record.citations,
    sources: record.sources,
    notice: record.notice,
  };
}

function parseList<T>(json: string): T[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}
