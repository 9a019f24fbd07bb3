/**
 * A change claimed the wrong way round: "윗글에서 엔비디아는 오픈AI 의존도를 높이려 한다고 했죠?"
 * when the article writes "의존도를 낮추고", "NVIDIA wants to increase its dependence on OpenAI,
 * right?" when it says "lower its dependence". The thing that changes (the noun before a Korean
 * verb of change, after an English one) is looked for in the article's sentences (an English
 * question in their translations); a sentence that moves it the other way is a no, with it.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import { oncePerKnowledge } from "../../knowledge/once-per-knowledge.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { QuotedSentence } from "../shared/article-refs.ts";
import type { Answer } from "../types.ts";
import { composeAnswer } from "./text.ts";

type Way = "up" | "down";

const UP_KO =
  /^(?:높이|높여|높인|높일|높아|늘리|늘려|늘린|늘릴|늘어|늘었|키우|키워|키운|키울|강화|확대|증가)/u;
const DOWN_KO =
  /^(?:낮추|낮춰|낮춘|낮출|낮아|줄이|줄여|줄인|줄일|줄어|줄었|축소|감소|완화|약화|약해)/u;
const UP_EN =
  /^(?:raise|raises|raised|raising|increase|increases|increased|increasing|boost|boosts|boosted|boosting|deepen|deepens|deepened|deepening|heighten|heightens|heightened|strengthen|strengthens|strengthened|strengthening)$/u;
const DOWN_EN =
  /^(?:lower|lowers|lowered|lowering|reduce|reduces|reduced|reducing|cut|cuts|cutting|decrease|decreases|decreased|decreasing|lessen|lessens|lessened|lessening|weaken|weakens|weakened|weakening)$/u;
/** Any verb of change, the cheap test every confirmation takes first. */
const ANY_CHANGE =
  /높[이여인일아]|[늘][리려린릴어었]|키[우워운울]|강화|확대|증가|낮[추춰춘출아]|줄[이여인일어었]|축소|감소|완화|약화|약해|\b(?:rais|increas|boost|deepen|heighten|strengthen|lower|reduc|cut|decreas|lessen|weaken)/u;
/** A Korean particle after the noun that changes ("의존도를", "비중이"). */
const PARTICLE_KO = /(?:을|를|이|가|은|는|도|만)$/u;
/** Words between an English verb and its noun: "increase its dependence". */
const DETERMINER_EN = /^(?:its|their|the|a|an|his|her|our|own|more|further)$/u;
/** The claim denied, or asked the other way: not a plain claim of a change. */
const DENIED = /\b(?:not|never|no)\b|n't\b|(?:^|\s)안\s|않|아니|아닌/u;

const HEADS = {
  no: { ko: "아니에요, 기사에는 반대로 나와요.", en: "No, the article says the opposite." },
  yes: { ko: "맞아요, 기사에 그렇게 나와요.", en: "Yes, the article says so." },
} as const;

function wayOfKo(word: string): Way | undefined {
  return UP_KO.test(word) ? "up" : DOWN_KO.test(word) ? "down" : undefined;
}
function wayOfEn(word: string): Way | undefined {
  return UP_EN.test(word) ? "up" : DOWN_EN.test(word) ? "down" : undefined;
}

/** The noun whose change is claimed, and the way: "의존도를 높이려" → 의존도, up. */
function claimedChange(
  words: readonly string[],
  hangul: boolean,
): { noun: string; way: Way } | undefined {
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as string;
    if (hangul) {
      const way = wayOfKo(word);
      const noun = (words[at - 1] ?? "").replace(PARTICLE_KO, "");
      if (way && noun.length >= 2 && /\p{Script=Hangul}/u.test(noun)) return { noun, way };
    } else {
      const way = wayOfEn(word);
      if (!way) continue;
      let next = at + 1;
      while (next < words.length && DETERMINER_EN.test(words[next] as string)) next++;
      const noun = words[next] ?? "";
      if (noun.length >= 4 && /^[a-z]+$/u.test(noun)) return { noun, way };
    }
  }
  return undefined;
}

