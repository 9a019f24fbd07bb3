/**
 * A function word typed onto the capitalised name after it ("aboutOpenAI", "forNVIDIA",
 * "inAzure"): the capital shows where the space was missed, so it is read before lower-casing
 * hides it. Only after a function word: names are written in camel case themselves ("OpenAI",
 * "DeepMind", "iPhone"). Grammar only.
 */
const GLUED_CAPITAL =
  /(?<![\p{L}\p{N}'])(about|for|from|to|into|in|on|onto|of|with|by|and|or|than|at|is|was|did|does|the|that|this|what|how|who|why|when|where|which)(?=\p{Lu})/gu;

/** The text with a space put back between a function word and the name glued to it. */
export function spaceGluedCapitals(text: string): string {
  return text.replace(GLUED_CAPITAL, "$1 ");
}
