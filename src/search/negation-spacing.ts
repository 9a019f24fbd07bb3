/**
 * "안중요하다고", "안했어", "안넣음": the negation 안 typed onto the predicate it denies. Read as
 * written with a space ("안 중요하다고"): the predicate is then its own word, which the lexicon
 * knows, and the claim reads as denied. Only before a predicate's start from a short list, so a
 * noun opening on 안 (안전, 안내, 안정, 안에) stays whole. Not 안되 / 안됨: "이해가 안되네", "말이
 * 안됨" are the asker's remark, which the glossary and the lexicon read whole; only a claim told
 * of ("안된다고 하던데", "안된대", "안되는 거") is spaced. 못 (cannot) the same way, below.
 */
const GLUED_NEGATION =
  /(?<!\p{Script=Hangul})안(?=(?:중요|필요|유명|확실|정확|좋|맞|했|해|하[고는다지면니냐나]|함|씀|썼|써|쓰[고는지]|넣|줬|줌|받|빠|샀|팔|믿|들어|갔|왔|끝|늘|줄었|줄어|된다고|된다던|된다며|된다면서|된대|된단|된다는|되는\s?(?:거|게|건))\p{Script=Hangul}*)/gu;

/**
 * "주력클라우드아니게된거", "투자아니라", "대출아니고": the copula's 아니 typed onto the noun it
 * denies. Spaced off ("주력클라우드 아니게") so the claim reads as denied. Only before the copula's
 * endings, and never opening the text (아니라 alone is a word already).
 */
const GLUED_COPULA_NEGATION =
  /(?<=\p{Script=Hangul})(?<![아안])아니(?=게|라|고|야|었|던|잖|냐|지|에요|예요|거든|면|죠)/gu;

/**
 * "못쓰는 거", "못받았대", "못넣음": 못 (cannot) typed onto the predicate, spaced off as 안 is.
 * Only before a predicate's start from a short list: 못지않다, 못생긴, 못난 stay whole.
 */
const GLUED_CANNOT =
  /(?<!\p{Script=Hangul})못(?=(?:쓰[고는지게나니냐]|써|씀|썼|쓴다|받|넣|샀|사[고는]|산다|팔|들어|갔|가[고는게나니냐]|간다|했|해|하[고는다지게나니냐]|함|왔|와|오[고는]|온다)\p{Script=Hangul}*)/gu;

export function spaceGluedNegation(text: string): string {
  if (!text.includes("안") && !text.includes("아니") && !text.includes("못")) return text;
  return text
    .replace(GLUED_NEGATION, "안 ")
    .replace(GLUED_COPULA_NEGATION, " 아니")
    .replace(GLUED_CANNOT, "못 ");
}
