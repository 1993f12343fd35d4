// Payment channels for model calls (pallet call-channels): the voucher a caller signs, and the
// receipts Merkle tree (RFC 6962's shape with blake2-256) — the same encoding and hashing as
// `lineage_primitives::channels` in Rust, so a receipt's proof checks the same on both sides.
import { u8aConcat, u8aEq, u8aToU8a } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

/** @typedef {import('@polkadot/api').ApiPromise} ApiPromise */
/** @typedef {import('@polkadot/keyring/types').KeyringPair} KeyringPair */

/** The first bytes of every signed voucher (`VOUCHER_TAG`). */
export const VOUCHER_TAG = new TextEncoder().encode('lineage/voucher1');

/**
 * @typedef {object} Voucher
 * @property {string | Uint8Array} genesisHash  the chain's genesis hash
 * @property {bigint | number} channel
 * @property {bigint} amount  everything paid through the channel so far; on a channel priced per
 *   token, a ceiling: what was charged so far plus `reserve`
 * @property {bigint | number} calls  every call paid for so far
 * @property {string | Uint8Array} receiptsRoot  root of the receipts of calls 1 … calls − 1
 * @property {bigint} [reserve]  on a channel priced per token, the most the last call may cost
 *   (0 or absent on a channel priced per call)
 */

/**
 * @typedef {object} TokenPrices  an offering's or channel's prices per 1,000 tokens
 * @property {bigint} per1kInput  per 1,000 tokens of request
 * @property {bigint} per1kOutput  per 1,000 tokens of answer
 */

/**
 * @typedef {object} Receipt
 * @property {bigint | number} channel
 * @property {bigint | number} call  from 1
 * @property {string | Uint8Array} inputHash
 * @property {string | Uint8Array} outputHash
 * @property {number} [inputTokens]  the tokens the request was counted as (0 priced per call)
 * @property {number} [outputTokens]  the tokens the answer was counted as (0 priced per call)
 * @property {bigint} amount
 */

/**
 * What a call costs on a channel priced per token (`TokenPrices::charge` in Rust): the price per
 * call plus ⌈(input × per1kInput + output × per1kOutput) / 1000⌉, rounded up once.
 * @param {bigint} pricePerCall
 * @param {TokenPrices} prices
 * @param {number | bigint} input
 * @param {number | bigint} output
 */
export function tokenCharge(pricePerCall, prices, input, output) {
  const tokens = BigInt(input) * prices.per1kInput + BigInt(output) * prices.per1kOutput;
  return pricePerCall + (tokens + 999n) / 1000n;
}

/**
 * `n` as `bytes` little-endian bytes (SCALE's fixed-width unsigned integers).
 * @param {bigint | number} n
 * @param {number} bytes
 */
function le(n, bytes) {
  const out = new Uint8Array(bytes);
  let v = BigInt(n);
  if (v < 0n || v >= 1n << BigInt(8 * bytes)) throw new Error(`${n} does not fit in ${bytes} bytes`);
  for (let i = 0; i < bytes; i += 1) { out[i] = Number(v & 0xffn); v >>= 8n; }
  return out;
}

/** @param {string | Uint8Array} h */
function h256(h) {
  const bytes = u8aToU8a(h);
  if (bytes.length !== 32) throw new Error('expected a 32-byte hash');
  return bytes;
}

/**
 * The SCALE encoding of a voucher: genesis hash, channel (u64), amount (u128), calls (u64),
 * receipts root, reserve (u128), in order.
 * @param {Voucher} v
 */
export function encodeVoucher(v) {
  return u8aConcat(
    h256(v.genesisHash), le(v.channel, 8), le(v.amount, 16), le(v.calls, 8), h256(v.receiptsRoot),
    le(v.reserve ?? 0n, 16),
  );
}

/**
 * The bytes a caller signs for `voucher`: `VOUCHER_TAG ++ SCALE(voucher)`.
 * @param {Voucher} voucher
 */
export function voucherPayload(voucher) {
  return u8aConcat(VOUCHER_TAG, encodeVoucher(voucher));
}

/**
 * `pair`'s signature of `voucher`, as the runtime's `MultiSignature` (`{ Sr25519: … }` etc.).
 * Any scheme the runtime accepts signs vouchers; ed25519 and ecdsa sign several times faster than
 * sr25519 in JavaScript.
 * @param {KeyringPair} pair
 * @param {Voucher} voucher
 */
export function signVoucher(pair, voucher) {
  /** @type {Record<string, string>} */
  const schemes = { sr25519: 'Sr25519', ed25519: 'Ed25519', ecdsa: 'Ecdsa' };
  const scheme = schemes[pair.type];
  if (!scheme) throw new Error(`vouchers cannot be signed with ${pair.type} keys`);
  return { [scheme]: pair.sign(voucherPayload(voucher)) };
}

