// Several lineage-gateway instances of one provider on one PostgreSQL channel ledger
// (`--shared-ledger`), as behind a load balancer: a caller's calls on one channel go to either
// instance and each builds on the last, whichever took it; one voucher sent to both at once is
// taken once; an instance SIGKILLed in the middle of a stream charges nothing and the other takes
// the same voucher; one instance claims, the other takes over when it dies; on-chain, exactly
// the calls that were answered are claimed, once. PostgreSQL is Debian's, started on a free port
// (scripts/pg-temp.sh); the model is llama.cpp's server with a tiny model this suite writes.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  blake2AsHex, ChannelCalls, connect, devAccounts, openChannel, token,
} from '@lineage/client';
import { WS_URL } from '@lineage/client/node';
import { freePort, startGateway, startPostgres, until } from '../lib/gateway.js';
import { servedTinyModel } from '../lib/upstream.js';

let api;
let accounts;
let dir;
let postgres;
let upstream;
const gateways = {};

/** Start gateway instance `name` on the shared ledger; `{ child, base }`. */
async function instance(name, config) {
  const port = await freePort();
  const child = await startGateway({ dir, port, config, data: `${dir}/data-${name}` });
  gateways[name] = child;
  return { child, base: `http://127.0.0.1:${port}` };
}

before(async () => {
  api = await connect(WS_URL);
  accounts = await devAccounts(api.registry.chainSS58);
  dir = await mkdtemp(path.join(tmpdir(), 'lineage-gateway-shared-'));
  postgres = await startPostgres(`${dir}/postgres`);
});

after(async () => {
  for (const g of Object.values(gateways)) g.kill('SIGKILL');
  upstream?.kill('SIGKILL');
  await postgres?.stop();
  await api?.disconnect();
});

describe('lineage-gateway: several instances on one shared ledger', () => {
  it('takes each voucher once across instances, survives a SIGKILL mid-stream, and claims exactly what was answered', { timeout: 240_000 }, async () => {
    const { bob, dave, ferdie } = accounts;
    const price = token(api).unit / 100n;
    const served = await servedTinyModel(api, { dir, owner: bob, provider: ferdie, price });
    const { model, upstreamPort } = served;
    upstream = served.upstream;
    // No custodial keys: with a shared ledger, callers sign their own vouchers.
    await writeFile(`${dir}/keys.json`, '{}');
    const config = `${dir}/gateway.toml`;
    await writeFile(config, [
      'api_keys = "keys.json"', `shared_ledger = "${postgres.url}"`,
      '[[model]]', `asset = ${model}`, 'name = "tiny-llama"',
      '[model.upstream]', `url = "http://127.0.0.1:${upstreamPort}/v1"`, 'model = "tiny"', 'weights = "tiny.gguf"',
      'timeout_secs = 60', '',
    ].join('\n'));

    // Instance A starts first and becomes the claimer; then B.
    const a = await instance('a', config);
    await until(() => a.child.log.includes('this instance now submits the claims'), 20, 'A to become the claimer');
    const b = await instance('b', config);

    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const { channel } = await openChannel(api, dave, { model, deposit: price * 20n, expiresAt: head + 600 });
    const calls = new ChannelCalls({ genesisHash: api.genesisHash.toHex(), pair: dave, channel, model, price, gateway: a.base });
    const chat = (base, header, extra = {}) => fetch(`${base}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-lineage-voucher': header },
      body: JSON.stringify({ model: 'tiny-llama', messages: [{ role: 'user', content: 'hi' }], max_tokens: 3, ...extra }),
    });
    // Calls alternate between the instances, as a load balancer sends them: each voucher builds
    // on the receipt the other instance gave.
    let answered = 0;
    for (const [i, base] of [a.base, b.base, a.base, b.base].entries()) {
      const res = await until(async () => {
        const r = await chat(base, calls.next().header);
        if (r.status === 402 && (await r.clone().json()).error?.code === 'unknown_channel') return null;
        return r;
      }, 20, 'the channel to reach the gateway');
      assert.equal(res.status, 200, `call ${i + 1}: ${await res.clone().text()}`);
      const body = await res.json();
      calls.accept(body.lineage, null, blake2AsHex(body.choices[0].message.content, 256));
      answered += 1;
    }
    assert.equal(calls.calls, 4);

    // One voucher sent to both instances at once: one takes it, the other says the channel is busy
    // (or, once the first has answered, that the voucher is spent).
    const same = calls.next().header;
    const both = await Promise.all([chat(a.base, same), chat(b.base, same)]);
    const ok = both.filter((r) => r.status === 200);
    assert.equal(ok.length, 1, `statuses ${both.map((r) => r.status)}`);
    const other = both.find((r) => r.status !== 200);
    assert.equal(other.status, 409);
    assert.ok(['channel_busy', 'voucher_out_of_order'].includes((await other.json()).error.code));
    const taken = await ok[0].json();
    calls.accept(taken.lineage, null, blake2AsHex(taken.choices[0].message.content, 256));
    answered += 1;

    // A stream on A, killed after its first event: nothing is charged, and B takes the same
    // voucher as soon as A's connection to the database is gone.
    const voucher = calls.next().header;
    const streamed = await chat(a.base, voucher, { stream: true, max_tokens: 400 });
    assert.equal(streamed.status, 200);
    const reader = streamed.body.getReader();
    const first = await reader.read();
    assert.ok(!first.done && first.value.length > 0, 'A started streaming');
    // The model is paused, so A is surely in the middle of the stream when it is killed.
    upstream.kill('SIGSTOP');
    a.child.kill('SIGKILL');
    await new Promise((r) => (a.child.exitCode !== null ? r() : a.child.once('exit', r)));
    upstream.kill('SIGCONT');
    reader.cancel().catch(() => {});
    const retried = await until(async () => {
      const r = await chat(b.base, voucher);
      if (r.status === 409 && (await r.clone().json()).error.code === 'channel_busy') return null;
      return r;
    }, 20, 'B to take the voucher A was killed holding');
    assert.equal(retried.status, 200, await retried.clone().text());
    const after = await retried.json();
    assert.equal(after.lineage.receipt.call, 6, 'the killed call was not counted');
    calls.accept(after.lineage, null, blake2AsHex(after.choices[0].message.content, 256));
    answered += 1;

    // B took over the claims: on-chain, exactly the six answered calls, once.
    await until(() => b.child.log.includes('this instance now submits the claims'), 30, 'B to take over the claims');
    const view = await until(async () => {
      const v = (await api.call.callChannelsApi.channel(channel)).unwrap();
      return v.claimedCalls.toNumber() === answered ? v : null;
    }, 60, 'the channel to be claimed');
    assert.equal(view.claimed.toBigInt(), price * BigInt(answered));
    const seen = await (await fetch(`${b.base}/v1/channels/${channel}`)).json();
    assert.deepEqual([seen.accepted.calls, seen.accepted.amount], [answered, (price * BigInt(answered)).toString()]);

    // A restarted instance serves the next call where B left the channel.
    const again = await instance('a2', config);
    const next = await chat(again.base, calls.next().header);
    assert.equal(next.status, 200, await next.clone().text());
    calls.accept((await next.json()).lineage);
  });
});
