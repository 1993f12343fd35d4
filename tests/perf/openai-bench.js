// What lineage-gateway's OpenAI API adds over calling the model's server directly, in one run on
// one machine: llama.cpp's OpenAI-compatible server (llama-cpp-python) on a tiny Llama GGUF, and
// the gateway in front of it, every call paid with the caller's own channel voucher.
//
// 1. Latency: one client, calls one at a time, alternating direct and through the gateway
//    (non-streamed, then streamed to the last byte): p50 and p99 of each, and the difference.
// 2. Throughput: CLIENTS concurrent streaming clients for SECONDS, direct then through the
//    gateway: streams completed per second, p50 and p99 of a stream's duration.
// Then every paid call must be claimed on-chain, to the unit.
//
//   CLIENTS=500 SECONDS=20 CALLS=200 node perf/openai-bench.js   (scripts/bench-gateway.sh starts the node)
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import {
  ChannelCalls, connect, devAccounts, eventOf, submit, token,
} from '@lineage/client';
import { WS_URL } from '@lineage/client/node';
import { freePort, startGateway } from '../lib/gateway.js';
import { servedTinyModel } from '../lib/upstream.js';

const CLIENTS = Number(process.env.CLIENTS ?? 500);
const SECONDS = Number(process.env.SECONDS ?? 20);
const CALLS = Number(process.env.CALLS ?? 200);
const MAX_TOKENS = Number(process.env.MAX_TOKENS ?? 8);
const log = (s) => console.error(`[bench-openai] ${s}`);

await cryptoWaitReady();
const api = await connect(WS_URL);
const { unit: UNIT } = token(api);
const accounts = await devAccounts(api.registry.chainSS58);
const { alice, bob, ferdie } = accounts;
const dir = await mkdtemp(path.join(tmpdir(), 'lineage-openai-bench-'));
const price = UNIT / 1000n;

log('preparing: the tiny model behind llama.cpp\'s server, registered and served through the gateway');
const { upstream, upstreamPort, model } = await servedTinyModel(api, { dir, owner: bob, provider: ferdie, price });
await writeFile(`${dir}/keys.json`, '{}');
await writeFile(`${dir}/gateway.toml`, [
  'api_keys = "keys.json"', '[[model]]', `asset = ${model}`, 'name = "tiny"', '[model.upstream]',
  `url = "http://127.0.0.1:${upstreamPort}/v1"`, 'model = "tiny"', 'weights = "tiny.gguf"', 'timeout_secs = 600', '',
].join('\n'));
const port = await freePort();
const gateway = await startGateway({ dir, port, config: `${dir}/gateway.toml` });
const base = `http://127.0.0.1:${port}`;
const direct = `http://127.0.0.1:${upstreamPort}`;

// Each client: its own ed25519 account and channel (a channel's calls are one after another).
const keyring = new Keyring({ type: 'ed25519', ss58Format: api.registry.chainSS58 });
const pairs = Array.from({ length: CLIENTS }, (_, i) => keyring.addFromUri(`//OpenAiBench//${Date.now()}//${i}`));
let nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
for (let i = 0; i < pairs.length; i += 100) {
  await Promise.all(pairs.slice(i, i + 100).map((p) =>
    submit(api, api.tx.balances.transferKeepAlive(p.address, 100n * UNIT), alice, { nonce: nonce++ })));
}
const { terms } = (await api.call.modelInvocationApi.offering(model)).unwrap();
const head = (await api.rpc.chain.getHeader()).number.toNumber();
const clients = [];
for (let i = 0; i < pairs.length; i += 100) {
  clients.push(...await Promise.all(pairs.slice(i, i + 100).map(async (pair) => {
    const opened = await submit(api, api.tx.callChannels.openChannel(model, price * 50_000n, head + 20_000, terms), pair);
    const channel = eventOf(api, opened.events, 'callChannels', 'ChannelOpened').channel.toBigInt();
    return new ChannelCalls({ genesisHash: api.genesisHash.toHex(), pair, channel, model, price, gateway: base });
  })));
}
log(`${clients.length} channels open`);

const chat = (stream) => ({
  model: 'tiny', messages: [{ role: 'user', content: 'say something about data and lineage' }], max_tokens: MAX_TOKENS,
  ...(stream ? { stream: true } : {}),
});