/** Each article sentence with its words, Korean and (translated) English, split once. */
const sentenceWords = oncePerKnowledge((knowledge: Knowledge) =>
  knowledge.article.sections.flatMap((section) =>
    section.sentences.map((sentence) => {
      const en = knowledge.translations.get(sentence.text) ?? "";
      return {
        held: { sentence, section } as QuotedSentence,
        ko: { text: sentence.text.toLowerCase(), words: splitWords(sentence.text) },
        en: { text: en.toLowerCase(), words: splitWords(en) },
      };
    }),
  ),
);

function splitWords(text: string): readonly string[] {
  return text.toLowerCase().split(/[\s,.;:]+/u);
}

/** The way a sentence moves the noun, when it writes a verb of change right beside it. */
function wayInSentence(words: readonly string[], noun: string, hangul: boolean): Way | undefined {
  // "dependence" and "dependency" are one noun: the stem before the last letters.
  const stem = hangul ? noun : noun.slice(0, Math.max(4, noun.length - 3));
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as string;
    if (hangul) {
      if (!word.startsWith(noun)) continue;
      const way = wayOfKo(words[at + 1] ?? "");
      if (way) return way;
    } else {
      const way = wayOfEn(word);
      if (!way) continue;
      let next = at + 1;
      while (next < words.length && DETERMINER_EN.test(words[next] as string)) next++;
      if ((words[next] ?? "").startsWith(stem)) return way;
    }
  }
  return undefined;
}

/** Whether a sentence names a party: an English form as a whole word ("nv" is no part of "invest"). */
function namesIn(written: string, forms: readonly string[], hangul: boolean): boolean {
  const lower = written.toLowerCase();
  if (hangul) return forms.some((form) => lower.includes(form));
  const words = new Set(lower.replace(/'s\b/gu, "").split(/[^\p{L}\p{N}]+/u));
  return forms.some((form) => (form.includes(" ") ? lower.includes(form) : words.has(form)));
}

export function changeClaimedReversed(
  knowledge: Knowledge,
  analysis: Analysis,
  language: Language,
): Answer | undefined {
  const text = analysis.normalized;
  if (!analysis.asksToConfirm || !ANY_CHANGE.test(text) || DENIED.test(text)) return undefined;
  const hangul = language === "ko";
  const claimed = claimedChange(text.split(/[\s,.;:?？!]+/u), hangul);
  if (!claimed) return undefined;
  // The parties the question names, the first one (the claim's subject) weighing most.
  const names = analysis.terms.flatMap((term) => {
    const concept = term.entity && knowledge.concepts.find((each) => each.id === term.entity);
    return concept ? [concept.forms.map((form) => form.toLowerCase())] : [];
  });
  // The best sentence each way; the way of the one naming the question's parties best decides.
  const best: Partial<Record<Way, { held: QuotedSentence; score: number }>> = {};
  for (const each of sentenceWords(knowledge)) {
    const { text: written, words } = hangul ? each.ko : each.en;
    if (written === "" || !written.includes(hangul ? claimed.noun : claimed.noun.slice(0, 4))) {
      continue;
    }
    const way = wayInSentence(words, claimed.noun, hangul);
    if (!way) continue;
    const score = names.reduce(
      (total, forms, at) => total + (namesIn(written, forms, hangul) ? (at === 0 ? 2 : 1) : 0),
      0,
    );
    const held = best[way];
    if (!held || score > held.score) best[way] = { held: each.held, score };
  }
  const same = best[claimed.way];
  const other = best[claimed.way === "up" ? "down" : "up"];
  const minimum = names.length > 0 ? 1 : 0;
  if (other && other.score >= minimum && (!same || other.score > same.score)) {
    return composeAnswer(knowledge, language, [], [other.held], HEADS.no[language]);
  }
  if (same && same.score >= minimum && (!other || same.score > other.score)) {
    return composeAnswer(knowledge, language, [], [same.held], HEADS.yes[language]);
  }
  return undefined;
}
