// Validates a Danish CVR number: eight digits, not starting with 0, passing the modulus-11 check.

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

/** True for an eight-digit CVR number whose weighted digit sum is divisible by 11. */
export function isValidCvr(cvr: string): boolean {
  if (!/^[1-9]\d{7}$/.test(cvr)) return false;
  const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(cvr[i]), 0);
  return sum % 11 === 0;
}
