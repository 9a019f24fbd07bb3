/**
 * A "health" log line every few minutes with what an operator watches: memory, guilds, gateway
 * latency, answers and Claude's share, answers turned deterministic by the limits, Claude calls in
 * flight, and how often discord.js waited for Discord's REST rate limits. Counters run since start.
 */
import { type Client, RESTEvents } from "discord.js";
import type { Runtime } from "../runtime.ts";

export const HEALTH_INTERVAL_MS = 5 * 60_000;

export interface HealthMonitor {
  /** The figures the health line logs, now. */
  snapshot(): Record<string, unknown>;
  stop(): void;
}

export function monitorHealth(
  client: Client<true>,
  runtime: Runtime,
  intervalMs = HEALTH_INTERVAL_MS,
): HealthMonitor {
  let restWaits = 0;
  let globalWaits = 0;
  const onRateLimited = (info: { readonly global: boolean }) => {
    restWaits++;
    if (info.global) globalWaits++;
  };
  client.rest.on(RESTEvents.RateLimited, onRateLimited);
  const snapshot = () => {
    const memory = process.memoryUsage();
    const stats = runtime.answerer.stats();
    return {
      shards: [...client.ws.shards.keys()],
      guilds: client.guilds.cache.size,
      gatewayPingMs: Math.round(client.ws.ping),
      rssMiB: toMiB(memory.rss),
      heapUsedMiB: toMiB(memory.heapUsed),
      questions: stats.questions,
      claudeAnswers: stats.claudeAnswers,
      limited: stats.limited,
      abstained: stats.abstained,
      cacheReadInputTokens: stats.cacheReadInputTokens,
      claudeCalls: runtime.answerer.concurrency(),
      restRateLimitWaits: restWaits,
      restGlobalLimitWaits: globalWaits,
    };
  };
  const timer = setInterval(() => runtime.logger.info(snapshot(), "health"), intervalMs);
  timer.unref();
  return {
    snapshot,
    stop() {
      clearInterval(timer);
      client.rest.off(RESTEvents.RateLimited, onRateLimited);
    },
  };
}

function toMiB(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
