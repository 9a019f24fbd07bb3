/**
 * The fake Discord's world: users, guilds, channels and messages, in Discord API shapes, with
 * snowflake ids. Shared by its REST side (which stores what the bot sends) and its gateway side
 * (which dispatches what users do).
 */

export const DISCORD_EPOCH = 1_420_070_400_000n;

/** Discord's permission bits for everything, as a string (what the API sends). */
export const ALL_PERMISSIONS = "2251799813685247";

export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly global_name: string | null;
  readonly discriminator: string;
  readonly avatar: null;
  readonly bot: boolean;
}

export interface FakeChannel {
  readonly id: string;
  /** 0 guild text, 1 DM. */
  readonly type: 0 | 1;
  readonly guild_id?: string;
  readonly name?: string;
  /** DM channels: the user on the other side. */
  readonly recipient?: FakeUser;
}

export interface FakeGuild {
  readonly id: string;
  readonly name: string;
  readonly preferredLocale: string;
  readonly channels: readonly FakeChannel[];
}

/** A message as the API returns it (only the fields the bot and the tests look at are typed). */
export interface FakeMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: FakeUser;
  content: string;
  embeds: unknown[];
  attachments: FakeAttachment[];
  components: unknown[];
  mentions: FakeUser[];
  mention_roles: string[];
  mention_everyone: boolean;
  flags: number;
  type: number;
  timestamp: string;
  edited_timestamp: string | null;
  pinned: false;
  tts: false;
  message_reference?: { type: 0; message_id: string; channel_id: string; guild_id?: string };
  referenced_message?: FakeMessage | null;
  webhook_id?: string;
  application_id?: string;
  allowed_mentions?: unknown;
  [extra: string]: unknown;
}

export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  content_type: string;
  url: string;
  proxy_url: string;
  description?: string;
}

export class FakeWorld {
  private sequence = 0n;
  readonly users = new Map<string, FakeUser>();
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, FakeMessage>();
  /** The bot's messages by the id of the message they reply to (for fast lookups under load). */
  private readonly botReplies = new Map<string, FakeMessage[]>();
  readonly guilds: FakeGuild[] = [];
  readonly bot: FakeUser;
  readonly applicationId: string;

  constructor(options: { guildCount: number; preferredLocale: string; channelsPerGuild?: number }) {
    this.applicationId = this.snowflake();
    this.bot = this.addUser("deal-bot", true, this.applicationId);
    const channelNames = ["general", "questions"];
    for (let index = channelNames.length; index < (options.channelsPerGuild ?? 2); index += 1) {
      channelNames.push(`channel-${index + 1}`);
    }
    for (let index = 0; index < options.guildCount; index += 1) {
      // One millisecond apart, so that guilds spread over shards ((id >> 22) % shard_count).
      const guildId = this.snowflake(index);
      const channels: FakeChannel[] = channelNames.map((name) => ({
        id: this.snowflake(),
        type: 0,
        guild_id: guildId,
        name,
      }));
      for (const channel of channels) this.channels.set(channel.id, channel);
      this.guilds.push({
        id: guildId,
        name: `Fake guild ${index + 1}`,
        preferredLocale: options.preferredLocale,
        channels,
      });
    }
  }

  /** A new snowflake (timestamp bits from now plus an offset in ms, a counter below). */
  snowflake(offsetMs = 0): string {
    this.sequence += 1n;
    const timestamp = BigInt(Date.now() + offsetMs) - DISCORD_EPOCH;
    return ((timestamp << 22n) | (this.sequence & 0x3fffffn)).toString();
  }

  addUser(username: string, bot = false, id = this.snowflake()): FakeUser {
    const user: FakeUser = {
      id,
      username,
      global_name: bot ? null : username,
      discriminator: bot ? "0001" : "0",
      avatar: null,
      bot,
    };
    this.users.set(id, user);
    return user;
  }

  /** The DM channel between the bot and a user (created on first use, as Discord does). */
  dmChannelOf(user: FakeUser): FakeChannel {
    for (const channel of this.channels.values()) {
      if (channel.type === 1 && channel.recipient?.id === user.id) return channel;
    }
    const channel: FakeChannel = { id: this.snowflake(), type: 1, recipient: user };
    this.channels.set(channel.id, channel);
    return channel;
  }

  guildOfChannel(channelId: string): FakeGuild | undefined {
    const guildId = this.channels.get(channelId)?.guild_id;
    return this.guilds.find((guild) => guild.id === guildId);
  }

  /** Guild ids handled by one shard, by Discord's rule: (guild_id >> 22) % shard_count. */
  guildsOfShard(shardId: number, shardCount: number): FakeGuild[] {
    return this.guilds.filter((guild) => shardOf(guild.id, shardCount) === shardId);
  }

  storeMessage(message: FakeMessage): FakeMessage {
    this.messages.set(message.id, message);
    const repliedTo = message.message_reference?.message_id;
    if (repliedTo && message.author.id === this.bot.id) {
      this.botReplies.set(repliedTo, [...(this.botReplies.get(repliedTo) ?? []), message]);
    }
    return message;
  }

  /** The bot's messages that reply to a message, oldest first. */
  botRepliesTo(messageId: string): FakeMessage[] {
    return (this.botReplies.get(messageId) ?? []).filter((reply) => this.messages.has(reply.id));
  }

  newMessage(
    fields: Partial<FakeMessage> & Pick<FakeMessage, "channel_id" | "author">,
  ): FakeMessage {
    const channel = this.channels.get(fields.channel_id);
    return {
      id: this.snowflake(),
      content: "",
      embeds: [],
      attachments: [],
      components: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      flags: 0,
      type: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      pinned: false,
      tts: false,
      ...(channel?.guild_id ? { guild_id: channel.guild_id } : {}),
      ...fields,
    };
  }
}

export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}
