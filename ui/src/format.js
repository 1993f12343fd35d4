// Formatting shared by the app and its browser tests (plain JS so node can import it too).

/** 1 LIN in plancks (12 decimals). */
export const UNIT = 10n ** 12n;

/**
 * `amount` plancks as LIN, with up to 4 decimals (truncated).
 * @param {bigint | { toBigInt(): bigint }} amount
 * @returns {string}
 */
export function lin(amount) {
  const v = typeof amount === 'bigint' ? amount : amount.toBigInt();
  const whole = v / UNIT;
  const frac = ((v % UNIT) * 10_000n) / UNIT;
  const fracText = frac === 0n ? '' : `.${frac.toString().padStart(4, '0').replace(/0+$/, '')}`;
  return `${whole}${fracText} LIN`;
}
