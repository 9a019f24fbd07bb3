/**
 * The messages between the sharding manager and its shard processes for /healthz and /metrics
 * (npm run start:sharded): the manager asks each shard, over the IPC channel discord.js's
 * ShardingManager already holds, for its health and its metrics as prom-client JSON.
 */
import type { Registry } from "prom-client";
import type { HealthReport } from "./server.ts";

export const OBSERVE_REQUEST = "deal-bot:observe";
export const OBSERVE_REPLY = "deal-bot:observation";

export interface ObserveRequest {
  readonly type: typeof OBSERVE_REQUEST;
  readonly id: number;
}

/** What `registry.getMetricsAsJSON()` gives: plain data, so it crosses the IPC channel. */
export type MetricsJson = Awaited<ReturnType<Registry["getMetricsAsJSON"]>>;

export interface ObserveReply {
  readonly type: typeof OBSERVE_REPLY;
  readonly id: number;
  readonly health: HealthReport;
  /** `registry.getMetricsAsJSON()` of the shard process. */
  readonly metrics: MetricsJson;
}

export function isObserveRequest(message: unknown): message is ObserveRequest {
  return (
    typeof message === "object" &&
    message !== null &&
    (message as { type?: unknown }).type === OBSERVE_REQUEST &&
    typeof (message as { id?: unknown }).id === "number"
  );
}

export function isObserveReply(message: unknown): message is ObserveReply {
  return (
    typeof message === "object" &&
    message !== null &&
    (message as { type?: unknown }).type === OBSERVE_REPLY &&
    typeof (message as { id?: unknown }).id === "number"
  );
}
