// Opening a connection to a Lineage node.
import { ApiPromise, WsProvider } from '@polkadot/api';

import { withTimeout } from './timeout.js';

/**
 * @typedef {object} ConnectOptions
 * @property {number} [timeoutMs]  how long to wait for the node to answer and the API to be ready (default 30 s)
 * @property {number} [retryMs]  reconnect this many ms after a dropped connection; 0 (default) never reconnects
 * @property {number} [requestTimeoutMs]  how long one RPC request may take (default 60 s)
 */

/**
 * Connect to the node at `url`; rejects with `no Lineage node answered on <url>` (and closes the
 * socket) instead of retrying forever when nobody answers within `timeoutMs`.
 * @param {string} url  a WebSocket endpoint, e.g. `ws://127.0.0.1:9944`
 * @param {ConnectOptions} [options]
 * @returns {Promise<ApiPromise>}
 */
export async function connect(url, { timeoutMs = 30_000, retryMs = 0, requestTimeoutMs = 60_000 } = {}) {
  const provider = new WsProvider(url, retryMs > 0 ? retryMs : false, {}, requestTimeoutMs);
  if (retryMs <= 0) await provider.connect();
  const api = new ApiPromise({ provider, noInitWarn: true, throwOnConnect: true });
  try {
    await withTimeout(api.isReadyOrError, timeoutMs, `no Lineage node answered on ${url}`);
  } catch (e) {
    await api.disconnect().catch(() => undefined);
    throw e;
  }
  return api;
}
