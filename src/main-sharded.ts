/**
 * npm run start:sharded: the Discord bot as one process per shard, under discord.js's
 * ShardingManager (DISCORD_SHARD_COUNT: "auto" or a number; DISCORD_SHARD_IDS: this host's range).
 * Runs until SIGINT/SIGTERM, then stops every shard process cleanly.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "./config.ts";
import { DiscordLoginError } from "./discord/bot.ts";
import { createShardingManager, spawnShards, stopShards } from "./discord/sharding.ts";
import { type HttpEndpoint, HttpListenError } from "./http/server.ts";
import { startShardedObservability } from "./http/sharded.ts";
import { createLogger } from "./log.ts";
import { runMain } from "./runtime.ts";

const entryFile = path.join(path.dirname(fileURLToPath(import.meta.url)), "main.ts");

await runMain(async () => {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel }).child({ component: "sharding" });
  if (config.discord.token === undefined) {
    process.stderr.write(
      "DISCORD_TOKEN is not set: there is no bot to shard (see .env.example).\n",
    );
    process.exitCode = 1;
    return;
  }
  let stopping = false;
  let manager: Awaited<ReturnType<typeof createShardingManager>>["manager"] | undefined;
  let endpoint: HttpEndpoint | undefined;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping the shard processes");
    void Promise.all([manager ? stopShards(manager) : undefined, endpoint?.close()]).finally(() => {
      logger.info("stopped");
      logger.flush();
      process.exit(0);
    });
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  try {
    // The shard processes run the TypeScript sources as npm start does, through tsx.
    const created = await createShardingManager(config, {
      entryFile,
      execArgv: ["--import", import.meta.resolve("tsx")],
    });
    manager = created.manager;
    // One /healthz and /metrics for every shard (METRICS_PORT), up before the shards start.
    endpoint = await startShardedObservability({
      config,
      logger,
      shardIds: created.plan.shardIds,
      shard: (id) => created.manager.shards.get(id),
    });
    await spawnShards(created.manager, created.plan, logger);
  } catch (error) {
    if (error instanceof DiscordLoginError || error instanceof HttpListenError) {
      logger.fatal(error.message);
    } else logger.fatal({ err: error }, "the shards could not start");
    if (manager) await stopShards(manager);
    await endpoint?.close();
    logger.flush();
    process.exit(1);
  }
});