/**
 * The SCALE encoding of a `MultiSignature` as `signVoucher` returns it.
 * @param {Record<string, Uint8Array>} signature
 */
export function encodeSignature(signature) {
  /** @type {Record<string, [number, number]>} */
  const variants = { Ed25519: [0, 64], Sr25519: [1, 64], Ecdsa: [2, 65] };
  const [scheme, bytes] = Object.entries(signature)[0] ?? [];
  const variant = scheme === undefined ? undefined : variants[scheme];
  if (!variant || !bytes || bytes.length !== variant[1]) throw new Error('not a MultiSignature');
  return u8aConcat(new Uint8Array([variant[0]]), bytes);
}

/**
 * The leaf hash of a receipt: `blake2_256(0x00 ++ SCALE(receipt))`, the receipt being channel
 * (u64), call (u64), input hash, output hash, input tokens (u32), output tokens (u32), amount
 * (u128).
 * @param {Receipt} r
 */
export function receiptLeaf(r) {
  const bytes = u8aConcat(
    le(r.channel, 8), le(r.call, 8), h256(r.inputHash), h256(r.outputHash),
    le(r.inputTokens ?? 0, 4), le(r.outputTokens ?? 0, 4), le(r.amount, 16),
  );
  return blake2AsU8a(u8aConcat(new Uint8Array([0]), bytes), 256);
}

/**
 * @param {Uint8Array} left
 * @param {Uint8Array} right
 */
function node(left, right) {
  return blake2AsU8a(u8aConcat(new Uint8Array([1]), left, right), 256);
}

/** @param {number} n  at least 2 */
function split(n) {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The root of the tree over `leaves`.
 * @param {Uint8Array[]} leaves
 * @returns {Uint8Array}
 */
export function receiptsRoot(leaves) {
  if (leaves.length === 0) return blake2AsU8a(new Uint8Array(), 256);
  if (leaves.length === 1) return leaves[0];
  const k = split(leaves.length);
  return node(receiptsRoot(leaves.slice(0, k)), receiptsRoot(leaves.slice(k)));
}

/**
 * The inclusion proof of leaf `index` (sibling hashes from the leaf up).
 * @param {Uint8Array[]} leaves
 * @param {number} index
 * @returns {Uint8Array[]}
 */
export function receiptProof(leaves, index) {
  if (index < 0 || index >= leaves.length) throw new Error('no such leaf');
  const path = [];
  let lo = 0; let hi = leaves.length; let at = index;
  while (hi - lo > 1) {
    const k = split(hi - lo);
    if (at < k) { path.push(receiptsRoot(leaves.slice(lo + k, hi))); hi = lo + k; }
    else { path.push(receiptsRoot(leaves.slice(lo, lo + k))); lo += k; at -= k; }
  }
  return path.reverse();
}

/**
 * Whether `proof` shows `leaf` at `index` in the tree of `size` leaves with `root` (RFC 9162).
 * @param {string | Uint8Array} root
 * @param {number} size
 * @param {number} index
 * @param {Uint8Array} leaf
 * @param {Uint8Array[]} proof
 */
export function verifyReceipt(root, size, index, leaf, proof) {
  if (index >= size) return false;
  let f = BigInt(index); let s = BigInt(size - 1); let r = leaf;
  for (const p of proof) {
    if (s === 0n) return false;
    if ((f & 1n) === 1n || f === s) {
      r = node(p, r);
      while ((f & 1n) === 0n && f !== 0n) { f >>= 1n; s >>= 1n; }
    } else {
      r = node(r, p);
    }
    f >>= 1n; s >>= 1n;
  }
  return s === 0n && u8aEq(r, u8aToU8a(root));
}

/** A receipts tree kept as its perfect subtrees' roots: extends a root in O(log n). */
export class ReceiptFrontier {
  constructor() {
    /** @type {[number, Uint8Array][]} */
    this.peaks = [];
    this.size = 0;
  }

  /** @param {Uint8Array} leaf */
  push(leaf) {
    /** @type {[number, Uint8Array]} */
    let current = [1, leaf];
    while (this.peaks.length > 0 && this.peaks[this.peaks.length - 1][0] === current[0]) {
      const [size, hash] = /** @type {[number, Uint8Array]} */ (this.peaks.pop());
      current = [size * 2, node(hash, current[1])];
    }
    this.peaks.push(current);
    this.size += 1;
  }

  /** @returns {Uint8Array} */
  root() {
    if (this.peaks.length === 0) return receiptsRoot([]);
    let r = this.peaks[this.peaks.length - 1][1];
    for (let i = this.peaks.length - 2; i >= 0; i -= 1) r = node(this.peaks[i][1], r);
    return r;
  }
}
