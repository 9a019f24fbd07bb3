/**
 * "any of the $30B", "part of the 1 GW", "300억 중 일부": a claim about a part of a covered thing
 * going elsewhere (an outside company's data centres, another party). The sources give the thing
 * whole and neither list nor rule out where a part of it ends up, so such a claim is not
 * covered rather than a no. Not "is part of" (a thing among others: "TPUs are part of the 1 GW"),
 * which a fact can deny, nor "as part of this" (within the deal), nor "일부 언론" (some reports).
 */
export const PART_OF =
  /\b(?:any|some|portion|share|slice|chunk|bit|fraction) of\b|(?<!\b(?:as|is|are|was|were|be|been|being|it's|they're)\s+)\bpart of\b|(?<!\p{Script=Hangul})일부(?:가|는|를|도|만|라도)?(?!\p{Script=Hangul})(?!\s?(?:언론|보도|매체|사람|기사|외신|관계자|전문가|분석|애널|투자자|커뮤))|조금이라도|얼마라도/u;
