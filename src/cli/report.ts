/**
 * npm run report                    the last 7 days as text tables
 * npm run report -- --since 30d     another range (30m, 24h, 7d, 2w, or a date: 2026-11-01)
 * npm run report -- --json          one JSON object (for scripts and dashboards)
 * Reads the store the bot writes (DATABASE_PATH or DATABASE_URL, as in .env). Never a user id.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { createLogger } from "../log.ts";
import { endQuietlyWhenReaderCloses } from "../process/closed-pipe.ts";
import { runMain } from "../runtime.ts";
import { createStore } from "../store/store.ts";
import { parseSince } from "./report-range.ts";
import { formatReport } from "./report-text.ts";

const USAGE = `usage:
  npm run report [-- --since 7d] [--until 2026-11-30] [--limit 10] [--json]`;

endQuietlyWhenReaderCloses();
await runMain(async () => {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      since: { type: "string", default: "7d" },
      until: { type: "string" },
      limit: { type: "string", default: "10" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const until = values.until === undefined ? new Date() : parseSince(values.until, new Date());
  const since = until ? parseSince(values.since, until) : undefined;
  const limit = Number(values.limit);
  if (!until || !since || since >= until || !Number.isInteger(limit) || limit < 1) {
    process.stderr.write(
      `--since/--until take a duration (30m, 24h, 7d, 2w) or a date (2026-11-01), since before until; --limit a whole number.\n${USAGE}\n`,
    );
    process.exitCode = 64;
    return;
  }
  const config = loadConfig();
  const logger = createLogger({ level: "warn" });
  const store = createStore(config.store, logger);
  try {
    const report = await store.report({ since, until }, { limit });
    process.stdout.write(
      values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`,
    );
  } catch (error) {
    process.stderr.write(
      `Could not read the store (${config.store.databaseUrl ? "DATABASE_URL" : config.store.databasePath}): ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  } finally {
    await store.close();
  }
});
