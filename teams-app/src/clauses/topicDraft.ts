// A topic's synonyms as the editor writes them: one per line, trimmed, blank lines and repeats left out.

/** What the synonym field explains. */
export const SYNONYM_HINT =
  'Skriv ordene, som leverandører bruger dem, fx »opsigelsesvarsel« eller »# kr. pr. døgn« (# står for et tal). Med + skal begge dele stå i samme sætning, fx »ekstra + periode«. Bøjninger og sammensatte ord findes af sig selv.';

export function synonymLines(text: string): string[] {
  return [
    ...new Set(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}
