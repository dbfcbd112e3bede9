// Lengths the domain's schemas allow, free of schemas, so a form can check them before it sends.

/** The longest short label (a name, a title) in characters. */
export const LABEL_MAX = 200;
