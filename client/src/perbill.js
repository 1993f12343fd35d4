// Perbill: parts per billion, the runtime's type for shares and percentages.

/**
 * `p` percent as Perbill parts (`percent(10)` = 100,000,000).
 * @param {number} p
 * @returns {number}
 */
export const percent = (p) => Math.round(p * 10_000_000);

/**
 * A Perbill (parts per billion) as percent text with up to two decimals: `12.5%`.
 * @param {number} parts
 * @returns {string}
 */
export function perbillText(parts) {
  return `${(parts / 10_000_000).toFixed(2).replace(/\.?0+$/, '')}%`;
}
