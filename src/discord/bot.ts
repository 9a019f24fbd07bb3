/**
 * The Discord bot: loads the commands, wires interactions and messages, logs in, and logs one
 * start-up line (tag, guild count, shards, answer mode, model). `startDiscordBot` adds what only
 * the real process needs: clean shutdown on SIGINT/SIGTERM (or when its sharding manager goes
 * away) and logging of stray rejections.
 */
import { type Client, Events, Status } from "discord.js";
import { type Observability, startObservability } from "../http/observability.ts";
import { HttpListenError } from "../http/server.ts";
import { meteredStore } from "../metrics/metered-store.ts";
import type { Runtime } from "../runtime.ts";
import { createStore } from "../store/store.ts";
import type { Store } from "../store/types.ts";
import { AnswerStore } from "./answer-store.ts";
import { createClient } from "./client.ts";
import { DEFAULT_COMMANDS_DIR, type LoadedCommand, loadCommands } from "./command-loader.ts";
import { gatewayState } from "./gateway-state.ts";
import { type HealthMonitor, monitorHealth } from "./health.ts";
import { handleInteractions } from "./interactions.ts";
import { handleMessages } from "./messages.ts";

/** How long a shutdown may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 5_000;

export interface DiscordBotOptions {
  /** Folders of command modules (default: commands/). Tests add a folder of fixtures. */
  readonly commandDirs?: readonly string[];
  /** How often the health line is logged (default every 5 minutes). */
  readonly healthIntervalMs?: number;
}

export interface DiscordBot {
  readonly client: Client<true>;
  readonly commands: ReadonlyMap<string, LoadedCommand>;
  readonly health: HealthMonitor;
  /** Answers and feedback, kept across restarts (src/store). */
  readonly store: Store;
  /** Metrics, and /healthz + /metrics when METRICS_PORT is set (src/http). */
  readonly observability: Observability;
  /** Closes the gateway connection, stops every timer the client holds, flushes the store. */
  stop(): Promise<void>;
}

export class DiscordLoginError extends Error {
  constructor(cause: unknown) {
    super(
      `Could not log in to Discord: ${String((cause as Error)?.message ?? cause).replace(/\.$/, "")}. ` +
        "Check DISCORD_TOKEN (Developer Portal -> Bot -> Reset Token) and DISCORD_API_BASE_URL.",
      { cause },
    );
    this.name = "DiscordLoginError";
  }
}

export async function createDiscordBot(
  runtime: Runtime,
  options: DiscordBotOptions = {},
): Promise<DiscordBot> {
  const { config, logger, knowledge } = runtime;
  const token = config.discord.token;
  if (token === undefined) throw new DiscordLoginError(new Error("DISCORD_TOKEN is not set"));
  const commands = await loadCommands(options.commandDirs ?? [DEFAULT_COMMANDS_DIR], {
    knowledge,
    maxQuestionLength: config.maxQuestionLength,
  });
  const store = createStore(config.store, logger);
  const client = createClient(config);
  // Before login, so /healthz says 503 until the gateway is ready.
  const observability = await startObservability({
    config,
    logger,
    gateway: gatewayState(client),
    store,
  }).catch(async (error: unknown) => {
    await client.destroy();
    await store.close();
    throw error;
  });
  // The metrics count what the store is given: every answer and vote, from every path.
  const answers = new AnswerStore(meteredStore(store, observability.metrics), logger);
  handleInteractions(client, { runtime, commands, answers });
  handleMessages(client, { runtime, answers });
  client.on(Events.Error, (error) => logger.error({ err: error }, "Discord client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "Discord client warning"));
  client.on(Events.ShardDisconnect, (event, shardId) =>
    logger.warn({ shardId, code: event.code }, "gateway connection closed for good"),
  );
  client.on(Events.ShardReady, (shardId) => logger.info({ shardId }, "shard connected"));
  client.on(Events.ShardReconnecting, (shardId) => logger.debug({ shardId }, "shard reconnecting"));
  client.on(Events.ShardResume, (shardId, replayed) =>
    logger.info({ shardId, replayed }, "shard resumed"),
  );

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(token);
  } catch (error) {
    await client.destroy();
    await store.close();
    await observability.stop();
    throw new DiscordLoginError(error);
  }
  const readyClient = await ready;
  logger.info(
    {
      tag: readyClient.user.tag,
      guilds: readyClient.guilds.cache.size,
      shards: [...readyClient.ws.shards.keys()],
      shardCount: readyClient.options.shardCount,
      answerMode: runtime.answerer.mode,
      model: runtime.answerer.mode === "claude" ? config.anthropic.model : "none",
      commands: [...commands.keys()],
      knowledge: knowledge.version,
    },
    "Discord bot ready",
  );
  const health = monitorHealth(readyClient, runtime, options.healthIntervalMs);
  return {
    client: readyClient,
    commands,
    health,
    store,
    observability,
    async stop() {
      health.stop();
      await readyClient.destroy();
      // After the client: answers finished meanwhile are written too.
      await store.close();
      await observability.stop();
    },
  };
}

/** npm start with DISCORD_TOKEN: runs until SIGINT/SIGTERM, then shuts down cleanly. */
export async function startDiscordBot(runtime: Runtime): Promise<void> {
  const { logger } = runtime;
  process.on("unhandledRejection", (reason) => {
    logger.error({ err: reason }, "unhandled promise rejection (the bot keeps running)");
  });
  let bot: DiscordBot;
  try {
    bot = await createDiscordBot(runtime);
  } catch (error) {
    // A login failure is a configuration problem: its message says what to check, no stack needed.
    if (error instanceof DiscordLoginError || error instanceof HttpListenError) {
      logger.fatal(error.message);
    } else logger.fatal({ err: error }, "the Discord bot could not start");
    logger.flush();
    process.exitCode = 1;
    return;
  }
  let stopping = false;
  const shutdown = (
    signal: NodeJS.Signals | "disconnect" | "gateway-lost" | "uncaught-exception",
  ) => {
    if (stopping) return;
    stopping = true;
    // Stopping for a failure exits non-zero, so a supervisor (or the sharding manager) restarts it.
    if (signal === "gateway-lost" || signal === "uncaught-exception") process.exitCode = 1;
    logger.info({ signal }, "shutting down");
    // If something hangs, leave anyway; unref so a clean stop exits sooner.
    setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
    void bot
      .stop()
      .catch((error) => logger.error({ err: error }, "error while shutting down"))
      .finally(() => {
        logger.info("stopped");
        logger.flush();
        // A shard process's channel to its manager would keep it alive.
        if (process.connected) process.disconnect();
      });
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  // A bug that escaped every handler: the process state is unknown, so log it and restart cleanly.
  process.on("uncaughtException", (error) => {
    logger.fatal({ err: error }, "uncaught exception; shutting down to restart clean");
    shutdown("uncaught-exception");
  });
  // discord.js gave up on the gateway (an invalid session it cannot resume, a revoked token):
  // a process that can no longer hear questions should not pretend to run.
  bot.client.on(Events.ShardDisconnect, () => {
    if (bot.client.ws.shards.every((shard) => shard.status === Status.Disconnected)) {
      shutdown("gateway-lost");
    }
  });
  if (process.send) {
    // A shard process whose sharding manager is gone stops too, instead of running unmanaged.
    if (process.connected) process.once("disconnect", () => shutdown("disconnect"));
    else shutdown("disconnect");
  }
}
