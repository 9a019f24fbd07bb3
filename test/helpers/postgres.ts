/**
 * The URL of the test run's PostgreSQL server (test/setup/postgres.ts). Throws, so the calling
 * test fails with the reason, when the server could not start: PostgreSQL tests never skip.
 */
import pg from "pg";
import { inject } from "vitest";

export function postgresUrl(): string {
  const postgres = inject("postgres");
  if (!postgres) throw new Error("no PostgreSQL server: is test/setup/postgres.ts in globalSetup?");
  if ("error" in postgres) throw new Error(postgres.error);
  return postgres.url;
}

let databases = 0;

/**
 * A new, empty database on the test server, so suites never see each other's rows. Returns its
 * URL and a function that drops it.
 */
export async function freshPostgresDatabase(): Promise<{
  readonly url: string;
  readonly drop: () => Promise<void>;
}> {
  const base = new URL(postgresUrl());
  const name = `store_${process.pid}_${Date.now().toString(36)}_${databases++}`;
  await adminQuery(base, `create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(base, `drop database if exists ${name} with (force)`),
  };
}

async function adminQuery(url: URL, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
