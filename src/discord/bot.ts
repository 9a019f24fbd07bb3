/**
 * The Discord bot: loads the commands, wires interactions and messages, logs in, and logs one
 * start-up line (tag, guild count, shards, answer mode, model). Its stop() loses no answer: the
 * gateway closes for new work, the answers in flight finish (those still waiting for Claude at the
 * deadline get the deterministic one), and only then does the client go.
 */
import { type Client, Events, Status } from "discord.js";
import { DEFAULT_FINAL_SENDS_MS } from "../config.ts";
import { type Observability, startObservability } from "../http/observability.ts";
import type { Logger } from "../log.ts";
import { meteredStore } from "../metrics/metered-store.ts";
import { warmUpFlowDiagrams } from "../render/diagram-cache.ts";
import type { Runtime, RuntimeStart } from "../runtime.ts";
import { deferredStore } from "../store/deferred-store.ts";
import type { Store } from "../store/types.ts";
import { AnswerStore } from "./answer-store.ts";
import { createClient } from "./client.ts";
import { DEFAULT_COMMANDS_DIR, type LoadedCommand, loadCommands } from "./command-loader.ts";
import { DiscordLoginError, explainGatewayClose } from "./gateway-errors.ts";
import { gatewayState } from "./gateway-state.ts";
import { type HealthMonitor, monitorHealth } from "./health.ts";
import { holdEvents } from "./held-events.ts";
import { InFlight } from "./in-flight.ts";
import { handleInteractions } from "./interactions.ts";
import { handleMessages } from "./messages.ts";
import { PostingCap } from "./posting-cap.ts";

export { DiscordLoginError } from "./gateway-errors.ts";

/** Why the bot can no longer work, so its process should exit non-zero. */
export type BotFailure = "token-rejected" | "gateway-lost";

export interface DiscordBotOptions {
  /** Folders of command modules (default: commands/). Tests add a folder of fixtures. */
  readonly commandDirs?: readonly string[];
  /** How often the health line is logged (default every 5 minutes). */
  readonly healthIntervalMs?: number;
  /** The posting cap's clock (tests pass a fixed one). */
  readonly now?: () => number;
  /** Called once when the bot cannot go on (its fatal log line is already written). */
  readonly onFailure?: (failure: BotFailure) => void;
}

export interface StopOptions {
  /** How long answers in flight may take before Claude's are cut short (default: none left). */
  readonly graceMs?: number;
  /** After the grace period, how long the deterministic answers get (default DEFAULT_FINAL_SENDS_MS). */
  readonly finalSendsMs?: number;
}

export interface StopReport {
  /** Questions and clicks still unanswered when the client was destroyed (0 on a clean stop). */
  readonly unanswered: number;
}

export interface DiscordBot {
  readonly client: Client<true>;
  readonly commands: ReadonlyMap<string, LoadedCommand>;
  readonly health: HealthMonitor;
  /** Work being handled now (questions, commands, clicks). */
  readonly inFlight: InFlight;
  /** Answers and feedback, kept across restarts (src/store); closed (flushed) by stop(). */
  readonly store: Store;
  /** Metrics, and /healthz + /metrics when METRICS_PORT is set (src/http). */
  readonly observability: Observability;
  /** Stops taking work, finishes what is in flight, then closes the client. Safe to call twice. */
  stop(options?: StopOptions): Promise<StopReport>;
}

