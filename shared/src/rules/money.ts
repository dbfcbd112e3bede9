// Rounding of kroner to øre and of percentages, in one place so every rule rounds the same way.

/** Rounds half away from zero to `decimals`, first trimming binary noise (1.005 × 100 = 100.49999…). */
function roundHalfAwayFromZero(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = Number((Math.abs(value) * scale).toPrecision(15));
  const rounded = (Math.sign(value) * Math.round(scaled)) / scale;
  return rounded === 0 ? 0 : rounded;
}

/** An amount in kroner rounded to øre (two decimals). */
export function roundKr(amount: number): number {
  return roundHalfAwayFromZero(amount, 2);
}

/** A percentage rounded to two decimals, e.g. 2.6 or 5.06. */
export function roundPercent(percent: number): number {
  return roundHalfAwayFromZero(percent, 2);
}
