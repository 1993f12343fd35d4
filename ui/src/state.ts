// What every screen shares: the chain connection and the chosen account.
import type { ApiPromise } from '@polkadot/api';
import { formatAmount, type Token } from '@lineage/client';
import type { WalletAccount } from './wallet';

export interface App {
  api: ApiPromise;
  /** The chain's native token (decimals and symbol, as the node reports them). */
  token: Token;
  genesis: string;
  ss58: number;
  accounts: WalletAccount[];
  account: WalletAccount | null;
  /** Re-render the header (balance, reputation) after something changed them. */
  refreshHeader: () => void;
  /** Go to a route (`#/tasks`, `#/label/3`, …). */
  go: (route: string) => void;
  /** Run `fn` when the person leaves the current screen (unsubscribe, remove key handlers). */
  onLeave: (fn: () => void) => void;
  /** Send transactions of the chosen account one after another (so nonces never collide). */
  queue: <T>(job: () => Promise<T>) => Promise<T>;
}

/** The chosen account, or an error telling the person to connect first. */
export function requireAccount(app: App): WalletAccount {
  if (!app.account) throw new Error('Connect a wallet first (top right).');
  return app.account;
}

/** `amount` base units of the chain's token as text: `1.5 LIN`. */
export function money(app: App, amount: bigint): string {
  return formatAmount(app.token, amount);
}

export function short(address: string): string {
  return `${address.slice(0, 6)}…${address.slice(-4)}`;
}
