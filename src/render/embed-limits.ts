/**
 * Discord's embed limits, and a function that fits an embed inside them by shortening text,
 * never by failing: a rejected embed would lose the whole message.
 * https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 */

export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  authorName: 256,
  /** All text of all embeds in one message together. */
  total: 6000,
} as const;

/** The parts of an embed the bot uses; structurally a subset of Discord's embed object. */
export interface EmbedContent {
  title?: string;
  description?: string;
  url?: string;
  color?: number;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  image?: { url: string };
}

/** Discord rejects empty field names and values: a zero-width space stands in. */
const EMPTY = "\u200b";

export function shorten(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let cut = text.slice(0, limit - 1);
  // Never leave half of a surrogate pair at the cut.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export function fitEmbed<T extends EmbedContent>(embed: T): T {
  const fitted: T = { ...embed };
  if (embed.title !== undefined) fitted.title = shorten(embed.title, EMBED_LIMITS.title);
  if (embed.description !== undefined) {
    fitted.description = shorten(embed.description, EMBED_LIMITS.description);
  }
  if (embed.footer) fitted.footer = { text: shorten(embed.footer.text, EMBED_LIMITS.footer) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, EMBED_LIMITS.fields).map((field) => ({
      ...field,
      name: shorten(field.name.trim() || EMPTY, EMBED_LIMITS.fieldName),
      value: shorten(field.value.trim() || EMPTY, EMBED_LIMITS.fieldValue),
    }));
  }
  // Over the total: drop fields from the end, then shorten the description.
  while (embedLength(fitted) > EMBED_LIMITS.total && (fitted.fields?.length ?? 0) > 0) {
    fitted.fields = fitted.fields?.slice(0, -1);
  }
  const excess = embedLength(fitted) - EMBED_LIMITS.total;
  if (excess > 0 && fitted.description !== undefined) {
    fitted.description = shorten(
      fitted.description,
      Math.max(1, fitted.description.length - excess),
    );
  }
  return fitted;
}

/** The characters Discord counts towards the 6,000 total. */
export function embedLength(embed: EmbedContent): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
  );
}
