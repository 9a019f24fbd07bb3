/**
 * The beginnings every conjugated form of a Korean verb stem starts with, derived, not listed:
 * "버리" -> 버리 (버리고), 버려 (버려진, 버려서), 버렸 (past), 버린, 버릴, 버림. Regular stems
 * only; enough to recognise a verb in any of its common endings.
 */
import { composeSyllable, syllableParts } from "./korean.ts";

/** Final consonant indexes: ㄴ (adnominal), ㄹ (future adnominal), ㅁ (noun), ㅆ (past). */
const FINAL = { n: 4, l: 8, m: 16, ss: 20 } as const;
/** Vowel indexes a stem's last vowel contracts to before 아/어: ㅣ->ㅕ, ㅡ->ㅓ, ㅗ->ㅘ, ㅜ->ㅝ, ㅚ->ㅙ. */
const CONTRACTED: Readonly<Record<number, number>> = { 20: 6, 18: 4, 8: 9, 13: 14, 11: 10 };
const VOWEL_A = 0;
const VOWEL_AE = 1;
const INITIAL_H = 18;

/** The prefixes of a stem's forms (the stem itself first); the stem alone when it ends in a consonant. */
export function stemForms(stem: string): string[] {
  const parts = syllableParts(stem.codePointAt(stem.length - 1) ?? 0);
  if (!parts) return [stem];
  const [initial, vowel, final] = parts;
  // "끊", "뺏": every form starts with the stem as written.
  if (final !== 0) return [stem];
  const head = stem.slice(0, -1);
  // 하 -> 해 (했); ㅣ -> ㅕ (버려, 버렸); ㅏ, ㅓ, ㅐ, ㅔ stay (떠나, 떠났; 끝내, 끝냈).
  const contractedVowel =
    initial === INITIAL_H && vowel === VOWEL_A ? VOWEL_AE : (CONTRACTED[vowel] ?? vowel);
  const forms = new Set([
    stem,
    head + composeSyllable(initial, vowel, FINAL.n),
    head + composeSyllable(initial, vowel, FINAL.l),
    head + composeSyllable(initial, vowel, FINAL.m),
    head + composeSyllable(initial, contractedVowel, 0),
    head + composeSyllable(initial, contractedVowel, FINAL.ss),
  ]);
  return [...forms];
}

const VOWEL_EU = 18;
const VOWEL_O = 8;
const INITIAL_R = 5;
/** The 아 and 어 syllables (ㅇ + ㅏ / ㅓ), and their past forms 았 and 었. */
const AH = ["아", "았"] as const;
const EO = ["어", "었"] as const;

/**
 * The beginnings of every chat form of a verb given in its dictionary form ("던지다", "얹다",
 * "지르다"): what a glossary matches at the start of a word, with only endings after it (던졌냐 =
 * 던졌 + 냐, 얹었음 = 얹 + 었음). Besides stemForms: a stem ending in a consonant gets its 아/어
 * forms (얹어, 얹었: a helper verb may follow, 얹어줌), and 르 verbs double their ㄹ (질러, 질렀).
 * Other irregular verbs (붓다 -> 부어) are listed by hand.
 */
export function verbForms(dictionaryForm: string): string[] {
  const stem = dictionaryForm.endsWith("다") ? dictionaryForm.slice(0, -1) : dictionaryForm;
  const parts = syllableParts(stem.codePointAt(stem.length - 1) ?? 0);
  if (stem === "" || !parts) return [stem];
  const [initial, vowel, final] = parts;
  const forms = new Set(stemForms(stem));
  // A bare one-syllable stem is a word of its own too often (박: a surname; 쏘): not a verb form.
  // Its endings are spelled out instead: 박은, 박음, 박는, 박고; 쏘는, 쏘고.
  if (stem.length === 1) {
    forms.delete(stem);
    for (const ending of final === 0 ? ["는", "고"] : ["은", "음", "는", "을", "고"]) {
      forms.add(stem + ending);
    }
  }
  // The plain and present forms end in 다, which is no ending of its own: 던지다, 던진다, 얹는다.
  forms.add(`${stem}다`);
  forms.add(
    final === 0
      ? `${stem.slice(0, -1)}${composeSyllable(initial, vowel, FINAL.n)}다`
      : `${stem}는다`,
  );
  if (final !== 0) {
    // 얹 -> 얹어, 얹었; 박 -> 박아, 박았 (ㅏ and ㅗ take 아).
    const [plain, past] = vowel === VOWEL_A || vowel === VOWEL_O ? AH : EO;
    forms.add(stem + plain);
    forms.add(stem + past);
  } else if (initial === INITIAL_R && vowel === VOWEL_EU && stem.length >= 2) {
    // 지르 -> 질러, 질렀; 찌르 -> 찔러: the syllable before takes ㄹ, 르 becomes 러 (라 after ㅏ, ㅗ).
    const before = syllableParts(stem.codePointAt(stem.length - 2) ?? 0);
    if (before && before[2] === 0) {
      const [beforeInitial, beforeVowel] = before;
      const withL = composeSyllable(beforeInitial, beforeVowel, FINAL.l);
      const head = stem.slice(0, -2) + withL;
      const harmony = beforeVowel === VOWEL_A || beforeVowel === VOWEL_O ? VOWEL_A : 4;
      // Not 지러, 지렀: a 르 stem never contracts the regular way.
      forms.delete(stem.slice(0, -1) + composeSyllable(INITIAL_R, 4, 0));
      forms.delete(stem.slice(0, -1) + composeSyllable(INITIAL_R, 4, FINAL.ss));
      forms.add(head + composeSyllable(INITIAL_R, harmony, 0));
      forms.add(head + composeSyllable(INITIAL_R, harmony, FINAL.ss));
    }
  }
  return [...forms];
}
