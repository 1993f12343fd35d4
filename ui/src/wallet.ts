// Wallets through the injected-extension standard (window.injectedWeb3): polkadot.js extension,
// Talisman, SubWallet… via @polkadot/extension-dapp.
import { web3Accounts, web3Enable, web3FromAddress } from '@polkadot/extension-dapp';
import type { Signer } from '@polkadot/api/types';

export interface WalletAccount {
  address: string;
  name: string;
  source: string;
}

export class NoWallet extends Error {}

const APP_NAME = 'Lineage Labeller';

/** Ask every installed wallet for access; the accounts they share, in Lineage's SS58 format. */
export async function enableWallets(ss58Format: number): Promise<WalletAccount[]> {
  const injected = (window as unknown as { injectedWeb3?: Record<string, unknown> }).injectedWeb3 ?? {};
  if (Object.keys(injected).length === 0) {
    throw new NoWallet('No wallet extension found. Install the polkadot.js extension, Talisman or SubWallet, then reload this page.');
  }
  const extensions = await web3Enable(APP_NAME);
  if (extensions.length === 0) {
    throw new NoWallet('Your wallet did not allow Lineage to see its accounts. Allow this site in the wallet, then try again.');
  }
  const accounts = await web3Accounts({ ss58Format });
  if (accounts.length === 0) {
    throw new NoWallet('Your wallet has no accounts. Create or import one in the wallet, then try again.');
  }
  return accounts.map((a) => ({ address: a.address, name: a.meta.name ?? a.address.slice(0, 8), source: a.meta.source }));
}

/** The signer of the wallet that holds `address`. */
export async function signerFor(address: string): Promise<Signer> {
  const injector = await web3FromAddress(address);
  return injector.signer as Signer;
}
