/**
 * "초록 팀 은 앤트 에 얼마", "가치 는 얼마 고 제목 은 뭐가": voice typing (and some hurried
 * typing) puts a space before a Korean particle. The particle belongs to the word before: glued
 * back, the word is read with its particle (a name with its particle is the name), and the clause
 * joins ("얼마고 …") split a question as they do when typed together.
 *
 * Only particles that are never a word of their own: 이 ("this"), 가 ("go"), 도 ("degree"), 만
 * ("ten thousand") and the endings that are also verbs ("하는", "했어") stay where they are, but
 * for 만 and 도 after a verb's noun form (below).
 */
import { isHangulSyllable } from "./korean.ts";

const PARTICLES = new Set([
  "은",
  "는",
  "을",
  "를",
  "에",
  "의",
  "와",
  "과",
  "로",
  "으로",
  "에서",
  "에게",
  "한테",
  "까지",
  "부터",
  "에는",
  "에도",
  "에서는",
  "에선",
  "랑",
  "고",
]);
/** The longest particle above, in syllables: a longer word is never one. */
const LONGEST = 3;

/** What may end the word before a particle: a syllable, a Latin letter or a digit ("ms 는"). */
function isWordEnd(code: number): boolean {
  return (
    isHangulSyllable(code) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x30 && code <= 0x39)
  );
}

/**
 * A cheap first test: a space between a word and a syllable some particle opens with. One native
 * regex test is cheaper than walking the spaces of every question.
 */
const MAY_HOLD_PARTICLE = /[\uac00-\ud7a3A-Za-z0-9] [은는을를에의와과로으랑고까부한만도]/u;

/**
 * 만 and 도 after a verb made a noun with 기 ("받기 만 하는", "주기 도 하고") can only be the
 * particle: no number or degree follows a verb's noun form.
 */
const AFTER_NOUN_FORM = new Set(["만", "도"]);
const NOUN_FORM_END = "기".charCodeAt(0);

export function joinDetachedParticles(text: string): string {
  if (!MAY_HOLD_PARTICLE.test(text)) return text;
  let joined = "";
  let from = 0;
  // Each space is looked at once, with what stands just before and after it: no pattern runs over
  // the whole question.
  // No character is read past the text's end (optimised code that does is thrown away).
  const last = text.length - 1;
  for (let at = text.indexOf(" "); at > 0 && at < last; at = text.indexOf(" ", at + 1)) {
    if (!isWordEnd(text.charCodeAt(at - 1)) || !isHangulSyllable(text.charCodeAt(at + 1))) continue;
    let end = at + 1;
    while (end - at <= LONGEST && end <= last && isHangulSyllable(text.charCodeAt(end))) end++;
    const word = text.slice(at + 1, end);
    if (
      (end <= last && isHangulSyllable(text.charCodeAt(end))) ||
      !(
        PARTICLES.has(word) ||
        (AFTER_NOUN_FORM.has(word) && text.charCodeAt(at - 1) === NOUN_FORM_END)
      )
    ) {
      continue;
    }
    joined += text.slice(from, at);
    from = at + 1;
  }
  return from === 0 ? text : joined + text.slice(from);
}
