// The well-known development accounts of a `--dev` chain.
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** @typedef {import('@polkadot/keyring/types').KeyringPair} KeyringPair */

/**
 * @typedef {object} DevAccounts
 * @property {Keyring} keyring  the keyring holding them (sr25519), to add more
 * @property {KeyringPair} alice
 * @property {KeyringPair} bob
 * @property {KeyringPair} charlie
 * @property {KeyringPair} dave
 * @property {KeyringPair} eve
 * @property {KeyringPair} ferdie
 */

/**
 * The sr25519 dev accounts `//Alice` … `//Ferdie`, each named (`meta.name`) after its seed.
 * @param {number} [ss58Format]  the chain's address format (`api.registry.chainSS58`)
 * @returns {Promise<DevAccounts>}
 */
export async function devAccounts(ss58Format) {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format });
  /** @param {string} n */
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
