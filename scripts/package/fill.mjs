// Fills a template's {{NAME}} fields and refuses to leave any unfilled or to fill one that is not there.

/** Replaces each `{{NAME}}` with `values[NAME]`; throws on a field without a value. */
export function fill(template, values) {
  return template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => {
    if (!(name in values)) throw new Error(`Template field {{${name}}} has no value`);
    return values[name];
  });
}

/** Escapes text for an XML attribute or element. */
export function xmlText(value) {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
