/**
 * Discord's checks on a message body, so the fake rejects what Discord would reject (400, 50035
 * "Invalid Form Body"; 50006 for an empty message) instead of letting a bug pass.
 * https://discord.com/developers/docs/resources/message#create-message
 */
import type { RecordedFile } from "./discord-rest.ts";

const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  rows: 5,
  buttonsPerRow: 5,
  customId: 100,
  label: 80,
  attachmentDescription: 1024,
};

interface Embed {
  title?: string;
  description?: string;
  fields?: { name?: string; value?: string }[];
  footer?: { text?: string };
}

export function validateMessageBody(
  body: Record<string, unknown>,
  files: readonly RecordedFile[],
  options: { readonly creating: boolean },
): string[] {
  const problems: string[] = [];
  const content = typeof body.content === "string" ? body.content : "";
  if (content.length > LIMITS.content) {
    problems.push(`content: Must be ${LIMITS.content} or fewer in length (got ${content.length}).`);
  }
  const embeds = Array.isArray(body.embeds) ? (body.embeds as Embed[]) : [];
  if (embeds.length > LIMITS.embeds) problems.push(`embeds: at most ${LIMITS.embeds}`);
  let total = 0;
  embeds.forEach((embed, index) => {
    const check = (what: string, text: string | undefined, limit: number) => {
      total += text?.length ?? 0;
      if ((text?.length ?? 0) > limit) problems.push(`embeds.${index}.${what}: over ${limit}`);
    };
    check("title", embed.title, LIMITS.title);
    check("description", embed.description, LIMITS.description);
    check("footer.text", embed.footer?.text, LIMITS.footer);
    const fields = embed.fields ?? [];
    if (fields.length > LIMITS.fields) problems.push(`embeds.${index}.fields: at most 25`);
    fields.forEach((field, fieldIndex) => {
      if (!field.name || !field.value) {
        problems.push(`embeds.${index}.fields.${fieldIndex}: name and value are required`);
      }
      check(`fields.${fieldIndex}.name`, field.name, LIMITS.fieldName);
      check(`fields.${fieldIndex}.value`, field.value, LIMITS.fieldValue);
    });
  });
  if (total > LIMITS.embedTotal)
    problems.push(`embeds: ${total} characters over ${LIMITS.embedTotal}`);

  const rows = Array.isArray(body.components)
    ? (body.components as { components?: { custom_id?: string; label?: string }[] }[])
    : [];
  if (rows.length > LIMITS.rows) problems.push(`components: at most ${LIMITS.rows} rows`);
  rows.forEach((row, index) => {
    const children = row.components ?? [];
    if (children.length === 0 || children.length > LIMITS.buttonsPerRow) {
      problems.push(`components.${index}: 1 to ${LIMITS.buttonsPerRow} components`);
    }
    for (const child of children) {
      if ((child.custom_id?.length ?? 0) > LIMITS.customId) problems.push("custom_id: over 100");
      if ((child.label?.length ?? 0) > LIMITS.label) problems.push("label: over 80");
    }
  });
  const attachments = Array.isArray(body.attachments)
    ? (body.attachments as { description?: string }[])
    : [];
  for (const attachment of attachments) {
    if ((attachment.description?.length ?? 0) > LIMITS.attachmentDescription) {
      problems.push("attachments.description: over 1024");
    }
  }

  if (
    options.creating &&
    content.trim() === "" &&
    embeds.length === 0 &&
    files.length === 0 &&
    rows.length === 0
  ) {
    problems.push("Cannot send an empty message");
  }
  return problems;
}
