/**
 * The Messages API request for one question. Its order is the cache's order: the system prompt,
 * then the article and the fact sheet (cache_control on the fact sheet, the last document), so
 * that prefix is written once and read by every later question; then the earlier turns; then the
 * new question, last, in the user turn.
 */
import type {
  DocumentBlockParam,
  MessageCreateParamsBase,
  MessageParam,
  PlainTextSource,
  TextBlockParam,
} from "@anthropic-ai/sdk/resources/messages";
import type { Language } from "../../knowledge/schema.ts";
import type { ConversationTurn } from "../types.ts";
import type { ClaudeDocuments } from "./documents.ts";
import { messagesHistory } from "./history.ts";

export interface ClaudeRequestInput {
  readonly model: string;
  readonly maxTokens: number;
  readonly system: string;
  readonly documents: ClaudeDocuments;
  readonly question: string;
  readonly history: readonly ConversationTurn[];
  readonly language: Language;
}

const LANGUAGE_NAMES: Record<Language, string> = { ko: "Korean", en: "English" };

export function buildClaudeRequest(input: ClaudeRequestInput): MessageCreateParamsBase {
  const { documents } = input;
  const documentBlocks: DocumentBlockParam[] = [
    {
      type: "document",
      source: plainText(documents.article.text),
      title: documents.article.title,
      citations: { enabled: true },
    },
    {
      type: "document",
      source: plainText(documents.factSheet.text),
      title: documents.factSheet.title,
      citations: { enabled: true },
      // The breakpoint: system prompt + both documents are the prefix every question shares.
      cache_control: { type: "ephemeral" },
    },
  ];
  const question: TextBlockParam[] = [
    { type: "text", text: `Answer in ${LANGUAGE_NAMES[input.language]}.` },
    { type: "text", text: input.question },
  ];

  const history = messagesHistory(input.history);
  const messages: MessageParam[] = [];
  history.forEach((turn, index) => {
    if (index === 0) {
      messages.push({
        role: "user",
        content: [...documentBlocks, { type: "text", text: turn.text }],
      });
    } else {
      messages.push({ role: turn.role, content: turn.text });
    }
  });
  if (messages.length === 0) {
    messages.push({ role: "user", content: [...documentBlocks, ...question] });
  } else {
    messages.push({ role: "user", content: question });
  }

  return {
    model: input.model,
    max_tokens: input.maxTokens,
    system: input.system,
    messages,
    // A chat answer needs no thinking, and thinking would spend max_tokens and the deadline.
    thinking: { type: "disabled" },
  };
}

function plainText(data: string): PlainTextSource {
  return { type: "text", media_type: "text/plain", data };
}
