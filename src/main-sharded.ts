/**
 * npm run start:sharded: the Discord bot as one process per shard, under discord.js's
 * ShardingManager (DISCORD_SHARD_COUNT: "auto" or a number; DISCORD_SHARD_IDS: this host's range).
 * Runs until SIGINT/SIGTERM (or its parent goes away), then stops every shard process cleanly;
 * a shard process whose manager dies stops too.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ConfigError, loadConfig } from "./config.ts";
import { createShardingManager, spawnShards, stopShards } from "./discord/sharding.ts";
import type { HttpEndpoint } from "./http/server.ts";
import { startShardedObservability } from "./http/sharded.ts";
import { createLogger } from "./log.ts";
import { EXIT_CODES } from "./process/startup-error.ts";
import { onStopRequest } from "./process/stop-requests.ts";
import { runMain } from "./runtime.ts";

// main.js beside this file when compiled, main.ts under tsx: the shards run what the manager runs.
const self = fileURLToPath(import.meta.url);
const entryFile = path.join(path.dirname(self), `main${path.extname(self)}`);
/** The manager's own Node flags (tsx's loader in development), without a debugger port. */
const shardExecArgv = process.execArgv.filter((flag) => !flag.startsWith("--inspect"));

await runMain(async () => {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel }).child({ component: "sharding" });
  if (config.discord.token === undefined) {
    throw new ConfigError([
      "DISCORD_TOKEN: not set, so there is no bot to shard (see .env.example)",
    ]);
  }
  let stopping = false;
  let manager: Awaited<ReturnType<typeof createShardingManager>>["manager"] | undefined;
  let endpoint: HttpEndpoint | undefined;
  // Each shard gets the grace period and its final sends; the manager waits a little longer.
  const shardStopMs = config.shutdownGraceMs + config.shutdownFinalSendsMs + 500;
  const stopWatching = onStopRequest((reason) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal: reason }, "stopping the shard processes");
    const stops = [manager && stopShards(manager, shardStopMs), endpoint?.close()];
    void Promise.all(stops).finally(() => {
      stopWatching();
      logger.info("stopped");
      logger.flush();
      process.exit(EXIT_CODES.ok);
    });
  });
  try {
    const created = await createShardingManager(config, { entryFile, execArgv: shardExecArgv });
    manager = created.manager;
    // One /healthz and /metrics for every shard (METRICS_PORT), up before the shards start.
    endpoint = await startShardedObservability({
      config,
      logger,
      shardIds: created.plan.shardIds,
      shard: (id) => created.manager.shards.get(id),
    });
    if (stopping) return;
    await spawnShards(created.manager, created.plan, logger);
  } catch (error) {
    if (manager) await stopShards(manager, shardStopMs);
    await endpoint?.close();
    stopWatching();
    logger.flush();
    throw error;
  }
});
