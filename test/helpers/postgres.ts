/**
 * The URL of the test run's PostgreSQL server (test/setup/postgres.ts). Throws, so the calling
 * test fails with the reason, when the server could not start: PostgreSQL tests never skip.
 */
import { inject } from "vitest";

export function postgresUrl(): string {
  const postgres = inject("postgres");
  if (!postgres) throw new Error("no PostgreSQL server: is test/setup/postgres.ts in globalSetup?");
  if ("error" in postgres) throw new Error(postgres.error);
  return postgres.url;
}
