/** /who-pays-whom: a drawn diagram of the flows, with the steps and quotes as text. */
import { SlashCommandBuilder } from "discord.js";
import type { Command } from "../src/discord/command.ts";
import { chosenLanguage, languageOption } from "../src/discord/options.ts";
import { flowDiagramPng } from "../src/render/diagram-cache.ts";
import { shorten } from "../src/render/embed-limits.ts";
import { flowView } from "../src/render/flow-view.ts";

/** Discord allows at most 25 choices. */
const MAX_CHOICES = 25;

export default {
  data: ({ knowledge }) =>
    new SlashCommandBuilder()
      .setName("who-pays-whom")
      .setNameLocalizations({ ko: "돈의-흐름" })
      .setDescription("Who pays whom: a diagram of the money flows, step by step with quotes")
      .setDescriptionLocalizations({
        ko: "누가 누구에게 지불하나: 돈의 흐름 그림과 인용이 있는 단계별 설명",
      })
      .addStringOption((option) =>
        option
          .setName("company")
          .setNameLocalizations({ ko: "회사" })
          .setDescription("Show this company's flows")
          .setDescriptionLocalizations({ ko: "이 회사의 흐름만 보기" })
          .addChoices(
            ...knowledge.manifest.entities.slice(0, MAX_CHOICES).map((entity) => ({
              name: entity.name.en,
              name_localizations: { ko: entity.name.ko },
              value: entity.id,
            })),
          ),
      )
      .addStringOption(languageOption),

  async execute(interaction, { runtime, reply, language }) {
    const chosen = chosenLanguage(interaction, language);
    const company = interaction.options.getString("company") ?? undefined;
    const view = flowView(runtime.knowledge, chosen, company);
    // Drawn once per language and company, ahead of login for the unfocused one.
    const png = await flowDiagramPng(runtime.knowledge, chosen, company);
    await reply.send({
      content: view.text,
      files: [{ name: "who-pays-whom.png", data: png, description: shorten(view.altText, 1024) }],
    });
  },
} satisfies Command;
