// Vouchers and the receipts tree, checked against the Rust side's vector (no chain needed).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TypeRegistry } from '@polkadot/types';
import { u8aToHex } from '@polkadot/util';
import {
  receiptLeaf, receiptProof, receiptsRoot, ReceiptFrontier, verifyReceipt, voucherPayload,
} from '../src/channels.js';

/** A registry stands in for the API: only `createType` is used. */
const api = /** @type {import('@polkadot/api').ApiPromise} */ (/** @type {unknown} */ (new TypeRegistry()));

/**
 * The receipts of `lineage_primitives::receipts`' test vector.
 * @param {number} n
 */
function leaves(n) {
  return Array.from({ length: n }, (_, i) => receiptLeaf(api, {
    channel: 7, call: i + 1, inputHash: `0x${'01'.repeat(32)}`, outputHash: `0x${'02'.repeat(32)}`, amount: 5n,
  }));
}

describe('receipts tree', () => {
  it('hashes the fixed vector exactly as the runtime does', () => {
    assert.equal(u8aToHex(receiptsRoot(leaves(5))),
      '0x67d0e998f7592f6a28765e67cb741b3dc518a94faeea14ef6138f3b6f5d678b0');
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
    const payload = voucherPayload(api, {
      genesisHash: `0x${'aa'.repeat(32)}`, channel: 1, amount: 2n, calls: 3, receiptsRoot: `0x${'bb'.repeat(32)}`,
    });
    assert.equal(new TextDecoder().decode(payload.slice(0, 16)), 'lineage/voucher1');
    // 16 + 32 + 8 + 16 + 8 + 32
    assert.equal(payload.length, 112);
    assert.equal(payload[16 + 32], 1);
    assert.equal(payload[16 + 32 + 8], 2);
    assert.equal(payload[16 + 32 + 8 + 16], 3);
  });
});
