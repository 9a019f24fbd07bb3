/** The first tables: answers, refused questions, votes, and settings (the hashing key). */
import type { Kysely, Migration } from "kysely";

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("answers")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("day", "text", (column) => column.notNull())
      .addColumn("path", "text", (column) => column.notNull())
      .addColumn("user_hash", "text")
      .addColumn("guild_id", "text")
      .addColumn("channel_id", "text")
      .addColumn("language", "text", (column) => column.notNull())
      .addColumn("mode", "text", (column) => column.notNull())
      .addColumn("abstained", "integer", (column) => column.notNull())
      .addColumn("fallback_reason", "text")
      .addColumn("question", "text")
      .addColumn("answer", "text")
      .addColumn("citations", "text", (column) => column.notNull())
      .addColumn("sources", "text", (column) => column.notNull())
      .addColumn("notice", "text")
      .addColumn("latency_ms", "integer", (column) => column.notNull())
      .addColumn("input_tokens", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("output_tokens", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("cache_read_tokens", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("cache_creation_tokens", "integer", (column) => column.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex("answers_created_at").on("answers").column("created_at").execute();

    await db.schema
      .createTable("refusals")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addColumn("day", "text", (column) => column.notNull())
      .addColumn("path", "text", (column) => column.notNull())
      .addColumn("user_hash", "text")
      .addColumn("guild_id", "text")
      .addColumn("language", "text", (column) => column.notNull())
      .addColumn("reason", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("refusals_created_at")
      .on("refusals")
      .column("created_at")
      .execute();

    await db.schema
      .createTable("votes")
      .addColumn("answer_id", "text", (column) => column.notNull())
      .addColumn("user_hash", "text", (column) => column.notNull())
      .addColumn("vote", "text", (column) => column.notNull())
      .addColumn("created_at", "bigint", (column) => column.notNull())
      .addPrimaryKeyConstraint("votes_pk", ["answer_id", "user_hash"])
      .execute();
    await db.schema.createIndex("votes_created_at").on("votes").column("created_at").execute();

    await db.schema
      .createTable("settings")
      .addColumn("key", "text", (column) => column.primaryKey())
      .addColumn("value", "text", (column) => column.notNull())
      .execute();
  },
};
