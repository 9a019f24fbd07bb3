/**
 * npm run start:sharded: one /healthz and /metrics on the manager for all of this host's shard
 * processes. prom-client's AggregatorRegistry collects from cluster workers, not from discord.js's
 * ShardingManager, so the manager asks each shard over its IPC channel (shard-ipc.ts), labels
 * every series with `shard`, adds its own process metrics (shard="manager") and merges them with
 * AggregatorRegistry.aggregate. Knows nothing of discord.js: shards come in as a small interface.
 */
import { AggregatorRegistry, collectDefaultMetrics, Gauge, Registry } from "prom-client";
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import { type HealthReport, type HttpEndpoint, startHttpEndpoint } from "./server.ts";
import {
  isObserveReply,
  type MetricsJson,
  OBSERVE_REQUEST,
  type ObserveReply,
  type ObserveRequest,
} from "./shard-ipc.ts";

/** A last guard: a shard that has not answered by then counts as not answering. */
const REPLY_TIMEOUT_MS = 5_000;

/** What the manager needs of one shard (discord.js's Shard fits). */
export interface ShardHandle {
  /** The shard's process has started and its client is ready. */
  readonly ready: boolean;
  send(message: ObserveRequest): Promise<unknown>;
  on(event: "message", listener: (message: unknown) => void): unknown;
  off(event: "message", listener: (message: unknown) => void): unknown;
}

export interface ShardedObservabilityOptions {
  readonly config: Config;
  readonly logger: Logger;
  /** The shards this host runs. */
  readonly shardIds: readonly number[];
  /** A shard by id, once the manager has created it. */
  readonly shard: (id: number) => ShardHandle | undefined;
}

/** Starts the manager's endpoint when METRICS_PORT is set; undefined otherwise. */
export async function startShardedObservability(
  options: ShardedObservabilityOptions,
): Promise<HttpEndpoint | undefined> {
  const { config, logger, shardIds } = options;
  if (config.metrics.port === undefined) return undefined;
  const own = new Registry();
  collectDefaultMetrics({ register: own });
  const shardUp = new Gauge({
    name: "deal_bot_shard_up",
    help: "1 when the shard process answered the manager's last scrape, else 0",
    labelNames: ["shard"] as const,
    registers: [own],
  });
  let nextId = 1;
  const observeAll = () =>
    Promise.all(
      shardIds.map(async (id) => ({ id, reply: await observe(options.shard(id), nextId++) })),
    );

  return startHttpEndpoint({
    host: config.metrics.host,
    port: config.metrics.port,
    logger,
    endpoints: {
      async health(): Promise<HealthReport> {
        const replies = await observeAll();
        const reasons: string[] = [];
        const shards: Record<string, string> = {};
        for (const { id, reply } of replies) {
          if (!reply) {
            reasons.push(`shard ${id}: process not running or not answering`);
            shards[id] = "not answering";
            continue;
          }
          reasons.push(...reply.health.reasons.map((reason) => `shard ${id}: ${reason}`));
          shards[id] = reply.health.ok ? "ok" : "unavailable";
        }
        return { ok: reasons.length === 0, reasons, details: { shards } };
      },
      async metrics() {
        const replies = await observeAll();
        for (const { id, reply } of replies) shardUp.set({ shard: String(id) }, reply ? 1 : 0);
        const sets = [
          labelled(await own.getMetricsAsJSON(), "manager"),
          ...replies.flatMap(({ id, reply }) =>
            reply ? [labelled(reply.metrics, String(id))] : [],
          ),
        ];
        const merged = AggregatorRegistry.aggregate(sets);
        return { contentType: merged.contentType, body: await merged.metrics() };
      },
    },
  });
}

/** Asks one shard for its health and metrics; undefined when it cannot answer. */
function observe(shard: ShardHandle | undefined, id: number): Promise<ObserveReply | undefined> {
  if (!shard?.ready) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const done = (reply: ObserveReply | undefined) => {
      clearTimeout(timer);
      shard.off("message", onMessage);
      resolve(reply);
    };
    const onMessage = (message: unknown) => {
      if (isObserveReply(message) && message.id === id) done(message);
    };
    const timer = setTimeout(() => done(undefined), REPLY_TIMEOUT_MS);
    shard.on("message", onMessage);
    shard.send({ type: OBSERVE_REQUEST, id }).catch(() => done(undefined));
  });
}

/**
 * Every series gets a `shard` label, so no two processes' series share labels: aggregating then
 * keeps each one as it is ("sum" of one), including those prom-client would otherwise drop
 * (process_start_time_seconds) or keep only once (nodejs_version_info).
 */
function labelled(metrics: MetricsJson, shard: string): MetricsJson {
  return metrics.map((metric) => ({
    ...metric,
    aggregator: "sum",
    // A series that names its shard itself (deal_bot_shard_up) keeps it.
    values: metric.values.map((value) => ({ ...value, labels: { shard, ...value.labels } })),
  }));
}
