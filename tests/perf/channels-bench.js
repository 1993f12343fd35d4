// Paid calls through prepaid channels on lineage-gateway: CLIENTS closed-loop HTTP clients, each
// with its own funded account and channel, sign a voucher per call and call a served model for
// SECONDS on loopback, with the node running beside them. Reports paid calls per second and
// p50/p99 latency; then waits for the gateway's claim loop and checks, from the chain's events,
// that the calls credited by `ChannelClaimed` equal the calls served, that every split adds up to
// the unit, and how long after its answer each call was credited on-chain.
//
//   CLIENTS=64 SECONDS=20 [LOADER=js] [LEDGER=shared] node perf/channels-bench.js
//   (scripts/bench-channels.sh starts the node; LEDGER=shared keeps the gateway's channel ledger in
//   a PostgreSQL server started for the run, `--shared-ledger`, instead of its SQLite file)
import { mkdtemp, writeFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { blake2AsHex, connect, devAccounts, eventOf, percent, submit, token } from '@lineage/client';
import { WS_URL } from '@lineage/client/node';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { freePort, runGateway, startGateway, startPostgres } from '../lib/gateway.js';

const CLIENTS = Number(process.env.CLIENTS ?? 64);
/** Client threads (each runs its share of the clients), for LOADER=js. */
const THREADS = Number(process.env.THREADS ?? 2);
/**
 * Who makes the calls: `rust` (default), `lineage-gateway load`, each client with its own
 * keep-alive connection; or `js`, @lineage/client's ChannelCalls over fetch in worker threads
 * (heavier per call: the load generator itself then takes most of the two cores).
 */
const LOADER = process.env.LOADER ?? 'rust';
const SECONDS = Number(process.env.SECONDS ?? 20);
const LEDGER = process.env.LEDGER ?? 'local';
const log = (s) => console.error(`[bench-channels ${new Date().toISOString().slice(11, 19)}] ${s}`);

await cryptoWaitReady();
const api = await connect(WS_URL);
const { unit: UNIT } = token(api);
const price = UNIT / 1000n;
const accounts = await devAccounts(api.registry.chainSS58);
const { alice, ferdie } = accounts;
const dir = await mkdtemp(path.join(tmpdir(), 'lineage-channels-bench-'));

log('preparing: a dataset, a model trained on it served by Ferdie, funded clients with a channel each');
const registered = await submit(api, api.tx.assetRegistry.registerAsset('Dataset', blake2AsHex(`bench-corpus-${Date.now()}`, 256),
  'ipfs://bench-corpus', { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(10) }, [], null), alice);
const dataset = eventOf(api, registered.events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();
await writeFile(`${dir}/model.json`, JSON.stringify({
  kind: 'lineage-multinomial-naive-bayes-v1', task: Date.now(), dataset, classes: ['positive', 'negative'],
  class_docs: [1, 1], class_tokens: [2, 2], vocabulary: { great: [2, 0], awful: [0, 2] },
}));
await writeFile(`${dir}/keys.json`, '{}');
const out = await runGateway(['register', '--rpc', WS_URL, '--model-file', `${dir}/model.json`, '--price', '0.001',
  '--provider', ferdie.address, '--provider-share', '30'], { LINEAGE_SURI: '//Bob' });
if (out.code !== 0) throw new Error(out.stderr);
const { model } = JSON.parse(out.stdout);
const port = await freePort();
const postgres = LEDGER === 'shared' ? await startPostgres(`${dir}/postgres`) : null;
const gateway = await startGateway({ model, dir, port, args: postgres ? ['--shared-ledger', postgres.url] : [] });
const base = `http://127.0.0.1:${port}`;

// ed25519 callers: any MultiSignature scheme signs vouchers, and ed25519 signs about five times
// faster than sr25519 in JavaScript (the clients share this machine with the node and gateway).
const keyring = new Keyring({ type: 'ed25519', ss58Format: api.registry.chainSS58 });
const clients = Array.from({ length: CLIENTS }, (_, i) => keyring.addFromUri(`//ChannelBench//${i}`));
const nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
await Promise.all(clients.map((c, i) =>
  submit(api, api.tx.balances.transferKeepAlive(c.address, 1_000n * UNIT), alice, { nonce: nonce + i })));
const { terms } = (await api.call.modelInvocationApi.offering(model)).unwrap();
const head = (await api.rpc.chain.getHeader()).number.toNumber();
const channels = await Promise.all(clients.map(async (pair) => {
  const opened = await submit(api, api.tx.callChannels.openChannel(model, price * 500_000n, head + 20_000, terms), pair);
  const channel = eventOf(api, opened.events, 'callChannels', 'ChannelOpened').channel.toBigInt();
  return channel;
}));

/** Every block's callChannels events from now on, with the block's timestamp. */
const credited = [];
const unsubscribe = await api.rpc.chain.subscribeNewHeads(async (header) => {
  const at = await api.at(header.hash);
  const [records, now] = await Promise.all([at.query.system.events(), at.query.timestamp.now()]);
  for (const { event } of records) {
    if (event.section === 'callChannels') credited.push({ block: header.number.toNumber(), time: now.toNumber(), event });
  }
});

const started = Date.now();
const end = started + SECONDS * 1000;
/** Every call's latency (ms) or, from the Rust loader, its p50 and p99. */
let latencies = [];
let loaderPercentiles = null;
/** Per channel: the wall-clock time each call was answered. */
let answered;
const failures = {};
if (LOADER === 'rust') {
  log(`${CLIENTS} clients (lineage-gateway load, ed25519) for ${SECONDS} s against ${base}/v1/models/${model}/calls`);
  await writeFile(`${dir}/plan.json`, JSON.stringify({
    genesis_hash: api.genesisHash.toHex(), price: price.toString(), scheme: 'ed25519',
    clients: channels.map((channel, i) => ({ channel: Number(channel), suri: `//ChannelBench//${i}` })),
  }));
  const run = await runGateway(['load', '--addr', `127.0.0.1:${port}`, '--model', String(model), '--plan', `${dir}/plan.json`,
    '--seconds', String(SECONDS)]);
  if (run.code !== 0) throw new Error(`load failed: ${run.stderr}`);
  const r = JSON.parse(run.stdout);
  loaderPercentiles = { p50: r.p50_ms, p99: r.p99_ms, calls: r.calls };
  answered = new Map(Object.entries(r.answered).map(([c, times]) => [BigInt(c), times]));
  for (const f of r.failures) failures[f.slice(0, 60)] = (failures[f.slice(0, 60)] ?? 0) + 1;
} else {
  log(`${CLIENTS} clients (@lineage/client ChannelCalls, ed25519) in ${THREADS} threads for ${SECONDS} s against ${base}/v1/models/${model}/calls`);
  const shares = Array.from({ length: THREADS }, (_, t) => channels.map((c, i) => [c, i]).filter(([, i]) => i % THREADS === t));
  const results = await Promise.all(shares.map((share) => new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./channels-client.js', import.meta.url), {
      workerData: {
        genesisHash: api.genesisHash.toHex(), model, price, base, end,
        clients: share.map(([channel, i]) => ({ channel, uri: `//ChannelBench//${i}`, index: i })),
      },
    });
    worker.once('message', resolve);
    worker.once('error', reject);
  })));
  latencies = results.flatMap((r) => r.latencies);
  answered = new Map(results.flatMap((r) => r.answered.map(([c, times]) => [BigInt(c), times])));
  for (const r of results) for (const [code, n] of Object.entries(r.failures)) failures[code] = (failures[code] ?? 0) + n;
}
const elapsed = (Date.now() - started) / 1000;
const served = loaderPercentiles ? loaderPercentiles.calls : latencies.length;
log(`served ${served} paid calls in ${elapsed.toFixed(1)} s; waiting for the claim loop to claim them`);

