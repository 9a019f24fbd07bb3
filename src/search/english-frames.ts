/**
 * English words that frame a question and ask nothing themselves, read away before the glossary:
 *   - a discourse marker that opens it ("Right, so what's…", "Well, how much…", "Okay! who…",
 *     "Net-net Claude is…", "Bottom line, …"):
 *     "right" there is no question of accuracy; a label for the question ("Short q: …"), whose
 *     "short" sells nothing;
 *   - a generic head after a named thing ("this 'gigawatt' business", "the whole Foundry
 *     malarkey", "that circular-money lark"): the thing is what is asked, not "business";
 *   - a doubt tacked on after a claim ("or is that cope"): a plain "right?";
 *   - a dialect's perfective "done" before a past verb ("Nadella done dropped OpenAI", "they
 *     done paid"): "has", as in "has dropped";
 *   - someone close to the asker asking through them ("my nan's asking if Claude's on Google",
 *     "me mam wants to know whether…"): the claim after "if" is asked, as "is it true that…";
 *     not a choice of theirs ("…whether he should sell"), which stays advice.
 * Grammar only; the words the knowledge knows come from the knowledge.
 */
const OPENING_MARKER =
  /^(?:\s*(?:right|alright|all right|okay|ok|well|now then|righto|right-o|so then|(?:short|quick|simple|small|brief|easy) (?:q|qn|qq|question|one))\s*[,!.:;-]+\s*|\s*(?:net[- ]net|bottom line|long story short)\s*[,!.:;-]*\s+)+(?:so\s+(?=what|how|who|when|where|why|which|is|are|was|did|does|do)\b)?/u;

const GENERIC_HEAD =
  /\b((?:this|that|the whole|all this|all that|the)\s+(?:'[^']{1,40}'|"[^"]{1,40}"|[\w-]+(?:\s[\w-]+){0,2}))\s+(?:business|malarkey|lark|palaver|carry-on|caper|kerfuffle|shebang|shenanigans|rigmarole|hoo-ha|hoopla)\b/gu;

/** "my nan's asking if", "me mam wants to know whether": a yes/no question passed on. */
const REPORTED_ASK =
  /^\s*(?:my|me|our|ma)\s+(?:[\w-]+\s+){0,2}?[\w-]+?(?:'s|\s+is|\s+was|\s+keeps)?\s+(?:asking|asked|asks|wondering|wonders|wondered|wants to know|wanted to know|would like to know)\s+(?:me\s+)?(?:if|whether)\s+(?![^?]*\b(?:should|ought|worth|better|buy|sell|invest|hold)\b)/u;

const MAY_FRAME =
  /\b(?:asking|asked|asks|wondering|wonders|wondered|to know) (?:me )?(?:if|whether)\b|^\s*(?:right|alright|all right|okay|ok|well|now|righto|so then|short|quick|simple|small|brief|easy|net|bottom line|long story)\b|business|malarkey|lark|palaver|carry-on|caper|kerfuffle|shebang|shenanigans|rigmarole|hoo-ha|hoopla|\bdone /u;

/**
 * The asker's own doubt after a claim ("…all three? or is that cope", "…or is it just hype"): it
 * asks whether the claim holds, as "right?" does, and names nothing to choose or to look up.
 */
const DISMISSAL_TAG =
  /[,;]?\s*\bor (?:is|was|are|were) (?:that|this|it|they|those|all that|all this) (?:just |all |only |pure |total |more )?(?:cope|copium|cap|capping|hype|hyped|fake|fake news|made up|a lie|lies|bs|bull|bullshit|nonsense|a myth|myth|a rumou?r|rumou?rs|fud|clickbait|speculation|just talk|hearsay|a guess|guesswork|fanfic|fan fiction|misinformation|a meme|propaganda)(?: or what| lol| lmao| tbh| honestly)?\s*[?!.]*\s*$/u;
const MAY_DISMISS = / or (?:is|was|are|were) /u;

/** "done" before a past verb: a regular one, or an irregular one the story's claims use. */
const PERFECTIVE_DONE =
  /\bdone (?=[a-z]+ed\b|(?:left|quit|sold|bought|paid|put|gone|got|made|signed|cut|split|sent|spent|lost|won|dumped)\b)/gu;

export function withoutEnglishFrames(text: string): string {
  const undoubted = MAY_DISMISS.test(text) ? text.replace(DISMISSAL_TAG, ", right?") : text;
  if (!MAY_FRAME.test(undoubted)) return undoubted;
  return undoubted
    .replace(REPORTED_ASK, "is it true that ")
    .replace(OPENING_MARKER, "")
    .replace(GENERIC_HEAD, "$1")
    .replace(PERFECTIVE_DONE, "has ");
}
