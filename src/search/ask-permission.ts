/**
 * "…인지 여쭤봐도 될까요?", "…에 대해 물어봐도 되나요?": a polite asker asks leave to ask, and the
 * question is what comes before. Read as the plain request "…인지 알려주세요", which the reader
 * already takes apart ("…있는지" is asked, not a clause of its own). So is a service desk's
 * request ("확인 가능하실까요", "안내 부탁드립니다", "설명 부탁드려도 될까요").
 */

/** The words every such frame holds: the question pays nothing more when none is present. */
const GATE = /여쭤|여쭈|여쭙|물어/u;

/**
 * Leave asked to ask ("여쭤봐도 될까요", "물어봐도 괜찮나요") or the asking announced ("여쭤보고
 * 싶습니다", "두 가지 여쭙겠습니다").
 */
const ASKING_LEAVE =
  /(?:좀 |하나 |한 ?가지 )?(?:여쭤|여쭈어|여쭈워|물어) ?(?:봐도|보아도) ?(?:될까요|되나요|돼요|되요|될까|되겠습니까|될지요|괜찮을까요|괜찮나요|괜찮겠습니까)|(?:좀 |하나 |한 ?가지 )?(?:여쭤|여쭈어|물어) ?(?:보고 ?싶습니다|보고 ?싶어요|보고 ?싶은데요|볼게요|봅니다)|(?:좀 |하나 |(?:한|두|세|몇) ?가지 )?여쭙(?:겠습니다|고자 합니다|고 ?싶습니다)/u;

/**
 * A request in a service desk's words: the thing to do (확인, 안내, 설명, 정리, 답변, 회신) in a
 * humble frame ("확인 부탁드리겠습니다", "설명 부탁드려도 될까요", "확인 가능하실까요", "안내
 * 바랍니다", "정리 가능할까용"), typed apart or onto the word before ("투자금액확인가능하실까요").
 */
const SERVICE_REQUEST =
  /(\p{Script=Hangul})?(확인|안내|설명|정리|답변|회신)\s?(?:좀\s?)?(?:부탁\s?(?:(드립니다|드려요|합니다|해요)|드리겠습니다|드릴게요|드려도\s?(?:될까요|되나요|되겠습니까|괜찮을까요|괜찮나요))|가능(?:하실까|할까|하신가|한가|하나|합니까|하십니까|하실지|할지|하신지|한지)(?:요|용)?|바랍니다|요청드립니다)(?=[\s?？.!~]|$)/gu;
const MAY_BE_SERVICE_REQUEST = /부탁|가능|바랍니다|요청/u;
/** A claim just before "확인" ("맞는지 확인 가능할까요"): a check of it is asked for. */
const CHECK_OF_CLAIM = /(?:맞는지|맞나|사실인지|여부)\s?$/u;

/**
 * The request plainly: "설명해 주세요", "정리해 주세요", guidance, an answer or a check "알려주세요"
 * ("금액 확인 가능할까요"), a check of a claim "확인해 주세요" ("맞는지 확인 가능할까요"). A plain
 * "확인 부탁드립니다" is left as it is: the reader already takes it either way.
 */
function plainRequest(text: string): string {
  return text.replace(
    SERVICE_REQUEST,
    (whole, glued: string | undefined, noun: string, plain: string | undefined, offset: number) => {
      const before = glued === undefined ? "" : `${glued} `;
      if (noun === "설명" || noun === "정리") return `${before}${noun}해 주세요`;
      if (noun !== "확인") return `${before}알려주세요`;
      if (plain !== undefined) return whole;
      const claimBefore = CHECK_OF_CLAIM.test(text.slice(0, offset) + (glued ?? ""));
      return claimBefore ? `${before}확인해 주세요` : `${before}알려주세요`;
    },
  );
}

/**
 * A request asked as whether the reader is able ("쉽게 풀어서 설명해 주실 수 있겠습니까?",
 * "알려 주실 수 있을까요?", "확인해 주실 수 있을까요?"): a verb of telling, then "주실 수 있…".
 * Not 정리 / 요약 ("흐름 좀 정리해 주실 수 있을까요?"): a layout asked for is read as it is.
 */
const ABLE_TO_GIVE =
  /((?:설명|확인|답변|안내|말씀)\s?해|알려|가르쳐|말해)\s?주실\s?수\s?있(?:겠습니까|겠어요|을까요|을지요|으신가요|으십니까|으실까요|으시겠어요|으세요|나요|습니까|는지요)(?=[\s?？.!~]|$)/gu;

export function askPermissionAsRequest(written: string): string {
  const text = written.includes("주실") ? written.replace(ABLE_TO_GIVE, "$1 주세요") : written;
  const asked = MAY_BE_SERVICE_REQUEST.test(text) ? plainRequest(text) : text;
  if (!GATE.test(asked)) return asked;
  return asked.replace(ASKING_LEAVE, "알려주세요");
}
