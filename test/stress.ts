/**
 * `npm run test:stress`: the whole suite, three times, while two CPU-bound processes compete for
 * the cores, as on a busy machine. It passes only if every run passes; a test that depends on the
 * machine's speed shows up here.
 *
 *   npm run test:stress                              # 3 runs, 2 burners, the whole suite
 *   npm run test:stress -- --runs=1 --burners=4 test/e2e/streaming.test.ts
 *
 * Anything not `--runs=` or `--burners=` is passed to `vitest run`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { projectRoot } from "./helpers/paths.ts";

const VITEST = path.join(projectRoot, "node_modules/.bin/vitest");

function option(name: string, fallback: number): number {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  if (!given) return fallback;
  const value = Number(given.slice(name.length + 3));
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number (got "${given}")`);
    process.exit(2);
  }
  return value;
}

const runs = option("runs", 3);
const burnerCount = option("burners", 2);
const vitestArgs = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith("--runs=") && !arg.startsWith("--burners="));

/** A process that keeps one core busy until it is killed. */
function startBurner(): ChildProcess {
  return spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" });
}

let suite: ChildProcess | undefined;

function runSuite(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(VITEST, ["run", ...vitestArgs], { cwd: projectRoot, stdio: "inherit" });
    suite = child;
    child.on("error", (error) => {
      console.error(`could not start vitest: ${error.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const burners = Array.from({ length: burnerCount }, startBurner);
const stopBurners = () => {
  for (const burner of burners) if (burner.exitCode === null) burner.kill("SIGKILL");
};
const stopSuite = () => {
  if (suite && suite.exitCode === null) suite.kill("SIGTERM");
};
process.on("exit", stopBurners);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopSuite();
    stopBurners();
    process.exit(130);
  });
}

console.log(`test:stress: ${runs} run(s) of vitest with ${burnerCount} CPU burner(s) beside it`);
const results: { run: number; code: number; seconds: number }[] = [];
for (let run = 1; run <= runs; run++) {
  console.log(`\n=== test:stress run ${run} of ${runs} ===`);
  const started = performance.now();
  const code = await runSuite();
  results.push({ run, code, seconds: (performance.now() - started) / 1000 });
}
stopBurners();

console.log("\n=== test:stress summary ===");
for (const { run, code, seconds } of results) {
  console.log(
    `run ${run}: ${code === 0 ? "passed" : `FAILED (exit ${code})`} in ${seconds.toFixed(0)} s`,
  );
}
const failed = results.filter((result) => result.code !== 0).length;
console.log(failed === 0 ? "all runs passed" : `${failed} of ${runs} run(s) failed`);
process.exitCode = failed === 0 ? 0 : 1;
