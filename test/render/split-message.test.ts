import { describe, expect, it } from "vitest";
import { DISCORD_MESSAGE_LIMIT, splitMessage } from "../../src/render/split-message.ts";

const sentence = (index: number) => `Sentence number ${index} says something about the deal. `;
const paragraph = (from: number, count: number) =>
  Array.from({ length: count }, (_, offset) => sentence(from + offset))
    .join("")
    .trim();

describe("splitMessage", () => {
  it("keeps short text in one piece, trimmed, and empty text as none", () => {
    expect(splitMessage("  hello\n")).toEqual(["hello"]);
    expect(splitMessage(" \n ")).toEqual([]);
  });

  it("keeps every piece within the limit and loses no words", () => {
    const text = Array.from({ length: 12 }, (_, index) => paragraph(index * 10, 10)).join("\n\n");
    const pieces = splitMessage(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
    expect(pieces.join(" ").split(/\s+/)).toEqual(text.split(/\s+/));
  });

  it("breaks between paragraphs rather than inside one", () => {
    const first = paragraph(0, 20);
    const second = paragraph(100, 20);
    const pieces = splitMessage(`${first}\n\n${second}`, 1500);
    expect(pieces).toEqual([first, second]);
  });

  it("never cuts a quoted line that fits, and re-quotes the continuation of one that does not", () => {
    const quote = `> ${paragraph(0, 6)}`;
    const text = `${paragraph(50, 7)}\n${quote}\n— section`;
    const pieces = splitMessage(text, quote.length + 20);
    expect(pieces.some((piece) => piece.includes(quote))).toBe(true);

    const longQuote = `> ${paragraph(0, 40)}`;
    const cut = splitMessage(longQuote, 500);
    expect(cut.length).toBeGreaterThan(1);
    for (const piece of cut) {
      expect(piece.length).toBeLessThanOrEqual(500);
      expect(piece.startsWith("> ")).toBe(true);
    }
  });

  it("closes and reopens a code block cut in two, with its language", () => {
    const code = Array.from({ length: 80 }, (_, index) => `const value${index} = ${index};`);
    const text = `Here is code:\n\n\`\`\`ts\n${code.join("\n")}\n\`\`\`\n\nAfter.`;
    const pieces = splitMessage(text, 600);
    const codePieces = pieces.filter((piece) => piece.includes("const value"));
    expect(codePieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(600);
      // Fences come in pairs in every piece.
      expect((piece.match(/```/g) ?? []).length % 2).toBe(0);
    }
    for (const piece of codePieces) expect(piece).toMatch(/^(Here is code:\n\n)?```ts\n/);
  });

  it("keeps blank lines inside a code block", () => {
    const text = `\`\`\`\na\n\nb\n\`\`\`\n\n${paragraph(0, 3)}`;
    expect(splitMessage(text, 60)[0]).toBe("```\na\n\nb\n```");
  });

  it("cuts a word longer than the limit without splitting a surrogate pair", () => {
    const text = "😀".repeat(40);
    const pieces = splitMessage(text, 25);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(25);
      expect(piece).not.toMatch(/[\ud800-\udbff]$/);
    }
    expect(pieces.join("")).toBe(text);
  });

  it("splits Korean text between words", () => {
    const korean = "마이크로소프트는 앤트로픽에 최대 50억 달러를 투자하기로 했습니다. "
      .repeat(80)
      .trim();
    const pieces = splitMessage(korean);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(DISCORD_MESSAGE_LIMIT);
    }
    // Joining with single spaces restores the text: every cut fell on a space.
    expect(pieces.join(" ")).toBe(korean);
  });
});
