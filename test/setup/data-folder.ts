/**
 * vitest global setup: the SQLite store of every bot a test starts goes to a temporary folder,
 * never to the project's data/. Test workers and the processes they spawn inherit DATABASE_PATH;
 * tests that build their own environment set it themselves (see test/e2e/harness.ts).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

export default async function setup(): Promise<() => Promise<void>> {
  const folder = await mkdtemp(path.join(tmpdir(), "deal-bot-test-data-"));
  process.env.DATABASE_PATH = path.join(folder, "deal-bot.sqlite");
  return () => rm(folder, { recursive: true, force: true });
}
