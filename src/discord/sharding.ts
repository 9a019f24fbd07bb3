/**
 * npm run start:sharded: discord.js's ShardingManager runs one process per shard (every shard, or
 * this host's DISCORD_SHARD_IDS of DISCORD_SHARD_COUNT), starts again any that dies, and stops them
 * all on SIGINT/SIGTERM. Each shard process is `npm start` with its shard id: its own client,
 * answerer, limits and stats.
 */
import { ShardingManager } from "discord.js";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import { DiscordLoginError } from "./gateway-errors.ts";
import { fetchGatewayBot } from "./gateway-info.ts";

/** Discord lets one identify per 5 s per max_concurrency bucket; discord.js waits 5.5 s. */
const IDENTIFY_WINDOW_MS = 5_500;
/** How long one shard process may take to start and connect. */
const SHARD_READY_TIMEOUT_MS = 60_000;

export interface ShardPlan {
  /** Shards of the whole bot. */
  readonly total: number;
  /** The shards this host runs, one process each. */
  readonly shardIds: readonly number[];
  /** Pause between starting two shard processes. */
  readonly spawnDelayMs: number;
}

/** Which shards to start and how fast, from the configuration and Discord's gateway info. */
export function planShards(
  sharding: Config["discord"]["sharding"],
  gateway: { readonly shards: number; readonly maxConcurrency: number },
): ShardPlan {
  const total = sharding.shardCount === "auto" ? gateway.shards : sharding.shardCount;
  const shardIds =
    sharding.shardIds === "all" ? Array.from({ length: total }, (_, id) => id) : sharding.shardIds;
  // Shards in different buckets (id % max_concurrency) may identify together.
  const spawnDelayMs = Math.ceil(IDENTIFY_WINDOW_MS / Math.max(1, gateway.maxConcurrency));
  return { total, shardIds, spawnDelayMs };
}

export interface ShardingOptions {
  /** The entry point each shard process runs (main.js beside the manager; main.ts under tsx). */
  readonly entryFile: string;
  /** Node flags for the shard processes (under tsx: its TypeScript loader). */
  readonly execArgv: readonly string[];
}

/**
 * Asks the gateway how many shards Discord recommends and prepares the manager (no process yet).
 * "auto" goes through DISCORD_API_BASE_URL: discord.js's own "auto" always asks discord.com.
 */
export async function createShardingManager(
  config: Config,
  options: ShardingOptions,
): Promise<{ manager: ShardingManager; plan: ShardPlan }> {
  const token = config.discord.token;
  if (token === undefined) throw new DiscordLoginError(new Error("DISCORD_TOKEN is not set"));
  let gateway: Awaited<ReturnType<typeof fetchGatewayBot>>;
  try {
    gateway = await fetchGatewayBot(config.discord.apiBaseUrl, token);
  } catch (error) {
    throw new DiscordLoginError(error);
  }
  const plan = planShards(config.discord.sharding, {
    shards: gateway.shards,
    maxConcurrency: gateway.session_start_limit.max_concurrency,
  });
  const manager = new ShardingManager(options.entryFile, {
    token,
    totalShards: plan.total,
    shardList: [...plan.shardIds],
    mode: "process",
    respawn: true,
    execArgv: [...options.execArgv],
  });
  return { manager, plan };
}

/** Starts the planned shard processes one after another; resolves once all are connected. */
export async function spawnShards(
  manager: ShardingManager,
  plan: ShardPlan,
  logger: Logger,
): Promise<void> {
  manager.on("shardCreate", (shard) => {
    logger.info({ shardId: shard.id }, "starting shard process");
    shard.on("death", (child) => {
      const exitCode = "exitCode" in child ? child.exitCode : undefined;
      if (manager.respawn) {
        logger.warn({ shardId: shard.id, exitCode }, "shard process exited; starting it again");
      } else logger.info({ shardId: shard.id, exitCode }, "shard process stopped");
    });
  });
  logger.info({ shards: plan.shardIds, shardCount: plan.total }, "starting shards");
  await manager.spawn({
    amount: plan.total,
    delay: plan.spawnDelayMs,
    timeout: SHARD_READY_TIMEOUT_MS,
  });
  logger.info({ shards: plan.shardIds, shardCount: plan.total }, "all shards ready");
}

/**
 * Stops every shard process (each finishes its answers on SIGTERM) and waits for them; one still
 * running after `graceMs` is killed, so no shard outlives its manager.
 */
export async function stopShards(manager: ShardingManager, graceMs: number): Promise<void> {
  manager.respawn = false;
  const children = manager.shards.map((shard) => shard.process).filter((child) => child !== null);
  const exits = manager.shards.map(
    (shard) =>
      new Promise<void>((resolve) => {
        const child = shard.process;
        if (!child || child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        child.once("exit", () => resolve());
        // kill() also keeps the manager from starting the shard again.
        shard.kill();
      }),
  );
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, graceMs);
  });
  await Promise.race([Promise.all(exits), grace]);
  clearTimeout(timer);
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
}
