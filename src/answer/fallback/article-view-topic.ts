/**
 * The article's view or conclusion asked on a topic one of its section headings names ("what's
 * the article's take on whether this helps competition or kills it", "기사 끝에 결론이 뭐에요?
 * 독점으로 간다는건지 경쟁으로 간다는건지"): the piece argues each topic in the section it heads
 * with it, so that section's opening sentences answer, even when the asker's own words (helps,
 * kills, 간다는건지) outnumber the words the knowledge has. A party or a figure asked, or a topic
 * no heading names, leaves the question to the rest.
 */
import type { Knowledge } from "../../knowledge/load.ts";
import type { Language } from "../../knowledge/schema.ts";
import type { Section } from "../../knowledge/segment.ts";
import type { Analysis } from "../../search/analyze.ts";
import type { KnowledgeIndex } from "../../search/knowledge-index.ts";
import type { QuotedSentence } from "../shared/article-refs.ts";
import type { Answer } from "../types.ts";
import { ARTICLE, speaksOfStance } from "./article-meta.ts";
import { composeAnswer } from "./text.ts";

/** The concept that asks for the piece's conclusion ("결론", "bottom line"). */
const CONCLUSION = "conclusion";
/** Concepts that stand beside the view asked and name no topic of it. */
const BESIDE_VIEW: ReadonlySet<string> = new Set([CONCLUSION, "article", "reader"]);
/**
 * A view asked in plain words ("does the writer reckon…", "where does the blog land on…",
 * "글쓴이는 어떻게 보는"), beside the stance words article-meta.ts knows ("take", "입장").
 */
const VIEW_ASKED =
  /\b(?:reckons?|thinks?|believes?|argues?|says?|claims?|suggests?|concludes?|conclusion|lands?|comes? down|sides? with|verdict)\b|결론|주장|생각|(?:보는|본다|봐|보나)(?![\p{Script=Hangul}])/u;
/** The section's sentences quoted at most: its question, its reading, and its caveat. */
const MAX_SENTENCES = 3;

/** Each headed section's concepts (both languages' headings), read once per knowledge. */
const headingConcepts = new WeakMap<Knowledge, ReadonlyMap<Section, ReadonlySet<string>>>();

function conceptsOfHeadings(index: KnowledgeIndex): ReadonlyMap<Section, ReadonlySet<string>> {
  const { knowledge } = index;
  const known = headingConcepts.get(knowledge);
  if (known) return known;
  const bySection = new Map<Section, ReadonlySet<string>>();
  for (const section of knowledge.article.sections) {
    if (section.heading === undefined) continue;
    const headings = [section.heading, knowledge.translations.get(section.heading) ?? ""];
    const concepts = new Set<string>();
    for (const heading of headings) {
      for (const term of index.analyze(heading).terms) {
        if (term.kind === "concept") concepts.add(term.features[0]?.slice(2) ?? "");
      }
    }
    bySection.set(section, concepts);
  }
  headingConcepts.set(knowledge, bySection);
  return bySection;
}

/** The topics a view of the piece is asked on, or undefined when no such view is asked. */
function topicsOfView(knowledge: Knowledge, analysis: Analysis): Set<string> | undefined {
  const text = analysis.normalized;
  if (!ARTICLE.test(text)) return undefined;
  let view = speaksOfStance(text) || VIEW_ASKED.test(text);
  const topics = new Set<string>();
  for (const term of analysis.terms) {
    if (term.entity !== undefined || term.kind === "amount") return undefined;
    if (term.kind !== "concept") continue;
    const id = term.features[0]?.slice(2) ?? "";
    if (id === CONCLUSION) view = true;
    if (BESIDE_VIEW.has(id) || speaksOfStance(term.text)) continue;
    if (knowledge.scope.names.has(id)) return undefined;
    topics.add(id);
  }
  return view && topics.size > 0 ? topics : undefined;
}

/**
 * "what's the article's conclusion on monopoly vs competition?": the conclusion asked by its word
 * on a topic is that topic's section, even when the question's words are all the knowledge's (the
 * ranked answer would quote the closing section beside the topic's question, not its reading).
 */
export function asksConclusionOn(analysis: Analysis): boolean {
  return analysis.terms.some(
    (term) => term.kind === "concept" && term.features[0]?.slice(2) === CONCLUSION,
  );
}

export function articleViewOnTopic(
  index: KnowledgeIndex,
  analysis: Analysis,
  language: Language,
): Answer | undefined {
  const topics = topicsOfView(index.knowledge, analysis);
  if (!topics) return undefined;
  const headings = conceptsOfHeadings(index);
  // A word no heading names is the asker's ("boosts it"), unless a fact answers it (a figure).
  const named = [...topics].filter((topic) =>
    [...headings.values()].some((concepts) => concepts.has(topic)),
  );
  const relations = index.knowledge.scope.relations;
  const factTopic = (topic: string) =>
    relations.some((relation) => relation.concepts.includes(topic));
  if (named.length === 0 || [...topics].some((t) => !named.includes(t) && factTopic(t))) {
    return undefined;
  }
  // The section its heading names the topics of, the rarer ones weighing more ("growing" heads
  // two sections, "competition" one); a tie leaves it to the ranked answer.
  const headingsNaming = (topic: string) =>
    [...headings.values()].filter((concepts) => concepts.has(topic)).length;
  const weight = new Map(named.map((topic) => [topic, 1 / headingsNaming(topic)]));
  const ranked = [...headings]
    .map(([section, concepts]) => ({
      section,
      score: named.reduce(
        (sum, topic) => sum + (concepts.has(topic) ? (weight.get(topic) ?? 0) : 0),
        0,
      ),
    }))
    .sort((a, b) => b.score - a.score);
  const [only, other] = ranked;
  if (!only || only.score === 0 || (other && other.score >= only.score)) return undefined;
  const { section } = only;
  const quoted: QuotedSentence[] = section.sentences
    .slice(0, MAX_SENTENCES)
    .map((sentence) => ({ sentence, section }));
  return quoted.length > 0 ? composeAnswer(index.knowledge, language, [], quoted) : undefined;
}
