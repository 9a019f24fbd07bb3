/** Figures from the fact sheet written out for people, in Korean or English. */
import type { Figure, Language, Qualifier } from "./schema.ts";

const QUALIFIER_WORDS: Record<Qualifier, { ko: string; en: string }> = {
  up_to: { ko: "최대", en: "up to" },
  initially: { ko: "초기", en: "initially" },
  about: { ko: "약", en: "about" },
  at_least: { ko: "최소", en: "at least" },
};

/** Whether a figure is a sum of money (dollars, won), not a capacity, a share or a count. */
export function isMoney(figure: Figure): boolean {
  return figure.unit === "USD" || figure.unit === "KRW";
}

export function formatFigure(figure: Figure, language: Language): string {
  const amount = formatAmount(figure, language);
  // "initially up to 1 GW" / "초기 최대 1기가와트": time qualifiers go first.
  const order: Qualifier[] = ["initially", "about", "at_least", "up_to"];
  const words = order
    .filter((qualifier) => figure.qualifiers.includes(qualifier))
    .map((qualifier) => QUALIFIER_WORDS[qualifier][language]);
  return [...words, amount].join(" ");
}

function formatAmount(figure: Figure, language: Language): string {
  const { value, unit } = figure;
  switch (unit) {
    case "USD":
      return language === "ko" ? `${koreanNumber(value)} 달러` : `$${englishNumber(value)}`;
    case "KRW":
      return language === "ko" ? `${koreanNumber(value)}원` : `₩${englishNumber(value)}`;
    case "GW":
      return language === "ko" ? `${trim(value)}기가와트` : `${trim(value)} GW`;
    case "MW":
      return language === "ko" ? `${trim(value)}메가와트` : `${trim(value)} MW`;
    case "percent":
      return `${trim(value)}%`;
    case "count":
      return trim(value);
  }
}

/** 5e9 -> "5 billion", 1.5e12 -> "1.5 trillion". */
export function englishNumber(value: number): string {
  const scales: [number, string][] = [
    [1e12, "trillion"],
    [1e9, "billion"],
    [1e6, "million"],
  ];
  for (const [scale, word] of scales) {
    if (value >= scale) return `${trim(value / scale)} ${word}`;
  }
  return value.toLocaleString("en-US");
}

/** 5e9 -> "50억", 1.5e12 -> "1조 5000억", 3e4 -> "3만". */
export function koreanNumber(value: number): string {
  const jo = Math.floor(value / 1e12);
  const eok = Math.floor((value % 1e12) / 1e8);
  const man = Math.floor((value % 1e8) / 1e4);
  const rest = value % 1e4;
  const parts = [
    jo ? `${jo}조` : "",
    eok ? `${eok}억` : "",
    man ? `${man}만` : "",
    rest ? trim(rest) : "",
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : "0";
}

function trim(value: number): string {
  return String(Math.round(value * 100) / 100);
}
