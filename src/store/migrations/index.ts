/**
 * Every migration, in order. Applied at start-up by Kysely's Migrator (which takes a lock, so
 * bots on several hosts starting at once apply each one once). Add new ones at the end with the
 * next number; never edit one that has shipped.
 */
import type { Migration, MigrationProvider } from "kysely";
import { initial } from "./001-initial.ts";

const migrations: Record<string, Migration> = {
  "001-initial": initial,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
