/**
 * The report's queries: plain SQL that SQLite and PostgreSQL read alike (GROUP BY on stored
 * columns, LIMIT/OFFSET for percentiles), so the figures are the same whichever store runs.
 */
import { type Kysely, sql } from "kysely";
import { groupQuestions } from "./question-groups.ts";
import type { DayFigures, DownvotedAnswer, Report, ReportRange } from "./report-types.ts";
import { type Database, toNumber } from "./schema.ts";

/** Most questions read for grouping (the newest); older ones add little to the top list. */
const MAX_QUESTIONS_GROUPED = 5_000;

export interface ReportOptions {
  /** Entries in each list (top questions, voted-down answers). */
  readonly limit?: number;
  readonly questionText: boolean;
}

export async function buildReport(
  db: Kysely<Database>,
  range: ReportRange,
  options: ReportOptions,
): Promise<Report> {
  const limit = options.limit ?? 10;
  const since = range.since.getTime();
  const until = range.until.getTime();
  const guildId = range.guildId;
  const inRange = db
    .selectFrom("answers")
    .where("created_at", ">=", since)
    .where("created_at", "<", until)
    .$if(guildId !== undefined, (query) => query.where("guild_id", "=", guildId ?? ""));

  const groups = await inRange
    .select(["day", "mode", "path", "abstained"])
    .select((eb) => [
      eb.fn.countAll().as("n"),
      eb.fn.sum("input_tokens").as("input"),
      eb.fn.sum("output_tokens").as("output"),
      eb.fn.sum("cache_read_tokens").as("cacheRead"),
      eb.fn.sum("cache_creation_tokens").as("cacheCreation"),
    ])
    .groupBy(["day", "mode", "path", "abstained"])
    .execute();

  const byMode = { claude: 0, fallback: 0 };
  const byPath: Record<string, number> = {};
  const tokens = { input: 0, output: 0, cacheRead: 0, cacheCreation: 0 };
  const days = new Map<string, MutableDay>();
  let total = 0;
  let abstained = 0;
  for (const group of groups) {
    const n = toNumber(group.n);
    total += n;
    if (group.abstained === 1 || Number(group.abstained) === 1) abstained += n;
    if (group.mode === "claude" || group.mode === "fallback") byMode[group.mode] += n;
    byPath[group.path] = (byPath[group.path] ?? 0) + n;
    tokens.input += toNumber(group.input);
    tokens.output += toNumber(group.output);
    tokens.cacheRead += toNumber(group.cacheRead);
    tokens.cacheCreation += toNumber(group.cacheCreation);
    const day = days.get(group.day) ?? newDay(group.day);
    days.set(group.day, day);
    day.total += n;
    if (Number(group.abstained) === 1) day.abstained += n;
    if (group.mode === "claude" || group.mode === "fallback") day.byMode[group.mode] += n;
    day.byPath[group.path] = (day.byPath[group.path] ?? 0) + n;
  }

  const fallbackReasons = Object.fromEntries(
    (
      await inRange
        .select("fallback_reason")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("fallback_reason", "is not", null)
        .groupBy("fallback_reason")
        .execute()
    ).map((row) => [row.fallback_reason ?? "", toNumber(row.n)]),
  );

  const latencyAt = async (fraction: number): Promise<number | null> => {
    if (total === 0) return null;
    // Nearest rank: the smallest latency with at least `fraction` of answers at or below it.
    const offset = Math.max(0, Math.ceil(fraction * total) - 1);
    const row = await inRange
      .select("latency_ms")
      .orderBy("latency_ms")
      .limit(1)
      .offset(offset)
      .executeTakeFirst();
    return row ? Number(row.latency_ms) : null;
  };

  const refusalRows = await db
    .selectFrom("refusals")
    .select("reason")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("created_at", ">=", since)
    .where("created_at", "<", until)
    .$if(guildId !== undefined, (query) => query.where("guild_id", "=", guildId ?? ""))
    .groupBy("reason")
    .execute();
  const refusedByReason = Object.fromEntries(
    refusalRows.map((row) => [row.reason, toNumber(row.n)]),
  );

  const votes = db
    .selectFrom("votes")
    .where("created_at", ">=", since)
    .where("created_at", "<", until)
    .$if(guildId !== undefined, (query) =>
      query.where("answer_id", "in", (eb) =>
        eb
          .selectFrom("answers")
          .select("id")
          .where("guild_id", "=", guildId ?? ""),
      ),
    );
  const feedback = { up: 0, down: 0 };
  for (const row of await votes
    .select("vote")
    .select((eb) => eb.fn.countAll().as("n"))
    .groupBy("vote")
    .execute()) {
    if (row.vote === "up" || row.vote === "down") feedback[row.vote] = toNumber(row.n);
  }

  const questionsOf = async (onlyAbstained: boolean) => {
    if (!options.questionText) return [];
    let query = inRange.select("question").where("question", "is not", null);
    if (onlyAbstained) query = query.where("abstained", "=", 1);
    const rows = await query.orderBy("created_at", "desc").limit(MAX_QUESTIONS_GROUPED).execute();
    return rows.flatMap((row) => (row.question === null ? [] : [row.question]));
  };

  return {
    since: range.since.toISOString(),
    until: range.until.toISOString(),
    answers: {
      total,
      abstained,
      byMode,
      byPath,
      claudeShare: total === 0 ? 0 : byMode.claude / total,
      fallbackReasons,
      latencyMs: { p50: await latencyAt(0.5), p95: await latencyAt(0.95) },
      tokens,
    },
    refused: {
      total: Object.values(refusedByReason).reduce((sum, n) => sum + n, 0),
      byReason: refusedByReason,
    },
    perDay: [...days.values()].sort((a, b) => a.day.localeCompare(b.day)),
    feedback,
    topAbstained: groupQuestions(await questionsOf(true), limit),
    topQuestions: groupQuestions(await questionsOf(false), limit),
    downvoted: await downvotedAnswers(db, since, until, limit, guildId),
    questionTexts: options.questionText,
  };
}

