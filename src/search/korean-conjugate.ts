/**
 * The beginnings every conjugated form of a Korean verb stem starts with, derived, not listed:
 * "버리" -> 버리 (버리고), 버려 (버려진, 버려서), 버렸 (past), 버린, 버릴, 버림. Regular stems
 * only; enough to recognise a verb in any of its common endings.
 */

const HANGUL_BASE = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Final consonant indexes: ㄴ (adnominal), ㄹ (future adnominal), ㅁ (noun), ㅆ (past). */
const FINAL = { n: 4, l: 8, m: 16, ss: 20 } as const;
/** Vowel indexes a stem's last vowel contracts to before 아/어: ㅣ->ㅕ, ㅡ->ㅓ, ㅗ->ㅘ, ㅜ->ㅝ, ㅚ->ㅙ. */
const CONTRACTED: Readonly<Record<number, number>> = { 20: 6, 18: 4, 8: 9, 13: 14, 11: 10 };
const VOWEL_A = 0;
const VOWEL_AE = 1;
const INITIAL_H = 18;

function syllable(initial: number, vowel: number, final: number): string {
  return String.fromCodePoint(HANGUL_BASE + (initial * 21 + vowel) * 28 + final);
}

/** The prefixes of a stem's forms (the stem itself first); the stem alone when it ends in a consonant. */
export function stemForms(stem: string): string[] {
  const last = stem.codePointAt(stem.length - 1) ?? 0;
  if (last < HANGUL_BASE || last > HANGUL_LAST) return [stem];
  const offset = last - HANGUL_BASE;
  const [initial, vowel, final] = [
    Math.floor(offset / 588),
    Math.floor((offset % 588) / 28),
    offset % 28,
  ];
  // "끊", "뺏": every form starts with the stem as written.
  if (final !== 0) return [stem];
  const head = stem.slice(0, -1);
  // 하 -> 해 (했); ㅣ -> ㅕ (버려, 버렸); ㅏ, ㅓ, ㅐ, ㅔ stay (떠나, 떠났; 끝내, 끝냈).
  const contractedVowel =
    initial === INITIAL_H && vowel === VOWEL_A ? VOWEL_AE : (CONTRACTED[vowel] ?? vowel);
  const forms = new Set([
    stem,
    head + syllable(initial, vowel, FINAL.n),
    head + syllable(initial, vowel, FINAL.l),
    head + syllable(initial, vowel, FINAL.m),
    head + syllable(initial, contractedVowel, 0),
    head + syllable(initial, contractedVowel, FINAL.ss),
  ]);
  return [...forms];
}
