/**
 * vitest global setup (project "store"): a real PostgreSQL server for the store tests, started
 * once per run and stopped after it (test/helpers/postgres-server.ts). If it cannot start, the
 * reason is provided instead of a URL, and every PostgreSQL test fails with it: they never skip.
 */
import type { TestProject } from "vitest/node";
import { type PostgresServer, startPostgresServer } from "../helpers/postgres-server.ts";

export type PostgresForTests = { readonly url: string } | { readonly error: string };

declare module "vitest" {
  export interface ProvidedContext {
    postgres: PostgresForTests;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let server: PostgresServer | undefined;
  try {
    server = await startPostgresServer();
    project.provide("postgres", { url: server.url });
  } catch (error) {
    project.provide("postgres", { error: error instanceof Error ? error.message : String(error) });
  }
  return async () => {
    await server?.stop();
  };
}
