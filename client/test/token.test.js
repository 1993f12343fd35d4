// The token's text forms, for tokens of any decimals (no chain needed: the token is given).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatAmount, parseAmount } from '../src/token.js';

const lin = { decimals: 12, unit: 10n ** 12n, symbol: 'LIN' };
const dot = { decimals: 10, unit: 10n ** 10n, symbol: 'DOT' };
const whole = { decimals: 0, unit: 1n, symbol: 'PTS' };

describe('formatAmount', () => {
  it('shows at most four decimals, truncated, without trailing zeros', () => {
    assert.equal(formatAmount(lin, 1_234_567_890_123n), '1.2345 LIN');
    assert.equal(formatAmount(lin, 10_000_000_000n), '0.01 LIN');
    assert.equal(formatAmount(lin, 99_999_999n), '0 LIN');
    assert.equal(formatAmount(lin, 12n * lin.unit), '12 LIN');
    assert.equal(formatAmount(dot, 15_000_000_000n), '1.5 DOT');
    assert.equal(formatAmount(whole, 7n), '7 PTS');
  });

  it('takes codecs and negative amounts', () => {
    assert.equal(formatAmount(lin, { toBigInt: () => lin.unit / 2n }), '0.5 LIN');
    assert.equal(formatAmount(lin, -lin.unit - lin.unit / 4n), '-1.25 LIN');
  });
});

describe('parseAmount', () => {
  it('reads whole and decimal amounts into base units', () => {
    assert.equal(parseAmount(lin, '0.01'), 10_000_000_000n);
    assert.equal(parseAmount(lin, ' 3 '), 3n * lin.unit);
    assert.equal(parseAmount(lin, '1.'), lin.unit);
    assert.equal(parseAmount(dot, '0.0000000001'), 1n);
    assert.equal(parseAmount(whole, '42'), 42n);
  });

  it('refuses more decimals than the token has, and anything not a number', () => {
    assert.throws(() => parseAmount(lin, '0.0000000000001'), /"0\.0000000000001" is not an amount of LIN/);
    assert.throws(() => parseAmount(dot, '0.00000000001'), /not an amount of DOT/);
    assert.throws(() => parseAmount(whole, '1.5'), /not an amount of PTS/);
    for (const bad of ['', '-1', '1e3', 'one', '1,5']) assert.throws(() => parseAmount(lin, bad), /not an amount/);
  });

  it('round-trips through formatAmount', () => {
    for (const text of ['0.5', '12', '0.0001', '1234.5678']) {
      assert.equal(formatAmount(lin, parseAmount(lin, text)), `${text} LIN`);
    }
  });
});