/** One call, to the end of its answer; through the gateway with `calls`' next voucher. */
async function call({ stream, calls = null }) {
  const headers = { 'content-type': 'application/json' };
  if (calls) headers['x-lineage-voucher'] = calls.next().header;
  const t0 = performance.now();
  const res = await fetch(`${calls ? base : direct}/v1/chat/completions`, { method: 'POST', headers, body: JSON.stringify(chat(stream)) });
  const text = await res.text();
  const ms = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${res.status} ${text.slice(0, 200)}`);
  if (calls) {
    const lineage = stream
      ? text.split('\n\n').map((e) => e.replace(/^data: /, '')).filter((e) => e.startsWith('{'))
        .map((e) => JSON.parse(e)).find((e) => e.lineage)?.lineage
      : JSON.parse(text).lineage;
    if (!lineage) throw new Error('no receipt in the answer');
    calls.accept(lineage);
  }
  return ms;
}

function percentiles(ms) {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, p50: +at(0.5).toFixed(2), p99: +at(0.99).toFixed(2) };
}

const results = { clients: CLIENTS, seconds: SECONDS, calls: CALLS, max_tokens: MAX_TOKENS };
// Warm both paths (the gateway learns of the channels, connections open).
for (let i = 0; i < 5; i += 1) {
  await call({ stream: false });
  await call({ stream: false, calls: clients[0] });
}
for (const stream of [false, true]) {
  const mine = { direct: [], gateway: [] };
  for (let i = 0; i < CALLS; i += 1) {
    mine.direct.push(await call({ stream }));
    mine.gateway.push(await call({ stream, calls: clients[0] }));
  }
  const d = percentiles(mine.direct);
  const g = percentiles(mine.gateway);
  results[stream ? 'latency_streamed' : 'latency'] = {
    direct: d, gateway: g, added_p50_ms: +(g.p50 - d.p50).toFixed(2), added_p99_ms: +(g.p99 - d.p99).toFixed(2),
  };
  log(`${stream ? 'streamed' : 'whole'}: direct p50 ${d.p50} ms p99 ${d.p99} ms; gateway p50 ${g.p50} ms p99 ${g.p99} ms`);
}

/** CLIENTS streaming clients for SECONDS: streams completed per second and their durations. */
async function load(through) {
  const end = Date.now() + SECONDS * 1000;
  const ms = [];
  const failures = {};
  const started = performance.now();
  await Promise.all(clients.map(async (calls) => {
    while (Date.now() < end) {
      try {
        ms.push(await call({ stream: true, calls: through ? calls : null }));
      } catch (e) {
        const k = String(e.message).slice(0, 80);
        failures[k] = (failures[k] ?? 0) + 1;
        if (through) await calls.resume();
      }
    }
  }));
  const took = (performance.now() - started) / 1000;
  return { ...percentiles(ms), per_second: +(ms.length / took).toFixed(1), seconds: +took.toFixed(1), failures };
}
const d = await load(false);
log(`${CLIENTS} streams direct: ${d.per_second}/s, p50 ${d.p50} ms, p99 ${d.p99} ms`);
const g = await load(true);
log(`${CLIENTS} streams through the gateway: ${g.per_second}/s, p50 ${g.p50} ms, p99 ${g.p99} ms`);
results.throughput = { direct: d, gateway: g, ratio: +(g.per_second / d.per_second).toFixed(3) };

// Every paid call claimed on-chain, to the unit.
const paid = clients.reduce((n, c) => n + c.calls, 0);
let claimed = 0;
for (let i = 0; i < 60 && claimed !== paid; i += 1) {
  await new Promise((r) => setTimeout(r, 1000));
  claimed = 0;
  for (const c of clients) {
    const v = (await api.call.callChannelsApi.channel(c.channel)).unwrap();
    if (v.claimed.toBigInt() !== price * BigInt(v.claimedCalls.toNumber())) throw new Error('a claim is not calls × price');
    claimed += v.claimedCalls.toNumber();
  }
}
results.paid_calls = paid;
results.claimed_calls = claimed;
log(`${paid} paid calls, ${claimed} claimed on-chain`);
console.log(JSON.stringify(results, null, 2));
gateway.kill('SIGKILL');
upstream.kill('SIGKILL');
await api.disconnect();
process.exit(claimed === paid ? 0 : 1);
