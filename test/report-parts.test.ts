/** The pieces of the report that need no database: question grouping, ranges, config. */
import { describe, expect, it } from "vitest";
import { parseSince } from "../src/cli/report-range.ts";
import { ConfigError, loadConfig } from "../src/config.ts";
import { groupQuestions, questionTerms } from "../src/store/question-groups.ts";

describe("grouping questions by similarity", () => {
  it("groups wordings of one question (Korean endings, English stems, stopwords) and keeps others apart", () => {
    const groups = groupQuestions(
      [
        "how much is nvidia investing?",
        "How much did NVIDIA invest?",
        "엔비디아의 투자 규모는?",
        "엔비디아 투자 규모",
        "Who is the CEO of Apple?",
      ],
      10,
    );
    expect(groups).toEqual([
      { question: "how much is nvidia investing?", count: 2 },
      { question: "엔비디아의 투자 규모는?", count: 2 },
      { question: "Who is the CEO of Apple?", count: 1 },
    ]);
    expect(questionTerms("엔비디아의 투자 규모는?")).toEqual(questionTerms("엔비디아 투자 규모"));
  });

  it("keeps questions of stopwords only with their exact repeats", () => {
    expect(groupQuestions(["what?", "What?", "why?"], 10)).toEqual([
      { question: "what?", count: 2 },
      { question: "why?", count: 1 },
    ]);
  });
});

describe("--since / --until", () => {
  const until = new Date("2026-11-30T12:00:00Z");
  it("takes a duration back from until, or a date", () => {
    expect(parseSince("7d", until)?.toISOString()).toBe("2026-11-23T12:00:00.000Z");
    expect(parseSince("24h", until)?.toISOString()).toBe("2026-11-29T12:00:00.000Z");
    expect(parseSince("30m", until)?.toISOString()).toBe("2026-11-30T11:30:00.000Z");
    expect(parseSince("2w", until)?.toISOString()).toBe("2026-11-16T12:00:00.000Z");
    expect(parseSince("2026-11-01", until)?.toISOString()).toBe("2026-11-01T00:00:00.000Z");
  });
  it("refuses anything else", () => {
    for (const bad of ["", "7", "seven days", "7y", "2026-13-45"]) {
      expect(parseSince(bad, until), bad).toBeUndefined();
    }
  });
});

describe("the store's configuration", () => {
  it("defaults to SQLite in data/, 90 days, texts kept", () => {
    const { store } = loadConfig({});
    expect(store.databasePath).toMatch(/[/\\]data[/\\]deal-bot\.sqlite$/);
    expect(store).toMatchObject({
      databaseUrl: undefined,
      secret: undefined,
      retentionDays: 90,
      questionText: true,
    });
  });

  it("reads PostgreSQL, the secret, retention and texts off", () => {
    const { store } = loadConfig({
      DATABASE_URL: "postgresql://bot:pw@db.internal:5432/deal",
      STORE_SECRET: "a-long-enough-secret",
      STORE_RETENTION_DAYS: "0",
      STORE_QUESTION_TEXT: "FALSE",
    });
    expect(store).toMatchObject({
      databaseUrl: "postgresql://bot:pw@db.internal:5432/deal",
      secret: "a-long-enough-secret",
      retentionDays: 0,
      questionText: false,
    });
  });

  it("names a bad variable without printing its value", () => {
    const bad = {
      DATABASE_URL: "mysql://root:hunter2@db/deal",
      STORE_SECRET: "short-secret",
      STORE_RETENTION_DAYS: "-1",
      STORE_QUESTION_TEXT: "maybe",
    };
    let error: unknown;
    try {
      loadConfig(bad);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const variable of Object.keys(bad)) expect(message).toContain(variable);
    expect(message).not.toContain("hunter2");
    expect(message).not.toContain("short-secret");
  });
});
