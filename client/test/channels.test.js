// Vouchers and the receipts tree, checked against the Rust side's vector (no chain needed).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TypeRegistry } from '@polkadot/types';
import { u8aToHex } from '@polkadot/util';
import {
  encodeSignature, encodeVoucher, receiptLeaf, receiptProof, receiptsRoot, ReceiptFrontier, tokenCharge, verifyReceipt,
  voucherPayload,
} from '../src/channels.js';

/** polkadot.js's own SCALE codec, to check the hand-written encodings against. */
const registry = new TypeRegistry();

/**
 * The receipts of `lineage_primitives::receipts`' test vector.
 * @param {number} n
 */
function leaves(n) {
  return Array.from({ length: n }, (_, i) => receiptLeaf({
    channel: 7, call: i + 1, inputHash: `0x${'01'.repeat(32)}`, outputHash: `0x${'02'.repeat(32)}`,
    inputTokens: 3, outputTokens: 4, amount: 5n,
  }));
}

describe('receipts tree', () => {
  it('hashes the fixed vector exactly as the runtime does', () => {
    assert.equal(u8aToHex(receiptsRoot(leaves(5))),
      '0xa3b780c296e1e0788fca1d50e59cb25713a41d23400da04ab6405d93e4acab3f');
    assert.equal(receiptProof(leaves(5), 2).length, 3);
  });

  it('keeps the frontier root equal to the tree root, and every proof verifies', () => {
    const all = leaves(19);
    const frontier = new ReceiptFrontier();
    for (let n = 1; n <= all.length; n += 1) {
      frontier.push(all[n - 1]);
      const root = receiptsRoot(all.slice(0, n));
      assert.equal(u8aToHex(frontier.root()), u8aToHex(root), `size ${n}`);
      for (let i = 0; i < n; i += 1) {
        const proof = receiptProof(all.slice(0, n), i);
        assert.ok(verifyReceipt(root, n, i, all[i], proof), `size ${n} leaf ${i}`);
        if (n > 1) assert.ok(!verifyReceipt(root, n, i, all[(i + 1) % n], proof));
      }
    }
  });
});

describe('voucher payload', () => {
  it('is the tag followed by the SCALE encoding of the voucher', () => {
    const payload = voucherPayload({
      genesisHash: `0x${'aa'.repeat(32)}`, channel: 1, amount: 2n, calls: 3, receiptsRoot: `0x${'bb'.repeat(32)}`,
    });
    assert.equal(new TextDecoder().decode(payload.slice(0, 16)), 'lineage/voucher1');
    // 16 + 32 + 8 + 16 + 8 + 32 + 16
    assert.equal(payload.length, 128);
    assert.equal(payload[16 + 32], 1);
    assert.equal(payload[16 + 32 + 8], 2);
    assert.equal(payload[16 + 32 + 8 + 16], 3);
  });
});

describe('hand-written SCALE encodings', () => {
  it('encode vouchers and signatures as polkadot.js does', () => {
    const v = {
      genesisHash: `0x${'ab'.repeat(32)}`, channel: 2n ** 40n + 7n, amount: 2n ** 100n + 3n, calls: 123456789n,
      receiptsRoot: `0x${'cd'.repeat(32)}`, reserve: 2n ** 90n + 11n,
    };
    const theirs = registry.createType('(H256, u64, u128, u64, H256, u128)',
      [v.genesisHash, v.channel, v.amount, v.calls, v.receiptsRoot, v.reserve]).toU8a();
    assert.equal(u8aToHex(encodeVoucher(v)), u8aToHex(theirs));
    for (const [scheme, length] of /** @type {[string, number][]} */ ([['Ed25519', 64], ['Sr25519', 64], ['Ecdsa', 65]])) {
      const signature = { [scheme]: new Uint8Array(length).fill(9) };
      assert.equal(u8aToHex(encodeSignature(signature)), registry.createType('MultiSignature', signature).toHex());
    }
    assert.throws(() => encodeVoucher({ ...v, amount: 2n ** 128n }), /does not fit/);
    assert.throws(() => encodeSignature({ Sr25519: new Uint8Array(10) }), /not a MultiSignature/);
  });
});

describe('token charges', () => {
  it('are the price per call plus the tokens at their prices, rounded up once, as in Rust', () => {
    const prices = { per1kInput: 4n, per1kOutput: 20n };
    // The same cases as the call-channels pallet's `a_charge_is_the_price_per_call_plus_…`.
    assert.equal(tokenCharge(10n, prices, 250, 100), 13n);
    assert.equal(tokenCharge(10n, prices, 1, 0), 11n);
    assert.equal(tokenCharge(10n, prices, 0, 0), 10n);
  });
});
