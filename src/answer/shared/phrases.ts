/**
 * Everything the answerer says in its own words, in both languages. Nothing here names the story:
 * the topic and example questions come from the knowledge folder's manifest.
 */
import type { Language, Manifest } from "../../knowledge/schema.ts";
import { withParticle } from "../../search/korean.ts";

export type AbstainReason = "empty" | "advice" | "off-topic" | "not-covered";

/**
 * Why the bot cannot answer, and what it can answer. For "not-covered", `specific` says what exactly
 * is not covered (and what is).
 */
export function abstainMessage(
  manifest: Manifest,
  language: Language,
  reason: AbstainReason,
  specific?: string,
): string {
  const topic = manifest.topic[language];
  if (language === "ko") {
    const lead =
      reason === "empty"
        ? `${topic}에 대해 질문해 주세요.`
        : reason === "advice"
          ? "투자 조언이나 예측은 드릴 수 없어요. 기사에서 다루지 않는 내용이에요."
          : reason === "not-covered" && specific !== undefined
            ? specific
            : "기사에서 다루지 않는 내용이에요.";
    return `${lead}${offerOf(manifest, language)}`;
  }
  const lead =
    reason === "empty"
      ? `Ask me a question about ${topic}.`
      : reason === "advice"
        ? "I can't give investment advice or predictions: the article doesn't cover that."
        : reason === "not-covered" && specific !== undefined
          ? specific
          : "The article doesn't cover that.";
  return `${lead}${offerOf(manifest, language)}`;
}

/**
 * What the bot can answer, after every abstention's lead: the same words for one manifest and
 * language, so written once (a question with parts not covered composes several abstentions).
 */
const offers = new WeakMap<Manifest, Partial<Record<Language, string>>>();

function offerOf(manifest: Manifest, language: Language): string {
  let kept = offers.get(manifest);
  if (kept === undefined) {
    kept = {};
    offers.set(manifest, kept);
  }
  const known = kept[language];
  if (known !== undefined) return known;
  const topic = manifest.topic[language];
  const examples = manifest.exampleQuestions[language]
    .slice(0, 2)
    .map((example) => `“${example}”`)
    .join(language === "ko" ? ", " : " or ");
  const offer =
    language === "ko"
      ? ` 저는 ${topic}에 관한 질문에 답할 수 있어요. 예: ${examples}. 요약은 /deal, 돈의 흐름은 /who-pays-whom 으로 볼 수 있어요.`
      : ` I can answer questions about ${topic}, for example ${examples}. Try /deal for a summary or /who-pays-whom for the money flow.`;
  kept[language] = offer;
  return offer;
}

export const phrases = {
  ko: {
    articleSays: "기사 내용:",
    /** A compute flow: the payer-side entity runs on what the other provides. */
    runsOn: "구동",
    factCheck: "팩트체크:",
    claudeUnavailable: "지금은 Claude를 쓸 수 없어 기사에서 해당 부분을 찾아 드렸어요.",
    claudeRateLimited: "질문이 너무 잦아 이번에는 Claude 대신 기사에서 해당 부분을 찾아 드렸어요.",
    claudeBusy: "지금 Claude가 붐벼서 기사에서 해당 부분을 찾아 드렸어요.",
    tooLong: (length: number, max: number) =>
      `질문이 너무 길어요 (${length}자). ${max}자 이내로 줄여 주세요.`,
  },
  en: {
    articleSays: "According to the article:",
    runsOn: "runs on",
    factCheck: "Fact check:",
    claudeUnavailable: "Claude is unavailable right now; here is the passage from the article.",
    claudeRateLimited:
      "You are asking faster than the per-user limit allows; here is the passage from the article.",
    claudeBusy: "Claude is busy right now; here is the passage from the article.",
    tooLong: (length: number, max: number) =>
      `The question is too long (${length} characters). Please keep it under ${max} characters.`,
  },
} as const;

export function joinNames(names: readonly string[], language: Language): string {
  if (language === "en") {
    return names.length <= 1
      ? (names[0] ?? "")
      : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  }
  return names
    .map((name, index) => (index < names.length - 1 ? withParticle(name, "과", "와") : name))
    .join(" ");
}

const CLAUSE_ASKED = /^(?:what|who|when|where|why|how|whether)\b/u;

/** "The article doesn't cover OpenAI's valuation." / "기사는 오픈AI의 기업가치에 대해서는 다루지 않아요." */
export function notCoveredSentence(
  language: Language,
  names: readonly string[],
  relation?: string,
): string {
  const who = joinNames(names, language);
  if (language === "ko") {
    const what = who && relation ? `${who}의 ${relation}` : who || relation || "그 내용";
    return `기사는 ${what}에 대해서는 다루지 않아요.`;
  }
  // "layoffs' investment": a plural name (other news: "export controls") takes the apostrophe only.
  const owner = who.endsWith("s") ? `${who}'` : `${who}'s`;
  // "what happens if…", "who signed it": a clause asked takes no article.
  const asked = relation && (CLAUSE_ASKED.test(relation) ? relation : `the ${relation}`);
  const what = who && relation ? `${owner} ${relation}` : who || asked || "that";
  return `The article doesn't cover ${what}.`;
}

/** Introduces what the knowledge does cover next to what it does not. */
export const coveredInstead = { ko: "다루는 내용:", en: "What it does cover:" } as const;

/**
 * "What it does cover: Anthropic's valuation." Named, never stated: another party's figure next
 * to a question about this one reads as the answer to it.
 */
export function coveredTopic(
  language: Language,
  names: readonly string[],
  relation: string,
): string {
  const who = joinNames(names, language);
  if (language === "ko") return `${coveredInstead.ko} ${who ? `${who}의 ` : ""}${relation}.`;
  return `${coveredInstead.en} ${who ? `${who}'s ` : "the "}${relation}.`;
}

/** The article does not say who wrote it or when. */
export const noArticleMetadata = {
  ko: "기사에는 글쓴이나 작성 날짜가 나오지 않아요.",
  en: "The article doesn't say who wrote it or when.",
} as const;

/** Yes and no, first in a confirmation's answer. */
export const verdictWords = {
  ko: { yes: "맞아요", no: "아니에요", reversed: "아니에요, 방향이 반대예요" },
  en: { yes: "Yes", no: "No", reversed: "No, the money goes the other way" },
} as const;

/**
 * Yes and no to whether something is so ("사는 것도 있어?", "does A pay B?"), which Korean answers
 * 네 / 아니요, not 맞아요 (a claim's), and the mark between it and what follows.
 */
export const whetherWords = {
  ko: { yes: "네", no: "아니요", mark: ", " },
  en: { yes: "Yes", no: "No", mark: ": " },
} as const;

/** Heads of the other answer shapes. */
export const answerHeads = {
  ko: {
    factChecks: "기사에서 기록과 다르거나 부정확한 점:",
    bothWays: "양쪽 다예요:",
    otherWay: "반대 방향:",
    claimedFigureIs: (figure: string, label: string) =>
      `${withParticle(figure, "은", "는")} ${label}예요`,
    partNotCovered: (part: string) => `“${part}”: 기사에서 다루지 않는 내용이에요.`,
  },
  en: {
    factChecks: "Where the article differs from the record:",
    bothWays: "Both ways:",
    otherWay: "The other way:",
    claimedFigureIs: (figure: string, label: string) => `${figure} is the ${label}`,
    partNotCovered: (part: string) => `“${part}”: the article doesn't cover that.`,
  },
} as const;