export async function createDiscordBot(
  source: Runtime | RuntimeStart,
  options: DiscordBotOptions = {},
): Promise<DiscordBot> {
  const { config, logger, knowledge } = source;
  const token = config.discord.token;
  if (token === undefined) throw new DiscordLoginError(new Error("DISCORD_TOKEN is not set"));
  // What can fail is done before connecting to Discord: the commands, then the metrics' port.
  const commands = await loadCommands(options.commandDirs ?? [DEFAULT_COMMANDS_DIR], {
    knowledge,
    maxQuestionLength: config.maxQuestionLength,
  });
  // Before READY, login() reports what went wrong (as a start-up error).
  let ready = false;
  let failed = false;
  const fail = (failure: BotFailure) => {
    if (failed || !ready) return;
    failed = true;
    options.onFailure?.(failure);
  };
  // Loaded once the bot is online (see deferredStore): answering needs no store.
  const store = deferredStore(config.store, logger);
  const inFlight = new InFlight();
  const postingCap = new PostingCap(config.discord.userAnswersPerMinute, options.now);
  const client = createClient(config, {
    onTokenRejected: (route) => {
      if (failed || !ready) return;
      logger.fatal(
        { route: route.replace(/\/\d{17,20}(?=\/|$)/g, "/:id"), status: 401 },
        "Discord rejected DISCORD_TOKEN (401): it was reset or revoked, so nothing more can be sent. Set the new token (Developer Portal -> your application -> Bot -> Reset Token) and restart.",
      );
      fail("token-rejected");
    },
  });
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
  // Start-up failed after the client, the store and the endpoint were made: leave none behind.
  const abandon = async () => {
    await client.destroy();
    await store.close();
    await observability.stop();
  };
  watchGateway(client, logger, () => fail("gateway-lost"));
  const readyEvent = new Promise<Client<true>>((resolve) =>
    client.once(Events.ClientReady, resolve),
  );
  // Discord's round trips (the gateway's address, the handshake, the guilds) take place while the
  // index is built below. Whatever arrives before the handlers are attached is held, then handled.
  const release = holdEvents(client, [Events.InteractionCreate, Events.MessageCreate]);
  const loggingIn = client.login(token).then(
    () => undefined,
    (error: unknown) => new DiscordLoginError(error),
  );
  let runtime: Runtime;
  try {
    runtime = "finish" in source ? source.finish() : source;
  } catch (error) {
    // A bug (the knowledge was checked already): let the login settle, then disconnect.
    await loggingIn;
    await abandon();
    throw error;
  }
  // The metrics count what the store is given: every answer and vote, from every path.
  const metrics = observability.metrics;
  const answers = new AnswerStore(metrics ? meteredStore(store, metrics) : store, logger);
  handleInteractions(client, { runtime, commands, answers, inFlight, postingCap });
  handleMessages(client, { runtime, answers, inFlight, postingCap });
  release();

  // Read from the build's files, or drawn on a worker: no user waits on a first diagram.
  await warmUpFlowDiagrams(knowledge, logger);
  const loginError = await loggingIn;
  if (loginError) {
    await abandon();
    throw loginError;
  }
  const readyClient = await readyEvent;
  ready = true;
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
  store.open().catch(() => {});
  const health = monitorHealth(readyClient, runtime, options.healthIntervalMs);
  let stopping: Promise<StopReport> | undefined;
  return {
    client: readyClient,
    commands,
    health,
    inFlight,
    store,
    observability,
    stop(stopOptions = {}) {
      stopping ??= stopBot(readyClient, runtime, health, inFlight, {
        graceMs: stopOptions.graceMs ?? 0,
        finalSendsMs: stopOptions.finalSendsMs ?? DEFAULT_FINAL_SENDS_MS,
      }).then(async (report) => {
        // Last: the answers finished during the stop are written too.
        await store.close();
        await observability.stop();
        return report;
      });
      return stopping;
    },
  };
}

/** Logs the gateway's life: each close Discord will not let it recover from, explained. */
function watchGateway(client: Client, logger: Logger, onAllLost: () => void): void {
  // Reconnects since the shard last had a working session: more than one means identify (or
  // resume) keeps failing, which the operator should hear about with a count.
  const attempts = new Map<number, number>();
  client.on(Events.Error, (error) => logger.error({ err: error }, "Discord client error"));
  client.on(Events.Warn, (message) => logger.warn({ message }, "Discord client warning"));
  client.on(Events.ShardDisconnect, (event, shardId) => {
    logger.fatal(
      { shardId, code: event.code },
      `gateway connection closed for good: ${explainGatewayClose(event.code)}`,
    );
    // A process that can no longer hear questions should not pretend to run.
    if (client.ws.shards.every((shard) => shard.status === Status.Disconnected)) onAllLost();
  });
  client.on(Events.ShardReady, (shardId) => {
    attempts.delete(shardId);
    logger.info({ shardId }, "shard connected");
  });
  client.on(Events.ShardResume, (shardId, replayed) => {
    attempts.delete(shardId);
    logger.info({ shardId, replayed }, "shard resumed");
  });
  client.on(Events.ShardReconnecting, (shardId) => {
    const attempt = (attempts.get(shardId) ?? 0) + 1;
    attempts.set(shardId, attempt);
    if (attempt === 1) logger.debug({ shardId }, "shard reconnecting");
    else {
      logger.warn(
        { shardId, attempt },
        `gateway: reconnect attempt ${attempt} without a working session (identify or resume keeps failing)`,
      );
    }
  });
}

async function stopBot(
  client: Client<true>,
  runtime: Runtime,
  health: HealthMonitor,
  inFlight: InFlight,
  { graceMs, finalSendsMs }: Required<StopOptions>,
): Promise<StopReport> {
  const { logger } = runtime;
  health.stop();
  // No new work: Discord stops sending events once the connection closes normally. REST stays
  // up (the token is kept) so the answers in flight can still be sent.
  await closeGateway(client);
  if (inFlight.size > 0) {
    logger.info({ inFlight: inFlight.size, graceMs }, "finishing the answers in flight");
    if (!(await settlesWithin(inFlight.whenIdle(), graceMs))) {
      logger.warn(
        { inFlight: inFlight.size },
        "grace period over: answers still waiting for Claude get the deterministic answer",
      );
      runtime.answerer.stopClaude();
      await settlesWithin(inFlight.whenIdle(), finalSendsMs);
    }
  }
  runtime.answerer.stopClaude();
  const unanswered = inFlight.size;
  if (unanswered > 0) logger.error({ unanswered }, "stopping with answers still unsent");
  await client.destroy();
  return { unanswered };
}

/**
 * Closes every shard's gateway connection with a normal close, keeping the REST client and its
 * token (Client#destroy would drop both). The manager's destroy is not in discord.js's typings.
 */
async function closeGateway(client: Client): Promise<void> {
  const manager = client.ws as unknown as { destroy(): Promise<void> };
  client.removeAllListeners(Events.ShardDisconnect);
  await manager.destroy();
}

function settlesWithin(work: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void work.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
