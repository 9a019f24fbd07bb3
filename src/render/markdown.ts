/** Discord Markdown helpers for text that comes from data or from people. */

/** Backslash-escapes the characters Discord reads as formatting or link syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_~`|[\]()<>#-])/g, "\\$1");
}

/**
 * Text a model wrote, which may repeat what a user typed, made safe to show: no masked links
 * (`[label](url)` could disguise where a link goes), no headings, subtext or block quotes (they
 * would pass for the bot's own layout: its sources line, its article quotes), no code blocks (an
 * unclosed fence swallows everything below it), no link previews, no runs of blank lines. Bold
 * and italics stay: they cannot hide or break anything.
 */
export function plainModelText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[`[\]]/g, "\\$&")
    .replace(/^([ \t]*)(#{1,3}[ \t]|-#[ \t]|>)/gm, "$1\\$2")
    .replace(/(?<!<)\bhttps?:\/\/[^\s<>()]+/g, (url) => {
      // A sentence's closing punctuation is not part of the link.
      const link = url.replace(/[.,;:!?'"]+$/, "");
      return `<${link}>${url.slice(link.length)}`;
    })
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A subtext line (`-# `), small and grey under a message; newlines would end it early. */
export function subtext(text: string): string {
  return `-# ${text.replace(/\s*\n\s*/g, " ")}`;
}

/** The host of a URL without "www.", for a compact link label. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
