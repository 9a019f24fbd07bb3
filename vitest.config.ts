import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Spawned entry points run compiled, as in production: build dist/ first when stale.
    globalSetup: ["test/global-setup.ts"],
    // End-to-end tests start local servers; give them room on a busy, shared machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The suites start servers on random loopback ports and must not starve each other of CPU.
    maxWorkers: 2,
  },
});
