/**
 * The word written where something stands in a text: a party's name with what is glued to it. Two
 * readings, kept apart on purpose: the letters and digits only (a Korean particle stays, a comma
 * goes), and everything up to the next space (marks included).
 */

const LETTERS_FROM_START = /^[\p{L}\p{N}]+/u;

/** The letters and digits written from a position on: a name with its particle ("엔비디아한테"). */
export function wordAt(text: string, at: number): string {
  return LETTERS_FROM_START.exec(text.slice(at))?.[0] ?? "";
}

/** Everything written from a position up to the next space, marks included ("tpu를,"). */
export function writtenWordAt(text: string, at: number): string {
  return text.slice(at).split(/\s/u, 1)[0] ?? "";
}
