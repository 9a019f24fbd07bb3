/**
 * True when the code runs as compiled JavaScript (dist/, what `npm start` runs), false through tsx
 * (development, tests). Worker threads and the build's files exist only in the compiled form.
 */
export const RUNNING_COMPILED = import.meta.url.endsWith(".js");
