/**
 * Okapi BM25 over weighted features. Documents here are a sentence or a fact, so they are short and
 * of similar length: b is low so that length matters little.
 */

export interface Ranked<T> {
  readonly item: T;
  readonly score: number;
  /** The query features this document matched, of those the search was asked to report. */
  readonly matched: readonly string[];
}

const K1 = 1.2;
const B = 0.3;
/** `matched` of a document that matched none of the reported features. */
const NONE: readonly string[] = Object.freeze([]);

/**
 * Best score first, for sorting ranked results. -1, 0 or 1 rather than b.score - a.score: a
 * fraction handed back to the sort builtin is boxed, a heap number per comparison (and each score
 * is read once). The order is the same.
 */
export function byScoreDescending(a: { readonly score: number }, b: { readonly score: number }) {
  return byScoreDescendingScores(a.score, b.score);
}

function byScoreDescendingScores(x: number, y: number): number {
  return x < y ? 1 : x > y ? -1 : 0;
}

/**
 * A result with a new score, in the same shape as the ones search() makes (item, score, matched
 * from this one literal). Sorting reads `score` of every result: results of two shapes (a spread
 * copy has a shape of its own) made the comparator box each score it read, a heap number per
 * comparison.
 */
export function rescored<T>(result: Ranked<T>, score: number): Ranked<T> {
  return { item: result.item, score, matched: result.matched };
}

export class Bm25Index<T> {
  /** Feature -> the documents that have it and how often: doc, tf, doc, tf... (no object each). */
  private readonly postings = new Map<string, number[]>();
  private readonly lengths: number[] = [];
  private readonly items: T[] = [];
  private totalLength = 0;

  add(item: T, features: ReadonlyMap<string, number>): void {
    const doc = this.items.length;
    this.items.push(item);
    let length = 0;
    // forEach, not for…of: this runs at start-up, unoptimised, where each for…of step allocates.
    features.forEach((tf, feature) => {
      length += tf;
      let list = this.postings.get(feature);
      if (!list) {
        list = [];
        this.postings.set(feature, list);
      }
      list.push(doc, tf);
    });
    this.lengths.push(length);
    this.totalLength += length;
  }

  get size(): number {
    return this.items.length;
  }

  /** Inverse document frequency of a feature (0 when no document has it). */
  idf(feature: string): number {
    const df = (this.postings.get(feature)?.length ?? 0) / 2;
    if (df === 0) return 0;
    return Math.log(1 + (this.items.length - df + 0.5) / (df + 0.5));
  }

  /** The idf of a feature only one document has: the most specific a feature can be. */
  get maxIdf(): number {
    const n = Math.max(1, this.items.length);
    return Math.log(1 + (n - 1 + 0.5) / 1.5);
  }

