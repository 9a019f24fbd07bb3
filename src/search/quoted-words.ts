/**
 * "'돌려막기'라 하던데", "'폰지'라 부르던데": a quoted word with the bare copula 라 typed after
 * the closing mark. Alone after the mark, 라 would be read as an unknown word of its own; it is
 * dropped, so the quoted word is read as written, whole (a glossary phrase still matches it).
 * The quotatives ("'조건부'라고 나와요", "'…'라는 말") stay: the claim readers read them.
 */
const PARTICLE_AFTER_CLOSING_MARK = /(?<=[\p{L}\p{N}]['"’”」』])(?:이라|라)(?=[\s,.!?？~]|$)/gu;
const MAY_HOLD_QUOTE = /['"’”」』]\p{Script=Hangul}/u;

export function withoutQuotedParticles(text: string): string {
  return MAY_HOLD_QUOTE.test(text) ? text.replace(PARTICLE_AFTER_CLOSING_MARK, "") : text;
}
