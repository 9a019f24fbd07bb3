/**
 * "Azure AI Foundry is now Microsoft Foundry, right?", "기사에 나온 Azure AI Foundry가 지금은
 * Microsoft Foundry라는 거죠?": the former name (the quote of the fact check about a name) and,
 * after "now" / "지금은", the name claimed for it today. Yes when the fact names that one as the
 * current name, no otherwise.
 */
import type { Fact } from "../../knowledge/schema.ts";
import type { Analysis } from "../../search/analyze.ts";

/**
 * "now", "these days", "renamed to", "rebranded as", "지금은", "이제는", "현재는", "요즘은", then the name claimed; not "지금 이름"
 * or "now called" (the name asked as the current one: confirm.ts reads those).
 */
const NOW_NAME =
  /(?:\b(?:is|are) now(?: just| simply| officially)?|\b(?:(?:is|are|was|were|has|have|been|being|be|will|gets?|got|getting|officially)\s+)*(?:renamed|rebranded)(?:\s+(?:to|as|into))?|\bchang(?:es|ed|ing) (?:its|their) name to|\bthese days is|(?:^|\s)(?:지금은|이제는|현재는|요즘은|지금|이제))\s+(?!이름|명칭|정식|공식|제품명|(?:the )?name\b|called\b|named\b)(.+?)(?:\s?(?:이라는|라는|이라고|라고|인 거|인거|이죠|죠|이지|지|이고|고)\b|\s?(?:이라는|라는|이라고|라고|인 거|이죠|이지)|,|\?|\s+(?:right|correct|yes|yeah|true|isn't it|no)\b|$)/u;

/**
 * The verdict on a claimed rename, given the fact check that names the former name: undefined
 * when the claim does not write the former name and then a name for it now.
 */
export function renamedTo(analysis: Analysis, fact: Fact): { agrees: boolean } | undefined {
  const text = analysis.normalized;
  const former = fact.quote?.toLowerCase();
  if (!former) return undefined;
  const at = text.indexOf(former);
  if (at < 0) return undefined;
  const statement = `${fact.statement.en} ${fact.statement.ko}`.toLowerCase();
  const namedAs = nameOfClaim(text, former, statement);
  if (namedAs) return namedAs;
  const claimed = NOW_NAME.exec(text.slice(at + former.length))?.[1]?.trim();
  if (!claimed || claimed === former || claimed.length < 3) return undefined;
  return { agrees: statement.includes(claimed) };
}

/** "the new name of", "the former name for": which name a claim says is whose. */
const NAME_OF =
  /\b(?:the |its )?(new|current|present|latest|updated|official|old|former|previous|earlier|original|past)\s+name\s+(?:of|for)\s+/u;
/**
 * What stands before the name in "is X the new name of…", "X is the new name of…", "whether X
 * is…", "confirm that X is…": up to the last such word.
 */
const BEFORE_NAME = /^.*\b(?:is|was|isn't|wasn't|whether|if|that)\s+(?=\S)/u;
const AFTER_NAME = /\s*(?:\b(?:is|was)\b|'s)?\s*$/u;

/**
 * "Is Microsoft Foundry the new name of Azure AI Foundry?", "Azure AI Foundry is the old name
 * for Microsoft Foundry, right?": one name said to be the other's new or former one. Yes when the
 * former name is said to be the former (or the other the new one, as the fact check names it).
 */
function nameOfClaim(
  text: string,
  former: string,
  statement: string,
): { agrees: boolean } | undefined {
  const match = NAME_OF.exec(text);
  if (!match) return undefined;
  const newer = !/old|former|previous|earlier|original|past/u.test(match[1] ?? "");
  const before = text.slice(0, match.index).replace(BEFORE_NAME, "").replace(AFTER_NAME, "").trim();
  const after = text.slice(match.index + match[0].length);
  if (after.startsWith(former)) {
    // "X is the new name of <former>": yes when X is the name the fact check gives now.
    return {
      agrees: newer && before.length >= 3 && before !== former && statement.includes(before),
    };
  }
  if (before.endsWith(former)) {
    // "<former> is the old name of Y": yes when Y is that name now.
    const named = after
      .replace(/[?,.!].*$/su, "")
      .replace(/\s+(?:right|correct|yes|yeah|true)\b.*$/u, "")
      .trim();
    return { agrees: !newer && named.length >= 3 && statement.includes(named) };
  }
  return undefined;
}
