// Paid calls through a prepaid channel over a Lineage gateway's HTTP API
// (`POST /v1/models/{id}/calls`): the caller signs one voucher per call, the gateway answers at
// once with the output and the call's receipt, and later claims the newest voucher on-chain.
import { u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import {
  encodeSignature, encodeVoucher, receiptLeaf, ReceiptFrontier, signVoucher, tokenCharge,
} from './channels.js';

/** @typedef {import('@polkadot/keyring/types').KeyringPair} KeyringPair */
/** @typedef {import('./channels.js').Voucher} Voucher */
/** @typedef {import('./channels.js').TokenPrices} TokenPrices */

/** The header a paid call's voucher travels in. */
export const VOUCHER_HEADER = 'x-lineage-voucher';

/**
 * The `X-Lineage-Voucher` value: `0x` + hex of `SCALE(voucher) ++ SCALE(MultiSignature)` and an
 * empty last receipt (`0x00`: a claim's, which the gateway adds).
 * @param {Voucher} voucher
 * @param {Record<string, Uint8Array>} signature  as `signVoucher` returns it
 */
export function voucherHeader(voucher, signature) {
  return u8aToHex(u8aConcat(encodeVoucher(voucher), encodeSignature(signature), new Uint8Array([0])));
}

/** A gateway's refusal: `status` and `code` as the HTTP API documents them. */
export class GatewayError extends Error {
  /**
   * @param {number} status
   * @param {{ code?: string, message?: string, expected?: unknown }} body
   */
  constructor(status, body) {
    super(`${status} ${body.code ?? 'error'}: ${body.message ?? ''}`);
    this.status = status;
    this.code = body.code;
    this.expected = body.expected;
  }
}

/**
 * One caller's calls to one model through one open channel, on one gateway. It keeps the
 * channel's running amount, call count and receipts tree, and checks every answer's receipt
 * (its call number, price and input hash) before adding it to the tree the next voucher commits
 * to. On a channel priced per token (`tokenPrices`), each voucher is a ceiling — what was charged
 * so far plus a `reserve` for the call's most — and each receipt's charge is checked against its
 * token counts at the channel's prices.
 */
export class ChannelCalls {
  /**
   * @param {object} o
   * @param {string} o.genesisHash  the chain's (`api.genesisHash.toHex()`)
   * @param {KeyringPair} o.pair  the channel's caller
   * @param {number | bigint} o.channel
   * @param {number} o.model
   * @param {bigint} o.price  the channel's price per call
   * @param {TokenPrices | null} [o.tokenPrices]  the channel's prices per 1,000 tokens, if it is
   *   priced per token
   * @param {string} o.gateway  base URL, e.g. `http://127.0.0.1:8080`
   */
  constructor({ genesisHash, pair, channel, model, price, tokenPrices = null, gateway }) {
    this.pair = pair;
    this.channel = BigInt(channel);
    this.model = model;
    this.price = price;
    this.tokenPrices = tokenPrices;
    /** The reserve of the last voucher `next()` signed. */
    this.reserve = 0n;
    this.gateway = gateway;
    this.genesisHash = genesisHash;
    /** Everything charged so far (what the next voucher builds on). */
    this.amount = 0n;
    /** Calls paid so far. */
    this.calls = 0;
    this.frontier = new ReceiptFrontier();
    /** @type {string | null} the gateway's receipts root, once resumed from it */
    this.trustedRoot = null;
  }

  /**
   * Continue from what the gateway accepted on the channel (after a restart of either side):
   * the gateway's receipts root is taken as it is, since this side no longer has the receipts.
   */
  async resume() {
    const res = await fetch(`${this.gateway}/v1/channels/${this.channel}`);
    if (res.status === 404) return;
    const body = /** @type {any} */ (await res.json());
    if (!res.ok) throw new GatewayError(res.status, body.error ?? {});
    this.amount = BigInt(body.accepted.amount);
    this.calls = Number(body.accepted.calls);
    this.frontier = new ReceiptFrontier();
    this.trustedRoot = this.calls > 0 ? body.accepted.receipts_root : null;
  }

  /** The receipts root the next voucher carries. */
  root() {
    return this.trustedRoot ?? u8aToHex(this.frontier.root());
  }

  /**
   * The next voucher, signed, as a header value (and the voucher). On a channel priced per token,
   * `reserve` is the most the call may cost (at least the price per call; the gateway refuses a
   * reserve below the request's most).
   * @param {bigint} [reserve]
   * @returns {{ voucher: Voucher, header: string }}
   */
  next(reserve) {
    if (this.tokenPrices && (reserve === undefined || reserve < this.price)) {
      throw new Error('a channel priced per token needs a reserve of at least the price per call');
    }
    this.reserve = this.tokenPrices ? /** @type {bigint} */ (reserve) : 0n;
    const voucher = {
      genesisHash: this.genesisHash, channel: this.channel,
      amount: this.amount + (this.tokenPrices ? this.reserve : this.price),
      calls: this.calls + 1, receiptsRoot: this.root(), reserve: this.reserve,
    };
    return { voucher, header: voucherHeader(voucher, signVoucher(this.pair, voucher)) };
  }

  /**
   * The reserve that covers a request of `bytes` bytes asking for at most `maxTokens` tokens, as
   * the gateway bounds it: the bytes as input tokens, `maxTokens` as output tokens.
   * @param {number} bytes
   * @param {number} maxTokens
   */
  reserveFor(bytes, maxTokens) {
    if (!this.tokenPrices) return this.price;
    return tokenCharge(this.price, this.tokenPrices, bytes, maxTokens);
  }

  /**
   * Take the receipt of the call the last `next()` voucher paid for, checking it is that call's
   * (its number, price and, if given, input hash), and move on to the next call.
   * @param {{ receipt: any, channel: any }} paid  the answer's receipt and channel state (an
   *   OpenAI-shaped answer carries them under `lineage`)
   * @param {string | null} [inputHash]  blake2-256 of what was sent, to check against the receipt
   * @param {string | null} [outputHash]  blake2-256 of what was received (for a chat or a
   *   completion, its text), to check against the receipt
   */
  accept(paid, inputHash = null, outputHash = null) {
    const r = paid.receipt;
    let charge = this.price;
    if (this.tokenPrices) {
      const full = tokenCharge(this.price, this.tokenPrices, r.input_tokens, r.output_tokens);
      charge = full < this.reserve ? full : this.reserve;
    }
    const expected = { channel: this.channel, call: BigInt(this.calls + 1), amount: charge };
    if (BigInt(r.channel) !== expected.channel || BigInt(r.call) !== expected.call
      || BigInt(r.amount) !== expected.amount || (inputHash !== null && r.input_hash !== inputHash)
      || (outputHash !== null && r.output_hash !== outputHash)) {
      throw new Error(`the gateway's receipt is not this call's: ${JSON.stringify(r)}`);
    }
    this.frontier.push(receiptLeaf({
      channel: r.channel, call: r.call, inputHash: r.input_hash, outputHash: r.output_hash,
      inputTokens: r.input_tokens ?? 0, outputTokens: r.output_tokens ?? 0, amount: BigInt(r.amount),
    }));
    this.amount += charge;
    this.calls += 1;
    if (this.trustedRoot !== null) {
      this.trustedRoot = paid.channel.receipts_root;
    } else if (paid.channel.receipts_root !== this.root()) {
      throw new Error('the gateway\'s receipts root is not the one of the receipts it answered with');
    }
  }

  /**
   * Call the model on `input`, paying one call. Resolves to the gateway's answer
   * (`{ model, output, receipt, channel }`); rejects with a `GatewayError` if it refused.
   * @param {string} input
   * @param {{ header?: string }} [override]  send this voucher header instead (for tests)
   */
  async call(input, override = {}) {
    const { header } = override.header ? { header: override.header } : this.next();
    const res = await fetch(`${this.gateway}/v1/models/${this.model}/calls`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [VOUCHER_HEADER]: header },
      body: JSON.stringify({ input }),
    });
    const body = /** @type {any} */ (await res.json());
    if (!res.ok) throw new GatewayError(res.status, body.error ?? {});
    this.accept(body, blake2AsHex(input, 256));
    return body;
  }
}
