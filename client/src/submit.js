// Signing and submitting a transaction, turning every failure into the chain's own words.
import { withTimeout } from './timeout.js';

/** @typedef {import('@polkadot/api').ApiPromise} ApiPromise */
/** @typedef {import('@polkadot/api/types').SubmittableExtrinsic<'promise'>} Extrinsic */
/** @typedef {import('@polkadot/api/types').AddressOrPair} AddressOrPair */
/** @typedef {Partial<import('@polkadot/api/types').SignerOptions>} SignerOptions */
/** @typedef {import('@polkadot/types/interfaces').DispatchError} DispatchError */
/** @typedef {import('@polkadot/types/interfaces').EventRecord} EventRecord */
/** @typedef {import('@polkadot/types/interfaces').Hash} Hash */

/**
 * A dispatch error in words: `pallet.Error: docs` for a module's error, else its kind.
 * @param {ApiPromise} api
 * @param {DispatchError} dispatchError
 * @returns {string}
 */
export function describeDispatchError(api, dispatchError) {
  if (dispatchError.isModule) {
    const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
    return `${section}.${name}: ${docs.join(' ')}`.trim();
  }
  if (dispatchError.isToken) return `token.${dispatchError.asToken.type}`;
  if (dispatchError.isArithmetic) return `arithmetic.${dispatchError.asArithmetic.type}`;
  return dispatchError.type;
}

/**
 * @typedef {object} Included
 * @property {Hash} blockHash  the block that holds the transaction
 * @property {EventRecord[]} events  the transaction's events
 */

/**
 * Sign `tx` as `signer` and submit it; resolves once it is in a block. Rejects with the chain's
 * own words when the pool refuses it or the call fails (see `describeDispatchError`), and after
 * `timeoutMs` if it is never included.
 * @param {ApiPromise} api
 * @param {Extrinsic} tx
 * @param {AddressOrPair} signer  a keyring pair, or an address with `options.signer`
 * @param {SignerOptions} [options]  e.g. `{ nonce }`
 * @param {number} [timeoutMs]
 * @returns {Promise<Included>}
 */
export function submit(api, tx, signer, options = {}, timeoutMs = 60_000) {
  /** @type {Promise<Included>} */
  const done = new Promise((resolve, reject) => {
    let unsub = () => {};
    tx.signAndSend(signer, options, (result) => {
      const { status, dispatchError, events } = result;
      if (status.isInvalid || status.isDropped || status.isUsurped) {
        unsub();
        reject(new Error(`transaction ${status.type}`));
      } else if (status.isInBlock) {
        unsub();
        if (dispatchError) reject(new Error(describeDispatchError(api, dispatchError)));
        else resolve({ blockHash: status.asInBlock, events });
      }
    }).then((u) => { unsub = u; }, reject);
  });
  return withTimeout(done, timeoutMs, `${tx.method.section}.${tx.method.method} to be included`);
}
