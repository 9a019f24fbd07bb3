/**
 * The one way the bot talks in Discord. Every outgoing message, edit, follow-up, deferral and
 * typing indicator goes through here, so these hold everywhere:
 * - nothing pings anyone (`allowedMentions: { parse: [] }`, no reply ping);
 * - text is split into pieces under 2,000 characters without breaking quotes or code blocks;
 * - embeds are fitted within Discord's limits;
 * - each answer arrives once: a message Discord created but whose response was lost is not posted
 *   again on retry (an enforced nonce), and a reply deleted while it is written goes on in a new one.
 */
import { randomBytes } from "node:crypto";
import {
  type AttachmentPayload,
  DiscordAPIError,
  type Message,
  type MessageComponentInteraction,
  MessageFlags,
  type MessageMentionOptions,
  RESTJSONErrorCodes,
  type RepliableInteraction,
} from "discord.js";
import type { OutgoingMessage } from "../render/discord-outgoing.ts";
import { fitEmbed, shorten } from "../render/embed-limits.ts";
import { DISCORD_MESSAGE_LIMIT, splitMessage } from "../render/split-message.ts";
import { type LatestThrottle, latestThrottle } from "../util/latest-throttle.ts";

/** Nothing the bot sends pings anyone: no @everyone/@here, roles, users, nor the replied-to author. */
export const NO_MENTIONS: MessageMentionOptions = Object.freeze({
  parse: [],
  repliedUser: false,
});

/** Edits of a streaming answer, at most this often (Discord's edit rate limits). */
export const DRAFT_INTERVAL_MS = 1_000;
/**
 * No draft before this much time has passed since the question came in: an answer ready sooner
 * goes out in one edit instead of a draft and the answer (half the REST calls).
 */
export const FIRST_DRAFT_AFTER_MS = 500;
/**
 * Drafts being sent at once, over all replies. Drafts are a courtesy: when Discord's REST queue
 * is backed up (more answers a second than its global limit allows) they would only lengthen it,
 * and the queue holds every waiting request's payload in memory. Past this many, a draft is skipped;
 * a later one, or the answer itself, follows.
 */
const MAX_DRAFTS_IN_FLIGHT = 8;
let draftsInFlight = 0;
/** Discord allows at most 10 embeds in one message. */
const MAX_EMBEDS = 10;
/** The typing indicator lasts about 10 s; renew it a little before. */
const TYPING_RENEW_MS = 8_000;

export type ReplyTarget =
  | {
      readonly kind: "interaction";
      readonly interaction: RepliableInteraction;
      readonly ephemeral: boolean;
    }
  | { readonly kind: "message"; readonly message: Message };

interface Piece {
  readonly content: string;
  readonly embeds: NonNullable<OutgoingMessage["embeds"]>;
  readonly files: AttachmentPayload[];
  readonly components: NonNullable<OutgoingMessage["components"]>;
}

/** Acknowledges an interaction at once ("thinking…"), so its 3-second deadline never passes. */
export async function deferReply(
  interaction: RepliableInteraction,
  ephemeral: boolean,
): Promise<void> {
  try {
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  } catch (error) {
    // Discord took the first try but its answer was lost (a 5xx, a timeout), and discord.js's
    // retry was told so: the reply exists, so carry on as deferred.
    if (!isAlreadyAcknowledged(error)) throw error;
    interaction.deferred = true;
  }
}

/** Acknowledges a button click without sending anything. */
export async function acknowledge(interaction: MessageComponentInteraction): Promise<void> {
  await interaction.deferUpdate();
}

/**
 * Shows "typing…" in the message's channel until the returned function is called. Failures are
 * ignored: the indicator is a courtesy, never a reason to fail an answer.
 */
