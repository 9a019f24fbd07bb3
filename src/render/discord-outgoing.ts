/** One outgoing Discord message as the renderers build it and the respond helper sends it. */
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from "discord.js";

export interface OutgoingFile {
  readonly name: string;
  readonly data: Buffer;
  /** Alt text. */
  readonly description?: string;
}

export interface OutgoingMessage {
  /** Markdown; any length (the respond helper splits it under 2,000 characters). */
  readonly content?: string;
  /** Sent with the first piece. */
  readonly embeds?: readonly APIEmbed[];
  /** Sent with the first piece. */
  readonly files?: readonly OutgoingFile[];
  /** Sent with the last piece, under the end of the text. */
  readonly components?: readonly APIActionRowComponent<APIComponentInMessageActionRow>[];
}