interface MutableDay extends DayFigures {
  total: number;
  abstained: number;
  byMode: { claude: number; fallback: number };
  byPath: Record<string, number>;
}

function newDay(day: string): MutableDay {
  return { day, total: 0, abstained: 0, byMode: { claude: 0, fallback: 0 }, byPath: {} };
}

/** Answers whose votes in the range are more 👎 than 👍, with their question and answer. */
async function downvotedAnswers(
  db: Kysely<Database>,
  since: number,
  until: number,
  limit: number,
  guildId: string | undefined,
): Promise<DownvotedAnswer[]> {
  const down = sql<number>`sum(case when votes.vote = 'down' then 1 else 0 end)`;
  const up = sql<number>`sum(case when votes.vote = 'up' then 1 else 0 end)`;
  const rows = await db
    .selectFrom("votes")
    .leftJoin("answers", "answers.id", "votes.answer_id")
    .select([
      "votes.answer_id as answerId",
      "answers.created_at as at",
      "answers.mode as mode",
      "answers.question as question",
      "answers.answer as answer",
    ])
    .select([down.as("down"), up.as("up")])
    .where("votes.created_at", ">=", since)
    .where("votes.created_at", "<", until)
    .$if(guildId !== undefined, (query) => query.where("answers.guild_id", "=", guildId ?? ""))
    .groupBy([
      "votes.answer_id",
      "answers.created_at",
      "answers.mode",
      "answers.question",
      "answers.answer",
    ])
    .having(down, ">", up)
    .orderBy(down, "desc")
    .orderBy("votes.answer_id")
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    answerId: row.answerId,
    at: row.at === null ? "" : new Date(Number(row.at)).toISOString(),
    mode: row.mode ?? "",
    question: row.question,
    answer: row.answer,
    up: toNumber(row.up),
    down: toNumber(row.down),
  }));
}