export function showTyping(message: Message): () => void {
  const channel = message.channel;
  if (!channel.isSendable()) return () => {};
  const send = () => void channel.sendTyping().catch(() => {});
  send();
  const timer = setInterval(send, TYPING_RENEW_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * The bot's reply to one interaction or message: optional drafts while an answer streams in,
 * then the finished message, split into as many messages as it needs.
 */
export class Reply {
  /** For message targets: the first message of the reply, once sent (drafts edit it). */
  private primary: Message | undefined;
  /** For message targets: the latest message sent, which the next piece replies to. */
  private last: Message | undefined;
  /** For interactions: the follow-up standing in for a reply someone deleted. */
  private replacement: Message | undefined;
  private readonly drafts: LatestThrottle<string>;

  constructor(
    readonly target: ReplyTarget,
    onDraftError: (error: unknown) => void,
    draftIntervalMs = DRAFT_INTERVAL_MS,
  ) {
    this.drafts = latestThrottle(
      (text) => this.showDraft(text),
      draftIntervalMs,
      onDraftError,
      Math.min(FIRST_DRAFT_AFTER_MS, draftIntervalMs),
    );
  }

  /** Shows the answer so far, at most about once a second; the finished message replaces it. */
  draft(text: string): void {
    if (text.trim() !== "") this.drafts.push(text);
  }

  /** Sends the finished message: the first piece replaces the draft (or deferral), the rest follow. */
  async send(message: OutgoingMessage): Promise<void> {
    await this.drafts.settle();
    const [first, ...rest] = toPieces(message);
    if (!first) return;
    await this.sendFirst(first);
    for (const piece of rest) await this.sendFollowUp(piece);
  }

  private async showDraft(text: string): Promise<void> {
    if (draftsInFlight >= MAX_DRAFTS_IN_FLIGHT) return;
    draftsInFlight++;
    try {
      await this.sendFirst({
        content: `${shorten(text.trim(), DISCORD_MESSAGE_LIMIT - 2)} ▌`,
        embeds: [],
        files: [],
        components: [],
      });
    } finally {
      draftsInFlight--;
    }
  }

  private async sendFirst(piece: Piece): Promise<void> {
    const target = this.target;
    if (target.kind === "interaction") {
      const { interaction } = target;
      if (interaction.deferred || interaction.replied) {
        try {
          await interaction.editReply({
            ...payload(piece),
            attachments: [],
            ...(this.replacement ? { message: this.replacement } : {}),
          });
        } catch (error) {
          if (!isUnknownMessage(error)) throw error;
          // Deleted while the bot was writing it: the answer goes on in a new message.
          this.replacement = await interaction.followUp({
            ...payload(piece),
            ...(target.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
          });
        }
      } else {
        try {
          await interaction.reply({
            ...payload(piece),
            ...(target.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
          });
        } catch (error) {
          // As with deferReply: the first try was taken, only its answer was lost.
          if (!isAlreadyAcknowledged(error)) throw error;
          interaction.replied = true;
        }
      }
      return;
    }
    if (this.primary) {
      try {
        await this.primary.edit({ ...payload(piece), attachments: [] });
      } catch (error) {
        if (!isUnknownMessage(error)) throw error;
        // Deleted while the bot was writing it (a draft): the answer goes on in a new reply.
        this.primary = undefined;
      }
    }
    this.primary ??= await target.message.reply({ ...payload(piece), ...createOnce() });
    this.last = this.primary;
  }

  private async sendFollowUp(piece: Piece): Promise<void> {
    const target = this.target;
    if (target.kind === "interaction") {
      await target.interaction.followUp({
        ...payload(piece),
        ...(target.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
      });
      return;
    }
    // Each piece replies to the one before, so a reply to any piece can walk back the conversation.
    const previous = this.last ?? target.message;
    this.last = await previous.reply({ ...payload(piece), ...createOnce() });
  }
}

/** Discord says the message is gone: someone deleted it. */
function isUnknownMessage(error: unknown): boolean {
  return hasCode(error, RESTJSONErrorCodes.UnknownMessage);
}

/** Discord already took this interaction's acknowledgement (an earlier try of the same call). */
function isAlreadyAcknowledged(error: unknown): boolean {
  return hasCode(error, RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged);
}

function hasCode(error: unknown, code: RESTJSONErrorCodes): boolean {
  return error instanceof DiscordAPIError && error.code === code;
}

/**
 * Options for a new channel message that is created once however often the request is sent: when
 * Discord created it but its answer was lost, discord.js retries, and the enforced nonce makes
 * Discord return the first message instead of posting the answer twice. A reply to a message
 * deleted meanwhile is still sent, without the reference.
 */
function createOnce() {
  return {
    nonce: randomBytes(8).toString("hex"),
    enforceNonce: true,
    failIfNotExists: false,
  } as const;
}

function payload(piece: Piece) {
  return {
    content: piece.content,
    embeds: [...piece.embeds],
    files: piece.files,
    components: [...piece.components],
    allowedMentions: NO_MENTIONS,
  };
}

/** Text split under the limit; embeds and files ride on the first piece, buttons on the last. */
export function toPieces(message: OutgoingMessage): Piece[] {
  const texts = splitMessage(message.content ?? "");
  const embeds = (message.embeds ?? []).slice(0, MAX_EMBEDS).map((embed) => fitEmbed(embed));
  const files = (message.files ?? []).map(
    (file): AttachmentPayload => ({
      attachment: file.data,
      name: file.name,
      ...(file.description ? { description: file.description } : {}),
    }),
  );
  const count = Math.max(1, texts.length);
  return Array.from({ length: count }, (_, index) => ({
    content: texts[index] ?? "",
    embeds: index === 0 ? embeds : [],
    files: index === 0 ? files : [],
    components: index === count - 1 ? (message.components ?? []) : [],
  }));
}
