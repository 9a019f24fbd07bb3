/**
 * Finds amounts in text and gives each one canonical key, so that "$30B", "30 billion dollars" and
 * "300억 달러" are the same search term, as are "1GW" and "1기가와트". Money amounts also report
 * their currency, which the analyser turns into a word of its own ("usd", "krw") so that a passage
 * stating "$10 billion" also answers a question about "money" or "돈".
 */

export interface Amount {
  /** Canonical key: the value in base units, with a unit suffix where the unit is not money. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly currency?: "usd" | "krw";
}

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
  천: 1e3,
  만: 1e4,
  억: 1e8,
  조: 1e12,
};

type Parsed = { key: string; currency?: "usd" | "krw" } | undefined;

const NUMBER = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?)`;
const PATTERNS: readonly { regex: RegExp; parse: (match: RegExpExecArray) => Parsed }[] = [
  {
    // 1 gigawatt, 1GW, 1기가와트, 500 MW
    regex: new RegExp(
      String.raw`${NUMBER}\s*(gigawatts?|gw|기가와트|megawatts?|mw|메가와트)`,
      "gu",
    ),
    parse: (match) => {
      const value = toNumber(match[1]);
      const mega = /^(?:megawatts?|mw|메가와트)$/.test(match[2] ?? "");
      return value === undefined ? undefined : { key: `${mega ? value / 1000 : value}gw` };
    },
  },
  {
    // 50%, 50 percent, 50퍼센트
    regex: new RegExp(String.raw`${NUMBER}\s*(?:%|percent|퍼센트|프로)`, "gu"),
    parse: (match) => {
      const value = toNumber(match[1]);
      return value === undefined ? undefined : { key: `${value}%` };
    },
  },
  {
    // $30B, $30 billion, 30 billion dollars, 300억 달러, 1조 원
    regex: new RegExp(
      String.raw`(\$|us\$|usd\s?|₩)?\s*${NUMBER}\s*(thousand|million|billion|trillion|bn|mn|tn|[kmbt](?![a-z])|천|만|억|조)?\s*(달러|dollars?|usd|불|원|won)?`,
      "gu",
    ),
    parse: (match) => {
      const [, sign, digits, scaleWord, unit] = match;
      const value = toNumber(digits);
      if (value === undefined) return undefined;
      // A one-letter scale (b, m, t, k) counts after a currency sign or glued to the number
      // ("15b"), not after a space ("5090 m").
      const looseLetter =
        scaleWord !== undefined &&
        /^[kmbt]$/.test(scaleWord) &&
        !sign &&
        /\s$/.test(match[0].slice(0, match[0].lastIndexOf(scaleWord)));
      if (looseLetter) return { key: String(value) };
      const scale = scaleWord ? (SCALE[scaleWord] ?? 1) : 1;
      const key = String(Math.round(value * scale * 1000) / 1000);
      const currency = currencyOf(sign, unit);
      return currency ? { key, currency } : { key };
    },
  },
];

function currencyOf(sign: string | undefined, unit: string | undefined): "usd" | "krw" | undefined {
  if (sign === "₩" || unit === "원" || unit === "won") return "krw";
  if (sign || unit) return "usd";
  return undefined;
}

export function findAmounts(text: string): Amount[] {
  if (!/\d/.test(text)) return [];
  const found: Amount[] = [];
  const taken: boolean[] = new Array(text.length).fill(false);
  for (const { regex, parse } of PATTERNS) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      const start = match.index + (match[0].length - match[0].trimStart().length);
      const end = match.index + match[0].trimEnd().length;
      if (end === start) {
        regex.lastIndex++;
        continue;
      }
      if (taken.slice(start, end).some(Boolean)) continue;
      // A number glued to letters ("rtx5090", "gpt4") is a name, not an amount.
      if (/[a-z]/.test(text[start - 1] ?? "")) continue;
      const parsed = parse(match);
      if (parsed === undefined) continue;
      taken.fill(true, start, end);
      found.push({ ...parsed, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function toNumber(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw.replace(/,/g, ""));
  return Number.isFinite(value) ? value : undefined;
}
