/**
 * A fake Discord on 127.0.0.1 (random port) for end-to-end tests: the real discord.js client logs
 * in to it through DISCORD_API_BASE_URL. One HTTP server carries the REST API (/api/v10) and the
 * gateway (WebSocket). Tests script what users do (slash commands, messages, DMs, replies, button
 * clicks) and assert on every REST call the bot made.
 *
 * Reusable for load tests (hundreds of scripted questions; waiting is event-driven, never polled)
 * and for sharding tests (`shardCount`; dispatches go to the shard that owns the guild).
 */
import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { FakeGateway } from "./discord-gateway.ts";
import {
  buttonClickPayload,
  type CommandOption,
  messageCreatePayload,
  slashCommandPayload,
} from "./discord-payloads.ts";
import { FakeRest, type InteractionRecord, type RecordedCall } from "./discord-rest.ts";
import { type FakeChannel, type FakeMessage, type FakeUser, FakeWorld } from "./discord-state.ts";

export type { RecordedCall } from "./discord-rest.ts";
export type { FakeMessage, FakeUser } from "./discord-state.ts";

export interface FakeDiscordOptions {
  /** Guilds (default 1). */
  readonly guilds?: number;
  /** Text channels in each guild (default 2: #general and #questions). */
  readonly channelsPerGuild?: number;
  /** What GET /gateway/bot recommends (default 1). */
  readonly shardCount?: number;
  /** GET /gateway/bot's session_start_limit.max_concurrency (default 1, as most bots). */
  readonly maxConcurrency?: number;
  /** HELLO's heartbeat interval (default 41,250 ms, as Discord). */
  readonly heartbeatIntervalMs?: number;
  /** The guilds' preferred locale (default "en-US"). */
  readonly preferredLocale?: string;
  /** How long an interaction may wait for its ack (default 3,000 ms, as Discord). */
  readonly ackDeadlineMs?: number;
  /** The bot token it accepts (default: a random one), e.g. a planted secret to look for. */
  readonly token?: string;
  /** Hold the gateway's READY until releaseReady() (to see the bot before it is ready). */
  readonly holdReady?: boolean;
}

export interface FakeInteraction extends InteractionRecord {}

export interface WaitOptions {
  readonly timeoutMs?: number;
}

/** A last guard, not an expectation: waits end on events, however busy the machine. */
const DEFAULT_WAIT_MS = 180_000;

export class FakeDiscord {
  readonly token: string;
  readonly world: FakeWorld;
  readonly rest: FakeRest;
  readonly gateway: FakeGateway;
  private readonly events = new EventEmitter();
  private readonly users = new Map<string, FakeUser>();
  private port = 0;