  /**
   * Documents ranked for a query. `report`: the features whose matches the caller reads (in
   * `matched`); the others are scored but not listed, which saves a list for most documents.
   */
  search(
    query: ReadonlyMap<string, number>,
    options: { filter?: (item: T) => boolean; report?: readonly string[] } = {},
  ): Ranked<T>[] {
    const { filter, report } = options;
    const averageLength = this.totalLength / Math.max(1, this.items.length) || 1;
    // Per document, by its number: no map entry per hit. Documents are ranked in the order they
    // were first matched, so that equal scores keep that order through the (stable) sort. The
    // score and match arrays are kept between searches (a search runs start to end, never two at
    // once) and put back as found: one answer searches several times, and each array is garbage.
    const scores = this.scratchScores;
    const listOf = this.scratchListOf;
    const seen = this.scratchSeen;
    if (scores.length !== this.items.length) {
      scores.length = 0;
      listOf.length = 0;
      seen.length = 0;
      for (let doc = 0; doc < this.items.length; doc++) {
        scores.push(0);
        listOf.push(0);
        seen.push(false);
      }
    }
    // The documents matched, in the order first matched: the first `count` of the scratch array
    // (written over, never emptied: an array set to length 0 lets its store go, and each search
    // then grew a new one).
    const touched = this.scratchTouched;
    let count = 0;
    // The lists of reported features the documents matched, shared: documents that matched the
    // same ones (most match the same one or two) share one list, where a list per document was
    // most of what a search made. A document holds its list's number (0: none); a reported
    // feature takes each list it is added to, once, to the list with it (childOf, per feature).
    const lists = this.scratchLists;
    const childOf = this.scratchChildOf;
    // forEach, not for…of: a Map's for…of makes a [feature, weight] pair per entry.
    query.forEach((weight, feature) => {
      const list = this.postings.get(feature);
      if (!list) return;
      const idf = this.idf(feature);
      const reported = report?.includes(feature) === true;
      if (reported) {
        for (let known = 0; known < lists.length; known++) {
          if (known < childOf.length) childOf[known] = -1;
          else childOf.push(-1);
        }
      }
      for (let at = 0; at < list.length; at += 2) {
        const doc = list[at] as number;
        const tf = list[at + 1] as number;
        const length = this.lengths[doc] ?? averageLength;
        const saturation = (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / averageLength));
        if (!seen[doc]) {
          seen[doc] = true;
          if (count < touched.length) touched[count] = doc;
          else touched.push(doc);
          count++;
        }
        scores[doc] = (scores[doc] as number) + weight * idf * saturation;
        if (!reported) continue;
        const from = listOf[doc] as number;
        let to = childOf[from] as number;
        if (to === -1) {
          to = lists.push(withFeature(lists[from] as readonly string[], feature)) - 1;
          childOf[from] = to;
        }
        listOf[doc] = to;
      }
    });
    // Best first, equal scores in the order first matched: the documents' numbers sorted by their
    // scores, before any result is made (no comparator call per pair, no copy of the results).
    sortByScores(touched, count, scores);
    const ranked: Ranked<T>[] = [];
    for (let at = 0; at < count; at++) {
      const doc = touched[at] as number;
      const item = this.items[doc] as T;
      const score = scores[doc] as number;
      const features = lists[listOf[doc] as number] as readonly string[];
      scores[doc] = 0;
      listOf[doc] = 0;
      seen[doc] = false;
      // Filtered once the scratch arrays are clean again, whatever the filter does.
      if (filter !== undefined && !filter(item)) continue;
      ranked.push({ item, score, matched: features });
    }
    lists.length = 1;
    return ranked;
  }

  private readonly scratchScores: number[] = [];
  /** By document: the number of its list of reported features matched (in scratchLists). */
  private readonly scratchListOf: number[] = [];
  private readonly scratchSeen: boolean[] = [];
  private readonly scratchTouched: number[] = [];
  /** The lists of reported features matched in one search; the first, none. */
  private readonly scratchLists: (readonly string[])[] = [NONE];
  /** While a reported feature is read: the list each list becomes with it, -1 until made. */
  private readonly scratchChildOf: number[] = [];
}

/** A list of features and one more after them, as a new list. */
function withFeature(features: readonly string[], feature: string): readonly string[] {
  const longer: string[] = [];
  for (let at = 0; at < features.length; at++) longer.push(features[at] as string);
  longer.push(feature);
  return longer;
}

/**
 * The first `count` documents' numbers sorted in place by their scores, highest first, equal ones kept in order:
 * the order the stable builtin sort gives with byScoreDescending. An insertion sort (a search
 * ranks a few dozen documents), which allocates nothing, where the builtin copies the array into a
 * work array of its own. Past a few hundred documents, the builtin.
 */
function sortByScores(docs: number[], count: number, scores: readonly number[]): void {
  if (count > INSERTION_SORT_MAX) {
    const sorted = docs
      .slice(0, count)
      .sort((a, b) => byScoreDescendingScores(scores[a] as number, scores[b] as number));
    for (let at = 0; at < count; at++) docs[at] = sorted[at] as number;
    return;
  }
  for (let at = 1; at < count; at++) {
    const doc = docs[at] as number;
    const score = scores[doc] as number;
    let to = at;
    while (to > 0 && (scores[docs[to - 1] as number] as number) < score) {
      docs[to] = docs[to - 1] as number;
      to--;
    }
    docs[to] = doc;
  }
}

/**
 * Results sorted in place, best score first, equal scores kept in order (as the stable builtin
 * sort with byScoreDescending): an insertion sort, allocating nothing, for the few dozen results
 * of a search; past a few hundred, the builtin.
 */
export function sortByScore<R extends { readonly score: number }>(results: R[]): R[] {
  if (results.length > INSERTION_SORT_MAX) return results.sort(byScoreDescending);
  for (let at = 1; at < results.length; at++) {
    const result = results[at] as R;
    const score = result.score;
    let to = at;
    while (to > 0 && (results[to - 1] as R).score < score) {
      results[to] = results[to - 1] as R;
      to--;
    }
    results[to] = result;
  }
  return results;
}

/** Up to this many, sorting by insertion costs less than the builtin's copy and calls. */
const INSERTION_SORT_MAX = 256;
