/**
 * Finds amounts in text and gives each one canonical key, so that "$30B", "30 billion dollars" and
 * "300억 달러" are the same search term, as are "1GW" and "1기가와트".
 */

export interface Amount {
  /** Canonical key: the value in base units, with a unit suffix where the unit is not money. */
  readonly key: string;
  readonly start: number;
  readonly end: number;
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

const NUMBER = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?)`;
const PATTERNS: readonly { regex: RegExp; key: (match: RegExpExecArray) => string | undefined }[] =
  [
    {
      // 1 gigawatt, 1GW, 1기가와트, 500 MW
      regex: new RegExp(
        String.raw`${NUMBER}\s*(gigawatts?|gw|기가와트|megawatts?|mw|메가와트)`,
        "gu",
      ),
      key: (match) => {
        const value = toNumber(match[1]);
        const mega = /^(?:megawatts?|mw|메가와트)$/.test(match[2] ?? "");
        return value === undefined ? undefined : `${mega ? value / 1000 : value}gw`;
      },
    },
    {
      // 50%, 50 percent, 50퍼센트
      regex: new RegExp(String.raw`${NUMBER}\s*(?:%|percent|퍼센트|프로)`, "gu"),
      key: (match) => {
        const value = toNumber(match[1]);
        return value === undefined ? undefined : `${value}%`;
      },
    },
    {
      // $30B, $30 billion, 30 billion dollars, 300억 달러, 1조
      regex: new RegExp(
        String.raw`(\$|us\$|usd\s?)?\s*${NUMBER}\s*(thousand|million|billion|trillion|bn|mn|tn|[kmbt](?![a-z])|천|만|억|조)?\s*(?:달러|dollars?|usd|불|원)?`,
        "gu",
      ),
      key: (match) => {
        const value = toNumber(match[2]);
        if (value === undefined) return undefined;
        const scale = match[3] ? (SCALE[match[3]] ?? 1) : 1;
        // A one-letter scale (b, m, t, k) counts after a currency sign or glued to the number
        // ("15b"), not after a space ("5090 m").
        if (
          match[3] &&
          /^[kmbt]$/.test(match[3]) &&
          !match[1] &&
          /\s$/.test(match[0].slice(0, match[0].lastIndexOf(match[3])))
        ) {
          return String(value);
        }
        return String(Math.round(value * scale * 1000) / 1000);
      },
    },
  ];

export function findAmounts(text: string): Amount[] {
  const found: Amount[] = [];
  const taken: boolean[] = new Array(text.length).fill(false);
  for (const { regex, key } of PATTERNS) {
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
      const canonical = key(match);
      if (canonical === undefined) continue;
      taken.fill(true, start, end);
      found.push({ key: canonical, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function toNumber(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw.replace(/,/g, ""));
  return Number.isFinite(value) ? value : undefined;
}
