/**
 * One bot process's health and metrics. With METRICS_PORT set, `npm start` serves them over HTTP;
 * a shard process of `npm run start:sharded` serves none itself but answers its manager over IPC,
 * and the manager serves every shard's (src/http/sharded.ts). Knows nothing of discord.js: the
 * gateway's state comes in as two functions.
 */
import type { Config } from "../config.ts";
import type { Logger } from "../log.ts";
import type { BotMetrics, MetricSources } from "../metrics/bot-metrics.ts";
import { type HealthReport, type HttpEndpoint, startHttpEndpoint } from "./server.ts";
import { isObserveRequest, OBSERVE_REPLY, type ObserveReply } from "./shard-ipc.ts";

/** What the gateway looks like now. */
export interface GatewayState {
  /** Why the gateway is not ready (empty when every shard of this process is ready). */
  problems(): readonly string[];
  /** The last heartbeat round trip in ms (negative before the first). */
  pingMs(): number;
}

/** The part of the store health and metrics read. */
export interface StoreState {
  isWritable(): boolean;
  health(): { readonly writeErrors: number; readonly lastError?: string | undefined };
}

export interface Observability {
  /** Undefined when nothing serves them (no METRICS_PORT, no sharding manager to ask). */
  readonly metrics: BotMetrics | undefined;
  /** The HTTP endpoint, when this process serves one. */
  readonly endpoint: HttpEndpoint | undefined;
  health(): HealthReport;
  stop(): Promise<void>;
}

export interface ObservabilityOptions {
  readonly config: Config;
  readonly logger: Logger;
  readonly gateway: GatewayState;
  readonly store?: StoreState | undefined;
}

/**
 * Starts the metrics, and the endpoint, when something will read them: with METRICS_PORT this
 * process serves them, or (a shard) its sharding manager does. Without it prom-client is not even
 * loaded. Call it before logging in, so /healthz
 * answers 503 until the gateway is ready. Throws HttpListenError.
 */
export async function startObservability(options: ObservabilityOptions): Promise<Observability> {
  const { config, logger, gateway, store } = options;
  const sources: MetricSources = {
    gatewayPingMs: () => gateway.pingMs(),
    storeWriteErrors: () => store?.health().writeErrors ?? 0,
  };
  const health = (): HealthReport => {
    const reasons = [...gateway.problems()];
    if (store && !store.isWritable()) {
      const lastError = store.health().lastError;
      reasons.push(`store: not writable${lastError ? ` (${lastError})` : ""}`);
    }
    return { ok: reasons.length === 0, reasons };
  };

  const { port, host } = config.metrics;
  // Without a port nobody reads them: not this process, nor a sharding manager (it serves none).
  if (port === undefined) {
    return { metrics: undefined, endpoint: undefined, health, stop: async () => {} };
  }
  if (config.discord.sharding.managed) {
    const metrics = await loadMetrics(sources);
    const stopAnswering = answerManager(metrics, health, logger);
    return { metrics, endpoint: undefined, health, stop: async () => stopAnswering() };
  }
  const metrics = await loadMetrics(sources);
  const endpoint = await startHttpEndpoint({
    host,
    port,
    logger,
    endpoints: {
      health,
      metrics: async () => ({
        contentType: metrics.registry.contentType,
        body: await metrics.registry.metrics(),
      }),
    },
  });
  return { metrics, endpoint, health, stop: async () => endpoint.close() };
}

async function loadMetrics(sources: MetricSources): Promise<BotMetrics> {
  const { createBotMetrics } = await import("../metrics/bot-metrics.ts");
  return createBotMetrics(sources);
}

/** In a shard process: answers the manager's requests for health and metrics. */
function answerManager(
  metrics: BotMetrics,
  health: () => HealthReport,
  logger: Logger,
): () => void {
  const onMessage = (message: unknown) => {
    if (!isObserveRequest(message)) return;
    void metrics.registry
      .getMetricsAsJSON()
      .then((json) => {
        const reply: ObserveReply = {
          type: OBSERVE_REPLY,
          id: message.id,
          health: health(),
          metrics: json,
        };
        if (process.connected) process.send?.(reply);
      })
      .catch((error) => logger.warn({ err: error }, "could not send metrics to the manager"));
  };
  process.on("message", onMessage);
  return () => process.off("message", onMessage);
}
