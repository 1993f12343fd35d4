// The connection to a Lineage node and the few conversions every screen needs.
import type { ApiPromise } from '@polkadot/api';
import { u8aToString } from '@polkadot/util';
import { blake2AsHex, connect } from '@lineage/client';

/** The node to talk to: `?rpc=ws://…`, else the last one used, else a local dev node. */
export function endpoint(): string {
  const fromQuery = new URLSearchParams(location.search).get('rpc');
  if (fromQuery) return fromQuery;
  return localStorage.getItem('lineage.rpc') ?? 'ws://127.0.0.1:9944';
}

export class NodeUnreachable extends Error {}

/**
 * Connect to `url` (reconnecting by itself after a drop), failing with a readable error instead
 * of retrying forever when nobody answers at first.
 */
export async function connectChain(url: string, timeoutMs = 10_000): Promise<ApiPromise> {
  let api: ApiPromise;
  try {
    api = await connect(url, { timeoutMs, retryMs: 2_500, requestTimeoutMs: timeoutMs });
  } catch (e) {
    throw new NodeUnreachable(`Cannot reach the Lineage node at ${url}. Is it running? (${(e as Error).message ?? e})`);
  }
  localStorage.setItem('lineage.rpc', url);
  return api;
}

/** Bytes from the chain (a name, a URI, an item's text) as text. */
export function bytesToText(bytes: { toU8a(raw: boolean): Uint8Array }): string {
  return u8aToString(bytes.toU8a(true));
}

/** The commitment a labeller signs: blake2_256(SCALE((task, item, label, salt, labeller))). */
export function commitment(api: ApiPromise, task: number, item: number, label: number, salt: string, who: string): string {
  const encoded = api.createType('(u64, u32, u8, H256, AccountId32)', [task, item, label, salt, who]).toU8a();
  return blake2AsHex(encoded, 256);
}

/** Roughly how long `blocks` blocks take at the chain's block time. */
export function blocksToTime(api: ApiPromise, blocks: number): string {
  // Block time is twice the timestamp pallet's minimum period.
  const ms = api.consts.timestamp.minimumPeriod.toNumber() * 2;
  const s = Math.max(0, Math.round((blocks * ms) / 1000));
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  return `${Math.round(s / 3600)} h`;
}
