/** Discord Markdown helpers for text that comes from data or from people. */

/** Backslash-escapes the characters Discord reads as formatting or link syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_~`|[\]()<>#-])/g, "\\$1");
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
