/**
 * Small talk with the bot about itself ("너 이름 뭐야?", "is a human answering?", "how's your day
 * going?"): no article answers it, whatever word of the story it shares ("이름", "day"). Only the
 * second person asked about itself: "기사 쓴 사람 이름" and "봇아 마소 얼마 넣었냐" ask the story.
 * Added to the other-task patterns of stopwords.ts.
 */
export const ABOUT_THE_BOT_PATTERNS: readonly RegExp[] = [
  // The bot's name, maker, nature or day: "what's your name", "who built you", "are you a real
  // person?", "how's your day going?", "how are you today?".
  /\bwhat(?:'s| is|s) (?:your|ur) name\b|\bwho (?:made|built|created|programmed|trained|coded|wrote|runs) (?:you|u)\b|\b(?:are|r) (?:you|u) (?:a |an )?(?:real )?(?:human|person|bot|robot|ai|chatbot|machine|real person)\s*[?!.]|\bis (?:this|there) (?:a |an )?(?:real )?(?:human|person|bot|robot)(?: (?:answering|replying|typing|here|behind (?:this|the)))?\s*[?!.]|\bhow(?:'s| is| was|s) (?:your|ur) (?:day|week|weekend|morning|evening|night)\b|^\W*(?:hi |hey |hello )?(?:bot,? )?how (?:are|r) (?:you|u|ya)(?: doing| today| tonight| feeling)?(?: bot)?\s*[?!.]*$/,
  // What it is or likes: "are you chatgpt?", "what model are you?", "do you like microsoft?".
  // A name after "are you" is the bot's, never a company's: "are you sure" names no assistant.
  /\b(?:are|r) (?:you|u) (?:just |really |actually )?(?:a |an )?(?:chatgpt|gpt|claude|gemini|copilot|llama|bard|grok|siri|alexa|(?:\w+ )?(?:model|llm|language model|assistant|chatbot))\s*[?!.]|\b(?:what|which) (?:ai |llm |language )?(?:model|llm|ai|bot|version) (?:are|r) (?:you|u)\b|\b(?:do|would) (?:you|u) (?:personally )?(?:like|love|hate|prefer|trust|dislike)\b/,
  // "너 이름 뭐야?", "넌 누구야", "당신 정체가 뭐예요", "사람이 답하는 거야?", "너 챗gpt야?".
  /(?:^|\s)(?:너|넌|너는|니|니는|네|당신|당신은)\s?(?:이름|누구|정체|사람|인간|로봇|기계|봇|챗봇|몇 ?살|나이)|사람이 (?:직접 )?(?:답|대답|답장|타이핑|치는|쓰는|보내는)|(?:^|\s)(?:너|넌|너는|니|당신|당신은)\s?[\p{L}\d]+(?:이야|야|이냐|냐|임|이에요|예요|에요|이세요|세요|인가요)\s*\?/u,
];
