// A number with its noun in the right Danish form: "1 række", "2 rækker", "1 accepteret afvigelse".

/** `count` with the singular form for exactly one, else the plural (Danish uses the plural for 0 as well). */
export function countText(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
