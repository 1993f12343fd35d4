// One thread of channels-bench.js's HTTP clients: each client calls the model in a closed loop
// through its own channel until `end`, signing a voucher per call (ed25519), and the thread posts
// back every call's latency and answer time, and its failures by code.
import { parentPort, workerData } from 'node:worker_threads';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { ChannelCalls } from '@lineage/client';

await cryptoWaitReady();
const { genesisHash, model, price, base, end, clients } = workerData;
const keyring = new Keyring({ type: 'ed25519' });
const latencies = [];
const answered = [];
const failures = {};
await Promise.all(clients.map(async ({ channel, uri, index }) => {
  const calls = new ChannelCalls({ genesisHash, pair: keyring.addFromUri(uri), channel, model, price, gateway: base });
  const times = [];
  answered.push([channel.toString(), times]);
  let n = 0;
  while (Date.now() < end) {
    const t0 = performance.now();
    try {
      await calls.call(`client ${index} call ${n++}: a great film`);
      latencies.push(performance.now() - t0);
      times.push(Date.now());
    } catch (e) {
      const code = e.code ?? e.message;
      failures[code] = (failures[code] ?? 0) + 1;
    }
  }
}));
parentPort.postMessage({ latencies, answered, failures });
