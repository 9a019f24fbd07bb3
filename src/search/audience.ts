/**
 * Who the asker wants the answer pitched at ("explain like I'm the CFO", "break it down as if I
 * were twelve", "like I'm a sleepy ol' gator sunnin' on the bank"): how to answer, not what. The
 * clause becomes the one the glossary knows ("explain like i'm five", read as "explain simply"),
 * so that the audience named (a CFO, a kid, my grandma) is never read as a party or a topic.
 */
const AUDIENCE =
  /\b((?:explain|describe|summari[sz]e|break (?:it|this|that) down|walk (?:me|us) through|tell (?:me|us))\b[^.?!]*?)\s+(?:(?:it|this|that) )?(?:to (?:me|us) )?(?:like|as if|as though) (?:i'?m|i am|i was|i were|we'?re|we are|we were|you'?re talking to) (?:a |an |the |my |your |our )?(?:[\w'’-]+ ){0,6}?[\w'’-]+(?: (?:years?|yrs?) old)?(?=\s*[:,;.?!]|$)/u;

export function withAudienceAsEli5(text: string): string {
  if (!text.includes(" like ") && !text.includes(" as ")) return text;
  return text.replace(AUDIENCE, "$1 like i'm five");
}
