// Gateway throughput: N concurrent HTTP clients (each with its own API key and funded account)
// call a served model for a fixed time on loopback. Reports settled calls per second and p50/p99
// latency, and confirms each settled call's split on-chain (the settlement's parts add up to the
// call's price, and the chain's record of the call says it is settled in that block).
//
//   CLIENTS=8 SECONDS=30 node perf/gateway-bench.js     (scripts/bench-gateway.sh starts the node)
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect, devAccounts, submit, token } from '@lineage/client';
import { WS_URL } from '@lineage/client/node';
import { finalisedTask, freePort, startGateway, trainAndRegister } from '../lib/gateway.js';

const CLIENTS = Number(process.env.CLIENTS ?? 8);
const SECONDS = Number(process.env.SECONDS ?? 30);

const api = await connect(WS_URL);
const { unit: UNIT } = token(api);
const accounts = await devAccounts(api.registry.chainSS58);
const dir = await mkdtemp(path.join(tmpdir(), 'lineage-gateway-bench-'));
const log = (s) => console.error(`[bench-gateway] ${s}`);

log('preparing: a finalised labelling task, a model trained on it, funded client accounts');
const { task } = await finalisedTask(api, accounts.alice, [accounts.charlie, accounts.dave]);
const { model } = await trainAndRegister({ task, dir, provider: accounts.ferdie.address, timeout: 40 });
const clients = Array.from({ length: CLIENTS }, (_, i) => accounts.keyring.addFromUri(`//GatewayBench/${i}`));
const nonce = (await api.rpc.system.accountNextIndex(accounts.alice.address)).toNumber();
await Promise.all(clients.map((c, i) =>
  submit(api, api.tx.balances.transferKeepAlive(c.address, 1_000n * UNIT), accounts.alice, { nonce: nonce + i })));
await writeFile(`${dir}/keys.json`, JSON.stringify(Object.fromEntries(clients.map((_, i) => [`bench-${i}`, `//GatewayBench/${i}`]))));
const port = await freePort();
const gateway = await startGateway({ model, dir, port });

log(`${CLIENTS} clients for ${SECONDS} s against http://127.0.0.1:${port}/v1/models/${model}/invoke`);
const latencies = [];
const settled = [];
const failures = {};
const started = Date.now();
const end = started + SECONDS * 1000;
await Promise.all(clients.map(async (_, i) => {
  let n = 0;
  while (Date.now() < end) {
    const t0 = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/v1/models/${model}/invoke`, {
      method: 'POST', headers: { authorization: `Bearer bench-${i}` },
      body: JSON.stringify({ input: `client ${i} call ${n++}: a wonderful, great film` }),
    });
    const body = await res.json();
    if (res.status === 200) {
      latencies.push(performance.now() - t0);
      settled.push(body.receipt);
    } else {
      failures[body.error?.code ?? res.status] = (failures[body.error?.code ?? res.status] ?? 0) + 1;
    }
  }
}));
const elapsed = Number(((Date.now() - started) / 1000).toFixed(1));

log(`confirming ${settled.length} settlements on chain`);
let confirmed = 0;
for (const r of settled) {
  const view = (await api.call.modelInvocationApi.invocation(r.invocation)).unwrap();
  const s = r.settlement;
  const parts = BigInt(s.to_provider) + BigInt(s.protocol_fee) + BigInt(s.to_ancestors) + BigInt(s.to_model);
  if (view.settledAt.unwrap().toNumber() === s.block_number && parts === BigInt(r.price)) confirmed += 1;
}
gateway.kill('SIGTERM');
if (Object.keys(failures).length) log(`gateway log (last lines):\n${gateway.log.split('\n').slice(-25).join('\n')}`);
await api.disconnect();

latencies.sort((a, b) => a - b);
const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : NaN);
const result = {
  clients: CLIENTS, seconds: elapsed, settled: settled.length, confirmed_on_chain: confirmed,
  settled_per_second: Number((settled.length / elapsed).toFixed(2)),
  p50_ms: Math.round(pct(50)), p99_ms: Math.round(pct(99)), failures,
};
console.log(JSON.stringify(result));
log(`settled ${result.settled} calls in ${elapsed} s = ${result.settled_per_second}/s; p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms; `
  + `${confirmed}/${settled.length} splits confirmed on chain; failures ${JSON.stringify(failures)}`);
if (confirmed !== settled.length) process.exit(1);
