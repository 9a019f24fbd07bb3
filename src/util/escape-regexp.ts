/** Text made literal inside a regular expression ("4.5" matches "4.5", not "405"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
