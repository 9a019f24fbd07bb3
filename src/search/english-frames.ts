/**
 * English words that frame a question and ask nothing themselves, read away before the glossary:
 *   - a discourse marker that opens it ("Right, so what's…", "Well, how much…", "Okay! who…"):
 *     "right" there is no question of accuracy;
 *   - a generic head after a named thing ("this 'gigawatt' business", "the whole Foundry
 *     malarkey", "that circular-money lark"): the thing is what is asked, not "business".
 * Grammar only; the words the knowledge knows come from the knowledge.
 */
const OPENING_MARKER =
  /^(?:\s*(?:right|alright|all right|okay|ok|well|now then|righto|right-o|so then)\s*[,!.:;-]+\s*)+(?:so\s+(?=what|how|who|when|where|why|which|is|are|was|did|does|do)\b)?/u;

const GENERIC_HEAD =
  /\b((?:this|that|the whole|all this|all that|the)\s+(?:'[^']{1,40}'|"[^"]{1,40}"|[\w-]+(?:\s[\w-]+){0,2}))\s+(?:business|malarkey|lark|palaver|carry-on|caper|kerfuffle|shebang|shenanigans|rigmarole|hoo-ha|hoopla)\b/gu;

const MAY_FRAME =
  /^\s*(?:right|alright|all right|okay|ok|well|now|righto|so then)\b|business|malarkey|lark|palaver|carry-on|caper|kerfuffle|shebang|shenanigans|rigmarole|hoo-ha|hoopla/u;

export function withoutEnglishFrames(text: string): string {
  if (!MAY_FRAME.test(text)) return text;
  return text.replace(OPENING_MARKER, "").replace(GENERIC_HEAD, "$1");
}
