/**
 * Gateway dispatch payloads as Discord sends them: READY, GUILD_CREATE, INTERACTION_CREATE
 * (slash commands, button clicks) and MESSAGE_CREATE (guild messages, replies, DMs).
 */
import {
  ALL_PERMISSIONS,
  type FakeChannel,
  type FakeGuild,
  type FakeMessage,
  type FakeUser,
  type FakeWorld,
} from "./discord-state.ts";

/** Discord's Message Content intent bit (privileged; the bot must work without it). */
export const MESSAGE_CONTENT_INTENT = 1 << 15;

export function readyPayload(
  world: FakeWorld,
  options: { sessionId: string; resumeUrl: string; shard: [number, number] },
) {
  return {
    v: 10,
    user: { ...world.bot, verified: true, mfa_enabled: false, flags: 0 },
    guilds: world
      .guildsOfShard(options.shard[0], options.shard[1])
      .map((guild) => ({ id: guild.id, unavailable: true })),
    session_id: options.sessionId,
    resume_gateway_url: options.resumeUrl,
    shard: options.shard,
    application: { id: world.applicationId, flags: 0 },
    private_channels: [],
    presences: [],
    relationships: [],
    guild_join_requests: [],
    user_settings: {},
  };
}

export function guildCreatePayload(world: FakeWorld, guild: FakeGuild) {
  const joinedAt = new Date(0).toISOString();
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    owner_id: world.bot.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: [
      {
        id: guild.id,
        name: "@everyone",
        color: 0,
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: 0,
        permissions: ALL_PERMISSIONS,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    preferred_locale: guild.preferredLocale,
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    joined_at: joinedAt,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [memberOf(world.bot)],
    channels: guild.channels.map((channel, position) => ({
      id: channel.id,
      type: 0,
      guild_id: guild.id,
      name: channel.name,
      position,
      permission_overwrites: [],
      nsfw: false,
      parent_id: null,
      topic: null,
      last_message_id: null,
      rate_limit_per_user: 0,
    })),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

function memberOf(user: FakeUser) {
  return {
    user,
    nick: null,
    avatar: null,
    roles: [],
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
  };
}

function channelObject(channel: FakeChannel) {
  return channel.type === 1
    ? { id: channel.id, type: 1, recipients: channel.recipient ? [channel.recipient] : [] }
    : {
        id: channel.id,
        type: 0,
        guild_id: channel.guild_id,
        name: channel.name,
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
      };
}

export interface InteractionBase {
  readonly id: string;
  readonly token: string;
  readonly user: FakeUser;
  readonly channel: FakeChannel;
  readonly locale: string;
  /** The member's permissions in the channel (default: all), as Discord's bit string. */
  readonly permissions?: string;
}

function interactionEnvelope(world: FakeWorld, base: InteractionBase) {
  const guild = world.guildOfChannel(base.channel.id);
  return {
    id: base.id,
    application_id: world.applicationId,
    token: base.token,
    version: 1,
    channel: channelObject(base.channel),
    channel_id: base.channel.id,
    locale: base.locale,
    app_permissions: ALL_PERMISSIONS,
    entitlements: [],
    attachment_size_limit: 10_485_760,
    ...(guild
      ? {
          guild_id: guild.id,
          guild_locale: guild.preferredLocale,
          member: { ...memberOf(base.user), permissions: base.permissions ?? ALL_PERMISSIONS },
          authorizing_integration_owners: { "0": guild.id },
          context: 0,
        }
      : { user: base.user, authorizing_integration_owners: { "1": base.user.id }, context: 1 }),
  };
}

export interface CommandOption {
  readonly name: string;
  /** 3 string, 4 integer, 5 boolean, 10 number. */
  readonly type: number;
  readonly value: string | number | boolean;
}

export function slashCommandPayload(
  world: FakeWorld,
  base: InteractionBase,
  command: {
    readonly name: string;
    readonly id: string;
    readonly options: readonly CommandOption[];
  },
) {
  const guild = world.guildOfChannel(base.channel.id);
  return {
    ...interactionEnvelope(world, base),
    type: 2,
    data: {
      id: command.id,
      name: command.name,
      type: 1,
      options: command.options,
      ...(guild ? { guild_id: guild.id } : {}),
    },
  };
}

export function buttonClickPayload(
  world: FakeWorld,
  base: InteractionBase,
  message: FakeMessage,
  customId: string,
) {
  return {
    ...interactionEnvelope(world, base),
    type: 3,
    message,
    data: { custom_id: customId, component_type: 2 },
  };
}

/**
 * MESSAGE_CREATE as the bot would receive it. Without the Message Content intent, a guild
 * message that does not mention the bot arrives with its content emptied, as on Discord.
 */
export function messageCreatePayload(
  world: FakeWorld,
  message: FakeMessage,
  options: { readonly intents: number },
) {
  const channel = world.channels.get(message.channel_id);
  const inGuild = channel?.type === 0;
  const mentionsBot = message.mentions.some((user) => user.id === world.bot.id);
  const hidden = inGuild && !mentionsBot && (options.intents & MESSAGE_CONTENT_INTENT) === 0;
  return {
    ...message,
    ...(hidden ? { content: "", embeds: [], attachments: [], components: [] } : {}),
    ...(inGuild ? { member: memberOf(message.author) } : { channel_type: 1 }),
  };
}
