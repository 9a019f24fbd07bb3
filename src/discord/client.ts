/**
 * The discord.js client with only what the bot needs: three non-privileged intents (mentions and
 * DMs carry their content without Message Content), the Channel partial for DMs, mentions off by
 * default, small caches that are swept (so memory stays flat as servers grow), and the shards
 * this process runs (all of them, or a range of a bot sharded over several processes or hosts).
 */
import {
  Client,
  type ClientOptions,
  DefaultRestOptions,
  GatewayIntentBits,
  Options,
  Partials,
} from "discord.js";
import type { Config, Sharding } from "../config.ts";
import { NO_MENTIONS } from "./respond.ts";

/** Messages kept per channel: enough for the reply chains the bot walks. */
export const MESSAGES_PER_CHANNEL = 50;
export const MEMBERS_PER_GUILD = 50;
/** Users met in interactions and messages; nothing looks them up later. */
export const USERS_CACHED = 1_000;
/**
 * discord.js's REST client keeps a request handler per interaction token (its webhook route) and
 * sweeps idle ones only hourly by default: under a steady stream of /ask that is a few KiB per
 * question for an hour. Idle handlers are cheap to recreate, so sweep them every minute.
 */
const REST_HANDLER_SWEEP_MS = 60_000;

export interface ClientHooks {
  /**
   * Discord answered 401 to a request made with the bot token: the token was reset or revoked.
   * discord.js then forgets the token, so every later request fails: the process must stop.
   */
  readonly onTokenRejected?: (route: string) => void;
}

export function createClient(config: Config, hooks: ClientHooks = {}): Client {
  const { onTokenRejected } = hooks;
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
    ],
    // DM channels are not cached before their first message arrives.
    partials: [Partials.Channel],
    rest: {
      api: config.discord.apiBaseUrl,
      globalRequestsPerSecond: config.discord.restRequestsPerSecond,
      handlerSweepInterval: REST_HANDLER_SWEEP_MS,
      // Interaction replies (webhook routes) carry no Authorization: their 401s are no token's fault.
      ...(onTokenRejected
        ? {
            makeRequest: async (url, init) => {
              const response = await DefaultRestOptions.makeRequest(url, init);
              if (response.status === 401 && hasAuthorization(init.headers)) {
                onTokenRejected(new URL(url).pathname);
              }
              return response;
            },
          }
        : {}),
    },
    ...shardOptions(config.discord.sharding),
    // Defence in depth: the respond helper sets this on every send too.
    allowedMentions: NO_MENTIONS,
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: MESSAGES_PER_CHANNEL,
      GuildMemberManager: {
        maxSize: MEMBERS_PER_GUILD,
        keepOverLimit: (member) => member.id === member.client.user.id,
      },
      UserManager: {
        maxSize: USERS_CACHED,
        keepOverLimit: (user) => user.id === user.client.user.id,
      },
      ApplicationCommandManager: 0,
      AutoModerationRuleManager: 0,
      BaseGuildEmojiManager: 0,
      GuildBanManager: 0,
      GuildEmojiManager: 0,
      GuildInviteManager: 0,
      GuildScheduledEventManager: 0,
      GuildStickerManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      StageInstanceManager: 0,
      ThreadMemberManager: 0,
      VoiceStateManager: 0,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      // Reply chains older than half an hour are fetched again if someone replies to them.
      messages: { interval: 300, lifetime: 1_800 },
      users: { interval: 3_600, filter: () => (user) => user.id !== user.client.user.id },
    },
  });
}

/** The shards this process connects: all (as many as Discord recommends, or the count), or a range. */
export function shardOptions({
  shardIds,
  shardCount,
}: Sharding): Pick<ClientOptions, "shards" | "shardCount"> {
  if (shardIds === "all") return shardCount === "auto" ? { shards: "auto" } : { shardCount };
  return {
    shards: [...shardIds],
    // config.ts gives a range only with a number: every host must split the guilds the same way.
    shardCount: shardCount === "auto" ? shardIds.length : shardCount,
  };
}

function hasAuthorization(headers: unknown): boolean {
  if (headers === undefined || headers === null) return false;
  return new Headers(headers as ConstructorParameters<typeof Headers>[0]).has("authorization");
}
