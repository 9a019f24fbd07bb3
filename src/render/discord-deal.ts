/** The story at a glance (/deal) as one embed: summary, key figures, fact checks, sources. */
import type { APIEmbed } from "discord.js";
import type { Summary } from "../answer/shared/summary.ts";
import type { Language } from "../knowledge/schema.ts";
import type { OutgoingMessage } from "./discord-outgoing.ts";
import { fitEmbed } from "./embed-limits.ts";
import { escapeMarkdown, plainModelText } from "./markdown.ts";
import { uiText } from "./ui-text.ts";

const EMBED_COLOR = 0xfbbf24;

/** The footer names what the figures and the summary rest on, in the reader's words. */
export function dealMessage(
  summary: Summary,
  language: Language,
  articleTitle: string,
): OutgoingMessage {
  const words = uiText[language];
  const figures = summary.items.filter((item) => item.figure !== undefined);
  const fields: NonNullable<APIEmbed["fields"]> = figures.map((item) => ({
    name: item.label,
    value: `**${item.figure}**`,
    inline: true,
  }));
  if (summary.factChecks.length > 0) {
    fields.push({
      name: `⚠️ ${words.factCheck}`,
      value: summary.factChecks.map((item) => item.statement).join("\n\n"),
      inline: false,
    });
  }
  if (summary.sources.length > 0) {
    fields.push({
      name: `🔗 ${words.sources}`,
      value: summary.sources
        .map((source) => `[${escapeMarkdown(source.title)}](${source.url})`)
        .join("\n"),
      inline: false,
    });
  }
  const byClaude = summary.textMode === "claude";
  const footer = [
    words.factSheetNote,
    ...(byClaude ? [words.summaryByClaude] : []),
    words.articleNote(articleTitle),
  ];
  const embed = fitEmbed({
    title: summary.title,
    description: byClaude ? plainModelText(summary.text) : summary.text,
    color: EMBED_COLOR,
    fields,
    footer: { text: footer.join(" · ") },
  });
  return { embeds: [embed] };
}