const claimedCalls = async () => {
  const views = await Promise.all(channels.map((c) => api.call.callChannelsApi.channel(c)));
  return views.reduce((s, v) => s + v.unwrap().claimedCalls.toNumber(), 0);
};
for (let i = 0; i < 120 && (await claimedCalls()) < served; i += 1) await new Promise((r) => setTimeout(r, 500));
await new Promise((r) => setTimeout(r, 4000));
unsubscribe();
gateway.kill('SIGTERM');
await postgres?.stop();

const claims = credited.filter((c) => c.event.method === 'ChannelClaimed' && answered.has(c.event.data.channel.toBigInt()));
const settled = credited.filter((c) => c.event.method === 'ClaimsSettled' && c.event.data.model.toNumber() === model);
const creditedCalls = claims.reduce((s, c) => s + c.event.data.calls.toNumber(), 0);
const creditedAmount = claims.reduce((s, c) => s + c.event.data.amount.toBigInt(), 0n);
const splitsExact = settled.every(({ event: { data: d } }) =>
  d.protocolFee.toBigInt() + d.toProvider.toBigInt() + d.toAncestors.toBigInt() + d.toModel.toBigInt() === d.amount.toBigInt());
// Each answered call k (1-based) of a channel is credited by the first claim whose voucher covers it.
const delays = [];
for (const [channel, times] of answered) {
  const mine = claims.filter((c) => c.event.data.channel.toBigInt() === channel)
    .map((c) => ({ total: c.event.data.totalCalls.toNumber(), time: c.time, block: c.block }));
  times.forEach((t, k) => {
    const claim = mine.find((c) => c.total >= k + 1);
    if (claim) delays.push(claim.time - t);
  });
}
delays.sort((a, b) => a - b);
latencies.sort((a, b) => a - b);
const pct = (xs, p) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN);
const blockMs = Number(api.consts.aura?.slotDuration ?? 3000) || 3000;
const result = {
  clients: CLIENTS,
  seconds: Number(elapsed.toFixed(1)),
  paid_calls: served,
  paid_calls_per_second: Math.round(served / elapsed),
  loader: LOADER,
  ledger: LEDGER,
  p50_ms: Number((loaderPercentiles?.p50 ?? pct(latencies, 50)).toFixed(2)),
  p99_ms: Number((loaderPercentiles?.p99 ?? pct(latencies, 99)).toFixed(2)),
  failures,
  credited_calls: creditedCalls,
  credited_amount_matches: creditedAmount === price * BigInt(served),
  claim_extrinsics: new Set(settled.map((s) => `${s.block}`)).size,
  splits_exact: splitsExact,
  credit_delay_p50_s: Number((pct(delays, 50) / 1000).toFixed(1)),
  credit_delay_max_s: Number((pct(delays, 100) / 1000).toFixed(1)),
  credited_within_two_blocks: `${delays.filter((d) => d <= 2 * blockMs).length}/${served}`,
};
console.log(JSON.stringify(result, null, 2));
await api.disconnect();
if (creditedCalls !== served || !splitsExact || !result.credited_amount_matches) process.exit(1);
