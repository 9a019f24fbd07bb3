/** The gateway's state for /healthz and the ping metric, read from the discord.js client. */
import { type Client, Status } from "discord.js";
import type { GatewayState } from "../http/observability.ts";

export function gatewayState(client: Client): GatewayState {
  return {
    problems() {
      const shards = [...client.ws.shards.values()];
      if (shards.length === 0) return ["gateway: not connected yet"];
      const problems = shards
        .filter((shard) => shard.status !== Status.Ready)
        .map((shard) => `gateway: shard ${shard.id} is ${statusName(shard.status)}`);
      if (problems.length === 0 && !client.isReady()) problems.push("gateway: not ready yet");
      return problems;
    },
    pingMs: () => client.ws.ping,
  };
}

function statusName(status: Status): string {
  return (Status[status] ?? String(status)).toLowerCase();
}
