/**
 * The arrows people type between two names for the way money or things go ("A → B", "A -> B",
 * "A ⇒ B"): one list for every reader of them (a path claimed step by step, one way asked).
 */
export const ARROW_FORMS = "→|->|=>|⇒|➡";

/** Any one arrow. */
export const ARROW = new RegExp(ARROW_FORMS, "u");

/** Every arrow, for reading where each stands. */
export const ARROWS = new RegExp(ARROW_FORMS, "gu");
