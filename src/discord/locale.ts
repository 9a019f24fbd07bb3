/** The bot's two languages from Discord locales ("ko", "en-US", "en-GB", ...). */
import type { Language } from "../knowledge/schema.ts";

export function languageOfLocale(locale: string | null | undefined): Language {
  return locale?.toLowerCase().startsWith("ko") ? "ko" : "en";
}
