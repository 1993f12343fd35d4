// @lineage/client: what every JavaScript user of a Lineage node shares — the end-to-end suites,
// the benchmarks, the labeller app and its demo seeding script. Runs in node and in browsers;
// node-only settings are in `@lineage/client/node`.
export { devAccounts } from './accounts.js';
export {
  encodeSignature, encodeVoucher, receiptLeaf, receiptProof, receiptsRoot, ReceiptFrontier, signVoucher, tokenCharge,
  verifyReceipt, voucherPayload, VOUCHER_TAG,
} from './channels.js';
export { ChannelCalls, GatewayError, VOUCHER_HEADER, voucherHeader } from './calls.js';
export { closeChannel, openChannel, requestCloseChannel, topUpChannel } from './channel-tx.js';
export { connect } from './connect.js';
export { eventOf } from './events.js';
export { waitFinalised } from './finality.js';
export { percent, perbillText } from './perbill.js';
export { describeDispatchError, submit } from './submit.js';
export { withTimeout } from './timeout.js';
export { formatAmount, parseAmount, token } from './token.js';

// Re-exported so that every user hashes with the same copy of util-crypto as the API.
export { blake2AsHex } from '@polkadot/util-crypto';

/** @typedef {import('./token.js').Token} Token */
/** @typedef {import('./accounts.js').DevAccounts} DevAccounts */
/** @typedef {import('./submit.js').Included} Included */