  private constructor(
    private readonly server: Server,
    options: FakeDiscordOptions,
  ) {
    this.events.setMaxListeners(0);
    this.token = options.token ?? `fake.${randomBytes(12).toString("hex")}`;
    this.world = new FakeWorld({
      guildCount: options.guilds ?? 1,
      ...(options.channelsPerGuild ? { channelsPerGuild: options.channelsPerGuild } : {}),
      preferredLocale: options.preferredLocale ?? "en-US",
    });
    this.rest = new FakeRest(this.world, this.events, {
      token: this.token,
      shardCount: options.shardCount ?? 1,
      maxConcurrency: options.maxConcurrency ?? 1,
      gatewayUrl: () => this.gatewayUrl,
      ackDeadlineMs: options.ackDeadlineMs ?? 3_000,
    });
    this.gateway = new FakeGateway(server, this.world, this.events, {
      token: this.token,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      url: () => this.gatewayUrl,
      ...(options.holdReady ? { holdReady: true } : {}),
    });
    server.on("request", (request, response) => {
      void this.rest.handle(request, response);
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const fake = new FakeDiscord(server, options);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_BASE_URL should be (discord.js adds /v10). */
  get apiBaseUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get bot(): FakeUser {
    return this.world.bot;
  }

  get calls(): readonly RecordedCall[] {
    return this.rest.calls;
  }

  /** A guild text channel (default: the first guild's first channel). */
  channel(guildIndex = 0, channelIndex = 0): FakeChannel {
    const channel = this.world.guilds[guildIndex]?.channels[channelIndex];
    if (!channel) throw new Error(`No channel ${channelIndex} in guild ${guildIndex}`);
    return channel;
  }

  /** A user by name, created on first use. */
  user(name = "alice"): FakeUser {
    let user = this.users.get(name);
    if (!user) {
      user = this.world.addUser(name);
      this.users.set(name, user);
    }
    return user;
  }

  /** `<@id>` of the bot, as a mention in message content. */
  get botMention(): string {
    return `<@${this.bot.id}>`;
  }

  /** Resolves once every shard the fake recommends has identified and received its guilds. */
  async waitForShards(count = 1, options: WaitOptions = {}): Promise<void> {
    await this.waitUntil("shardReady", () => this.gateway.readyShards.length >= count, options);
  }

  /** With holdReady: resolves once `count` IDENTIFYs are waiting for their READY. */
  async waitForHeldIdentify(count = 1, options: WaitOptions = {}): Promise<void> {
    await this.waitUntil("identifyHeld", () => this.gateway.heldIdentifies >= count, options);
  }

  /** With holdReady: sends READY to the waiting shards (and at once to any later IDENTIFY). */
  releaseReady(): void {
    this.gateway.releaseReady();
  }

  /** A user runs a slash command; returns the interaction (its token identifies the calls). */
  slashCommand(
    name: string,
    options: Record<string, string | number | boolean> = {},
    from: { user?: FakeUser; channel?: FakeChannel; locale?: string; permissions?: string } = {},
  ): FakeInteraction {
    const channel = from.channel ?? this.channel();
    const record = this.newInteraction(from.user ?? this.user(), channel);
    const registered = [...this.rest.commands.values()]
      .flat()
      .find((command) => command.name === name);
    const declared = (registered?.options ?? []) as { name: string; type: number }[];
    const commandOptions: CommandOption[] = Object.entries(options).map(([key, value]) => ({
      name: key,
      // The type the command was registered with, else a guess from the value.
      type:
        declared.find((option) => option.name === key)?.type ??
        (typeof value === "boolean" ? 5 : typeof value === "number" ? 10 : 3),
      value,
    }));
    this.gateway.dispatchToChannel(
      channel.id,
      "INTERACTION_CREATE",
      slashCommandPayload(
        this.world,
        {
          ...record,
          locale: from.locale ?? "en-US",
          ...(from.permissions === undefined ? {} : { permissions: from.permissions }),
        },
        { name, id: registered?.id ?? this.world.snowflake(), options: commandOptions },
      ),
    );
    return record;
  }

  /** A user clicks a button on one of the bot's messages. */
  clickButton(
    message: FakeMessage,
    customId: string,
    from: { user?: FakeUser; locale?: string } = {},
  ): FakeInteraction {
    const channel = this.world.channels.get(message.channel_id);
    if (!channel) throw new Error(`Unknown channel ${message.channel_id}`);
    const record = this.newInteraction(from.user ?? this.user(), channel, message);
    this.gateway.dispatchToChannel(
      channel.id,
      "INTERACTION_CREATE",
      buttonClickPayload(
        this.world,
        { ...record, locale: from.locale ?? "en-US" },
        message,
        customId,
      ),
    );
    return record;
  }

  /**
   * A user posts in a guild channel. `replyTo` makes it a reply (pinging the author unless
   * `replyPing` is false); `<@id>` in the content are mentions.
   */
  say(
    content: string,
    from: {
      user?: FakeUser;
      channel?: FakeChannel;
      replyTo?: FakeMessage;
      replyPing?: boolean;
      attachments?: number;
    } = {},
  ): FakeMessage {
    return this.post(content, from.channel ?? this.channel(), from);
  }

  /** A user writes to the bot in a DM. */
  directMessage(
    content: string,
    from: { user?: FakeUser; replyTo?: FakeMessage } = {},
  ): FakeMessage {
    const user = from.user ?? this.user();
    return this.post(content, this.world.dmChannelOf(user), { ...from, user });
  }

  /** A moderator deletes a message (the bot's draft, say): gone from the API, MESSAGE_DELETE sent. */
  deleteMessage(message: FakeMessage): void {
    this.world.messages.delete(message.id);
    this.gateway.dispatchToChannel(message.channel_id, "MESSAGE_DELETE", {
      id: message.id,
      channel_id: message.channel_id,
      ...(message.guild_id ? { guild_id: message.guild_id } : {}),
    });
  }

  /**
   * Resolves when `done()` holds, checking now and after every message the bot creates or edits
   * (for waits the helpers below do not cover, e.g. "the answer is final").
   */
  async waitForMessages(done: () => boolean, options: WaitOptions = {}): Promise<void> {
    await this.waitUntil("message", done, options);
  }

  /** Calls recorded from index `after` on that match. */
  callsMatching(predicate: (call: RecordedCall) => boolean, after = 0): RecordedCall[] {
    return this.rest.calls.slice(after).filter(predicate);
  }

  /** The REST calls made with an interaction's token or id. */
  callsOf(interaction: FakeInteraction): RecordedCall[] {
    return this.rest.calls.filter(
      (call) =>
        call.params.token === interaction.token || call.params.interactionId === interaction.id,
    );
  }

  /** Waits for a recorded call that matches (including calls already recorded). */
  async waitForCall(
    predicate: (call: RecordedCall) => boolean,
    options: WaitOptions = {},
  ): Promise<RecordedCall> {
    let found: RecordedCall | undefined;
    await this.waitUntil(
      "call",
      () => {
        found = this.rest.calls.find(predicate);
        return found !== undefined;
      },
      options,
    );
    return found as RecordedCall;
  }

  /** Waits until `count` calls match. */
  async waitForCalls(
    predicate: (call: RecordedCall) => boolean,
    count: number,
    options: WaitOptions = {},
  ): Promise<RecordedCall[]> {
    await this.waitUntil("call", () => this.rest.calls.filter(predicate).length >= count, options);
    return this.rest.calls.filter(predicate);
  }

  /**
   * Waits until an interaction's original response has content, embeds or files (the deferred
   * "thinking" message does not count) and returns that message.
   */
  async waitForResponse(
    interaction: FakeInteraction,
    options: WaitOptions = {},
  ): Promise<FakeMessage> {
    let message: FakeMessage | undefined;
    await this.waitUntil(
      "message",
      () => {
        const id = interaction.originalMessageId;
        message = id ? this.world.messages.get(id) : undefined;
        return message !== undefined && hasBody(message);
      },
      options,
    );
    return message as FakeMessage;
  }

  /** The bot's messages that reply to a message, oldest first. */
  repliesTo(message: FakeMessage): FakeMessage[] {
    return this.world.botRepliesTo(message.id);
  }

  /** Waits for the bot's first reply to a message. */
  async waitForReply(message: FakeMessage, options: WaitOptions = {}): Promise<FakeMessage> {
    await this.waitUntil("message", () => this.repliesTo(message).length > 0, options);
    return this.repliesTo(message)[0] as FakeMessage;
  }

  /**
   * The whole answer to a message: the bot's reply and the pieces that continue it (each piece
   * replies to the one before), in order.
   */
  replyChainOf(message: FakeMessage): FakeMessage[] {
    const chain: FakeMessage[] = [];
    let next = this.repliesTo(message)[0];
    while (next) {
      chain.push(next);
      next = this.repliesTo(next)[0];
    }
    return chain;
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private newInteraction(user: FakeUser, channel: FakeChannel, message?: FakeMessage) {
    const record: InteractionRecord = {
      id: this.world.snowflake(),
      token: `interaction.${randomBytes(16).toString("hex")}`,
      channel,
      user,
      dispatchedAt: performance.now(),
      ...(message ? { message } : {}),
    };
    this.rest.interactions.set(record.token, record);
    return record;
  }

  private post(
    content: string,
    channel: FakeChannel,
    from: { user?: FakeUser; replyTo?: FakeMessage; replyPing?: boolean; attachments?: number },
  ): FakeMessage {
    const author = from.user ?? this.user();
    const mentioned = [...content.matchAll(/<@!?(\d+)>/g)]
      .map((match) => this.world.users.get(match[1] ?? ""))
      .filter((user): user is FakeUser => user !== undefined);
    const replyTo = from.replyTo;
    if (
      replyTo &&
      from.replyPing !== false &&
      !mentioned.some((user) => user.id === replyTo.author.id)
    ) {
      mentioned.push(replyTo.author);
    }
    const message = this.world.storeMessage(
      this.world.newMessage({
        channel_id: channel.id,
        author,
        content,
        mentions: mentioned,
        attachments: Array.from({ length: from.attachments ?? 0 }, (_, index) => ({
          id: this.world.snowflake(),
          filename: `photo-${index}.png`,
          size: 1024,
          content_type: "image/png",
          url: "https://cdn.fake.invalid/photo.png",
          proxy_url: "https://media.fake.invalid/photo.png",
        })),
        ...(replyTo
          ? {
              type: 19,
              message_reference: {
                type: 0,
                message_id: replyTo.id,
                channel_id: replyTo.channel_id,
                ...(replyTo.guild_id ? { guild_id: replyTo.guild_id } : {}),
              },
              referenced_message: { ...replyTo, referenced_message: undefined },
            }
          : {}),
      }),
    );
    this.gateway.dispatchToChannel(
      channel.id,
      "MESSAGE_CREATE",
      messageCreatePayload(this.world, message, { intents: this.gateway.intentsFor(channel.id) }),
    );
    return message;
  }

  /** Resolves when `done()` holds, checking now and after each `event`; rejects on timeout. */
  private waitUntil(event: string, done: () => boolean, options: WaitOptions): Promise<void> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_WAIT_MS;
    return new Promise((resolve, reject) => {
      if (done()) {
        resolve();
        return;
      }
      const check = () => {
        if (!done()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(`fake Discord: nothing matched within ${timeoutMs} ms (waiting on ${event})`),
        );
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off(event, check);
      };
      this.events.on(event, check);
    });
  }
}

function hasBody(message: FakeMessage): boolean {
  return message.content !== "" || message.embeds.length > 0 || message.attachments.length > 0;
}

/** Starts a fake Discord on a random loopback port. */
export function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return FakeDiscord.start(options);
}
