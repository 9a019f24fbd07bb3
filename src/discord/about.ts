/**
 * What /about reports, gathered from the runtime and the client. Everything is this process's:
 * counters, uptime and the shards it runs (with sharding, each shard process answers for itself).
 */
import { type ChatInputCommandInteraction, ShardClientUtil } from "discord.js";
import type { AboutFacts } from "../render/discord-about.ts";
import type { Runtime } from "../runtime.ts";

export function aboutFacts(runtime: Runtime, interaction: ChatInputCommandInteraction): AboutFacts {
  const { answerer, knowledge } = runtime;
  const client = interaction.client;
  const total = client.options.shardCount ?? 1;
  return {
    botName: client.user.username,
    topic: knowledge.manifest.topic,
    answerMode: answerer.mode,
    model: answerer.model,
    knowledgeVersion: knowledge.version,
    uptimeSeconds: process.uptime(),
    stats: answerer.stats(),
    ...(answerer.mode === "claude" ? { claudeCalls: answerer.concurrency() } : {}),
    shards: {
      // Discord's rule, so it holds even when the guild is not cached (DMs arrive on shard 0).
      current: interaction.guildId
        ? ShardClientUtil.shardIdForGuildId(interaction.guildId, total)
        : 0,
      inProcess: [...client.ws.shards.keys()].sort((a, b) => a - b),
      total,
    },
  };
}
