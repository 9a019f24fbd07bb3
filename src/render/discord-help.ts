/**
 * /help as one embed: what the bot answers (the knowledge's topic), how to ask, the commands with
 * their descriptions in the user's language, two example questions, how follow-ups work, and one
 * line on what is stored and for how long. Nothing names the story: it all comes from the
 * knowledge manifest, the loaded commands and the configuration.
 */
import type { Language } from "../knowledge/schema.ts";
import type { OutgoingMessage } from "./discord-outgoing.ts";
import { fitEmbed } from "./embed-limits.ts";

const EMBED_COLOR = 0x60a5fa;
/** The command that takes a question, named in the description when it is loaded. */
const ASK_COMMAND = "ask";

export interface HelpCommand {
  readonly name: string;
  readonly nameLocalizations?: Partial<Record<string, string | null>> | null | undefined;
  readonly description: string;
  readonly descriptionLocalizations?: Partial<Record<string, string | null>> | null | undefined;
  /** Only members with a permission can use it (Manage Server for /stats). */
  readonly restricted: boolean;
}

export interface HelpFacts {
  readonly botName: string;
  readonly topic: Readonly<Record<Language, string>>;
  readonly examples: Readonly<Record<Language, readonly string[]>>;
  readonly commands: readonly HelpCommand[];
  readonly storage: {
    /** Days rows are kept (0: until an operator deletes them). */
    readonly retentionDays: number;
    /** Whether question and answer texts are kept (false: counts only). */
    readonly questionText: boolean;
  };
}

const text = {
  ko: {
    title: (name: string) => `${name} 사용법`,
    description: (topic: string, name: string, ask: string) =>
      `**${topic}**에 관한 질문에 기사와 팩트시트를 근거로 답해요. 질문은 ${ask}채널에서 @${name}을(를) 멘션하거나, DM으로 보내 주세요.`,
    askWith: (command: string) => `\`/${command}\` 명령어로 하거나, `,
    commands: "명령어",
    restricted: " (서버 관리 권한 필요)",
    examples: "이렇게 물어보세요",
    followUps: "이어서 묻기",
    followUpText:
      "제 답변에 **답장**하면 앞의 대화를 이어서 답해요. 예를 들어 투자 금액을 물은 뒤 답장으로 “언제요?”라고 물어도 돼요.",
    storage: "저장되는 내용",
    storageText: (days: number, texts: boolean) =>
      `${texts ? "질문, 답변, 👍/👎 피드백" : "답변 수와 피드백 수만 (질문과 답변 내용은 저장하지 않음)"}을 ${days > 0 ? `${days}일 동안` : "운영자가 지울 때까지"} 보관해요. 사용자 ID는 그대로 저장하지 않아요 (키가 있는 해시).`,
  },
  en: {
    title: (name: string) => `How to use ${name}`,
    description: (topic: string, name: string, ask: string) =>
      `I answer questions about **${topic}**, grounded on the article and the fact sheet. Ask ${ask}mention @${name} in a channel, or send me a DM.`,
    askWith: (command: string) => `with \`/${command}\`, `,
    commands: "Commands",
    restricted: " (needs Manage Server)",
    examples: "Try asking",
    followUps: "Follow-ups",
    followUpText:
      "**Reply** to one of my answers to continue the conversation: I read what came before, so a short “and when?” works.",
    storage: "What is stored",
    storageText: (days: number, texts: boolean) =>
      `${texts ? "Questions, answers and 👍/👎 votes are" : "Only counts of answers and votes are (no question or answer texts)"} kept ${days > 0 ? `for ${days} days` : "until an operator deletes them"}. User ids are never stored as such (only a keyed hash).`,
  },
} as const satisfies Record<Language, unknown>;

export function helpMessage(facts: HelpFacts, language: Language): OutgoingMessage {
  const words = text[language];
  const nameOf = (command: HelpCommand) =>
    localized(command.nameLocalizations, language) ?? command.name;
  const ask = facts.commands.find((command) => command.name === ASK_COMMAND);
  const commands = facts.commands
    .map((command) => {
      const name = nameOf(command);
      const description =
        localized(command.descriptionLocalizations, language) ?? command.description;
      return `\`/${name}\` ${description}${command.restricted ? words.restricted : ""}`;
    })
    .join("\n");
  const examples = facts.examples[language]
    .slice(0, 2)
    .map((example) => `• ${example}`)
    .join("\n");
  const embed = fitEmbed({
    title: words.title(facts.botName),
    description: words.description(
      facts.topic[language],
      facts.botName,
      ask ? words.askWith(nameOf(ask)) : "",
    ),
    color: EMBED_COLOR,
    fields: [
      { name: words.commands, value: commands, inline: false },
      ...(examples ? [{ name: words.examples, value: examples, inline: false }] : []),
      { name: words.followUps, value: words.followUpText, inline: false },
      {
        name: words.storage,
        value: words.storageText(facts.storage.retentionDays, facts.storage.questionText),
        inline: false,
      },
    ],
  });
  return { embeds: [embed] };
}

/** Korean names for "ko"; English is the default name. */
function localized(
  localizations: HelpCommand["nameLocalizations"],
  language: Language,
): string | undefined {
  if (language === "en") return undefined;
  return localizations?.[language] ?? undefined;
}
