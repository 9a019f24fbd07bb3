/**
 * A link pasted with the question ("https://m.blog.naver.com/... 이 기사 뭐가 틀렸어?", "Link's
 * here https://blogs.microsoft.com/… does the article match this?") is context: where the asker
 * read it, not what is asked. Its host and path words ("naver", "blog", "2025/11/18") would read
 * as a company, a kind of piece and a date; the link is dropped before the question is read.
 * A host written bare ("blogs.microsoft.com 맞아?") is asked about, and stays.
 */

/** A web address with its scheme or "www.", up to the next space (its "/..." tail too). */
const LINK = /(?:\bhttps?:\/\/|\bwww\.)\S+/giu;

export function withoutPastedLinks(text: string): string {
  // Most questions hold no link: one substring test before any pattern runs.
  if (!text.includes("://") && !text.includes("www.")) return text;
  const rest = text
    .replace(LINK, " ")
    .replace(/[ \t]{2,}/gu, " ")
    .trim();
  // A link alone is still what was sent: nothing else is there to read.
  return /[\p{L}\p{N}]/u.test(rest) ? rest : text;
}
