// Helpers shared by the end-to-end suites: connect to the node under test and submit
// transactions the way a polkadot.js user would, turning every failure into a readable error.
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

// Re-exported so that scripts outside tests/ (ui/) hash with the same copy of util-crypto.
export { blake2AsHex } from '@polkadot/util-crypto';

/** The WebSocket endpoint of the node under test (scripts/test.sh sets it). */
export const WS_URL = process.env.LINEAGE_WS ?? 'ws://127.0.0.1:9944';

/** Connect, failing fast (instead of retrying forever) when nobody answers. */
export async function connect(url = WS_URL, timeoutMs = 30_000) {
  const provider = new WsProvider(url, false);
  await provider.connect();
  const api = await withTimeout(ApiPromise.create({ provider, throwOnConnect: true }), timeoutMs,
    `no Lineage node answered on ${url}`);
  return api;
}

/** The well-known dev accounts (sr25519 //Alice, //Bob, ...). */
export async function devAccounts(ss58Format) {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format });
  const named = (n) => keyring.addFromUri(`//${n}`, { name: n });
  return {
    keyring,
    alice: named('Alice'),
    bob: named('Bob'),
    charlie: named('Charlie'),
    dave: named('Dave'),
    eve: named('Eve'),
    ferdie: named('Ferdie'),
  };
}

/** 1 LIN in base units (12 decimals). */
export const UNIT = 10n ** 12n;

/** `p` percent as Perbill parts. */
export const percent = (p) => p * 10_000_000;

/** The data of the first `section.method` event in `events`; throws if there is none. */
export function eventOf(api, events, section, method) {
  const found = events.find(({ event }) => api.events[section][method].is(event));
  if (!found) throw new Error(`no ${section}.${method} event`);
  return found.event.data;
}

export function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A dispatch error in words: `pallet.Error: docs` for module errors. */
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
 * Sign and submit `tx`; resolve once it is in a block with `{ blockHash, events }`.
 * Rejects with the chain's own words when the pool refuses it or the call fails.
 */
export function submit(api, tx, signer, options = {}, timeoutMs = 60_000) {
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

/** Resolve once the finalised head reaches block `number`. */
export async function waitFinalised(api, number, timeoutMs = 60_000) {
  let unsub;
  const reached = new Promise((resolve) => {
    api.rpc.chain.subscribeFinalizedHeads((header) => {
      if (header.number.toNumber() >= number) resolve(header);
    }).then((u) => { unsub = u; });
  });
  try {
    return await withTimeout(reached, timeoutMs, `block #${number} to be finalised`);
  } finally {
    if (unsub) unsub();
  }
}
