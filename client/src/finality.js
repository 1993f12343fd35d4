// Waiting for finality.
import { withTimeout } from './timeout.js';

/**
 * Resolve with the finalised head once it reaches block `number`.
 * @param {import('@polkadot/api').ApiPromise} api
 * @param {number} number
 * @param {number} [timeoutMs]
 * @returns {Promise<import('@polkadot/types/interfaces').Header>}
 */
export async function waitFinalised(api, number, timeoutMs = 60_000) {
  /** @type {(() => void) | undefined} */
  let unsub;
  /** @type {Promise<import('@polkadot/types/interfaces').Header>} */
  const reached = new Promise((resolve, reject) => {
    api.rpc.chain.subscribeFinalizedHeads((header) => {
      if (header.number.toNumber() >= number) resolve(header);
    }).then((u) => { unsub = u; }, reject);
  });
  try {
    return await withTimeout(reached, timeoutMs, `block #${number} to be finalised`);
  } finally {
    if (unsub) unsub();
  }
}
