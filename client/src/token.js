// The chain's native token as the chain reports it (system_properties: tokenDecimals,
// tokenSymbol), and amounts in it as text and back. Nothing here knows how many decimals LIN has.

/**
 * @typedef {object} Token
 * @property {number} decimals  how many decimal places one unit has
 * @property {bigint} unit  one whole token in base units (`10 ** decimals`)
 * @property {string} symbol  e.g. `LIN`
 */

/**
 * The connected chain's native token. Throws if the node does not report its decimals and symbol
 * (rather than assuming some).
 * @param {import('@polkadot/api').ApiPromise} api
 * @returns {Token}
 */
export function token(api) {
  const properties = api.registry.getChainProperties();
  const decimals = properties?.tokenDecimals.unwrapOr(undefined)?.[0]?.toNumber();
  const symbol = properties?.tokenSymbol.unwrapOr(undefined)?.[0]?.toString();
  if (decimals === undefined || symbol === undefined) {
    throw new Error('the node does not report its token (system_properties tokenDecimals and tokenSymbol)');
  }
  return { decimals, unit: 10n ** BigInt(decimals), symbol };
}

/**
 * `amount` base units as text with the symbol, at most `places` decimals (truncated, trailing
 * zeros dropped): `1.5 LIN`, `0.0001 LIN`, `12 LIN`.
 * @param {Token} tok
 * @param {bigint | { toBigInt(): bigint }} amount
 * @param {number} [places]
 * @returns {string}
 */
export function formatAmount(tok, amount, places = 4) {
  const v = typeof amount === 'bigint' ? amount : amount.toBigInt();
  const abs = v < 0n ? -v : v;
  const shown = Math.min(places, tok.decimals);
  const scale = 10n ** BigInt(shown);
  const whole = abs / tok.unit;
  const frac = ((abs % tok.unit) * scale) / tok.unit;
  const fracText = frac === 0n ? '' : `.${frac.toString().padStart(shown, '0').replace(/0+$/, '')}`;
  return `${v < 0n ? '-' : ''}${whole}${fracText} ${tok.symbol}`;
}

/**
 * An amount typed by a person (`0.01`, `12`, ` 3.5 `) in base units; throws on anything else,
 * including more decimals than the token has.
 * @param {Token} tok
 * @param {string} text
 * @returns {bigint}
 */
export function parseAmount(tok, text) {
  const m = new RegExp(`^\\s*(\\d+)(?:\\.(\\d{0,${tok.decimals}}))?\\s*$`).exec(text);
  if (!m) throw new Error(`"${text}" is not an amount of ${tok.symbol}`);
  return BigInt(m[1]) * tok.unit + BigInt((m[2] ?? '').padEnd(tok.decimals, '0') || '0');
}
