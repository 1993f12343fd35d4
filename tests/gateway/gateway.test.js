// lineage-gateway against a real dev node: train a model on a finalised labelling task read from
// the chain, register it, serve it over HTTP, and check that every call is settled on-chain and
// pays the labellers exactly what royalty-split quotes; kill the gateway mid-batch and restart it;
// bad API key, unknown model, no funds, tampered or malformed model file, node down; receipts only
// for the key that paid, oversized bodies, per-key spending caps.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { blake2AsHex, connect, devAccounts, eventOf, submit, token } from '@lineage/client';
import { WS_URL } from '@lineage/client/node';
import {
  finalisedTask, freePort, nodeProxy, runGateway, startGateway as startGatewayFor, until,
} from '../lib/gateway.js';

/** The model's price per call: 0.1 LIN (`register --price 0.1`), in base units once connected. */
let PRICE;
let api;
let accounts;
let dir;
let task;
let dataset;
let model;
let gateway;
let base;

const run = runGateway;
const startGateway = (port) => startGatewayFor({ model, dir, port });

async function invoke(input, key = 'key-dave', id = model) {
  const res = await fetch(`${base}/v1/models/${id}/invoke`, {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ input }),
  });
  return { status: res.status, body: await res.json() };
}

/** GET /v1/receipts/{id}, with `key` (none: no Authorization header). */
async function receiptOf(id, key = 'key-dave') {
  const res = await fetch(`${base}/v1/receipts/${id}`, key ? { headers: { authorization: `Bearer ${key}` } } : {});
  return { status: res.status, body: await res.json() };
}

/** Write `text` to the gateway on a raw connection; everything it answers until it closes (10 s at most). */
function rawHttp(port, text) {
  return new Promise((resolve) => {
    let answer = '';
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    const done = () => { socket.destroy(); resolve(answer); };
    socket.on('data', (d) => {
      answer += d;
      // Done once the JSON body is complete, whether or not the gateway closes the connection.
      try { JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)); done(); } catch { /* more to come */ }
    });
    socket.on('end', done);
    socket.on('error', done);
    socket.setTimeout(10_000, done);
  });
}

async function claimable(who, asset) {
  const view = (await api.call.royaltySplitApi.claimable(who.address)).find((v) => v.asset.toNumber() === asset);
  return view ? view.asContributor.toBigInt() : 0n;
}

before(async () => {
  api = await connect(WS_URL);
  accounts = await devAccounts(api.registry.chainSS58);
  PRICE = token(api).unit / 10n;
  dir = await mkdtemp(path.join(tmpdir(), 'lineage-gateway-'));
  await writeFile(`${dir}/keys.json`, JSON.stringify({
    'key-dave': '//Dave',
    'key-broke': `//Broke${Date.now()}`,
    'key-eve': '//Eve',
    // Eve's account again, under a key that may spend one call's price (0.1 LIN) in all.
    'key-capped': { suri: '//Eve', spending_cap: '0.1' },
  }));
});

after(async () => {
  gateway?.kill('SIGKILL');
  await api?.disconnect();
});

describe('lineage-gateway', () => {
  it('trains a classifier on a finalised task, read from the chain', { timeout: 180_000 }, async () => {
    ({ task, dataset } = await finalisedTask(api, accounts.alice, [accounts.dave, accounts.charlie]));

    const out = await run(['train', '--rpc', WS_URL, '--task', String(task), '--out', `${dir}/model.json`]);
    assert.equal(out.code, 0, out.stderr);
    const summary = JSON.parse(out.stdout);
    assert.equal(summary.dataset, dataset);
    assert.equal(summary.examples, 8);
    const again = await run(['train', '--rpc', WS_URL, '--task', String(task), '--out', `${dir}/model-again.json`]);
    assert.equal(JSON.parse(again.stdout).content_hash, summary.content_hash, 'training is deterministic');
    const guess = await run(['classify', '--model-file', `${dir}/model.json`, 'loved it, great']);
    assert.equal(JSON.parse(guess.stdout).label, 'positive');
  });

  it('registers the model as TrainedOn the dataset, with an offering', { timeout: 60_000 }, async () => {
    const out = await run(['register', '--rpc', WS_URL, '--model-file', `${dir}/model.json`, '--price', '0.1',
      '--provider', accounts.ferdie.address, '--provider-share', '30', '--timeout', '20'], { LINEAGE_SURI: '//Bob' });
    assert.equal(out.code, 0, out.stderr);
    model = JSON.parse(out.stdout).model;
    const asset = (await api.call.assetRegistryApi.asset(model)).unwrap();
    assert.equal(asset.kind.toString(), 'Model');
    assert.deepEqual(asset.parents.toJSON(), [[dataset, 'TrainedOn']]);
    assert.equal(asset.contentHash.toHex(), blake2AsHex(await readFile(`${dir}/model.json`), 256));
    const offering = (await api.call.modelInvocationApi.offering(model)).unwrap();
    assert.equal(offering.pricePerCall.toBigInt(), PRICE);
  });

  it('refuses a tampered model file and a node that is down', { timeout: 60_000 }, async () => {
    await writeFile(`${dir}/tampered.json`, `${await readFile(`${dir}/model.json`, 'utf8')} `);
    const tampered = await run(['serve', '--rpc', WS_URL, '--listen', '127.0.0.1:0', '--model', `${model}=${dir}/tampered.json`,
      '--api-keys', `${dir}/keys.json`, '--data-dir', `${dir}/t`], { LINEAGE_PROVIDER_SURI: '//Ferdie' });
    assert.notEqual(tampered.code, 0);
    assert.match(tampered.stderr, /refusing to serve model #\d+: the file's blake2-256 is 0x[0-9a-f]+ but the asset's registered content_hash is/);
    const down = await run(['serve', '--rpc', 'ws://127.0.0.1:9', '--model', `${model}=${dir}/model.json`,
      '--api-keys', `${dir}/keys.json`], { LINEAGE_PROVIDER_SURI: '//Ferdie' });
    assert.notEqual(down.code, 0);
    assert.match(down.stderr, /chain unreachable: ws:\/\/127\.0\.0\.1:9/);
    const nokey = await run(['serve', '--rpc', WS_URL, '--model', `${model}=${dir}/model.json`, '--api-keys', `${dir}/keys.json`],
      { LINEAGE_PROVIDER_SURI: '' });
    assert.notEqual(nokey.code, 0);
  });

  it('refuses, at start-up, a malformed model file whose hash matches its registered asset', { timeout: 60_000 }, async () => {
    // Cut off mid-way (as by a failed download): not JSON. Unique, so its hash is a new asset's.
    const broken = `{ "kind": "lineage-multinomial-naive-bayes-v1", "task": ${Date.now()}, "classes": [`;
    await writeFile(`${dir}/broken.json`, broken);
    const registered = await submit(api, api.tx.assetRegistry.registerAsset('Model', blake2AsHex(broken, 256), 'file://broken.json',
      { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: 0 }, [[dataset, 'TrainedOn']], null), accounts.bob);
    const id = eventOf(api, registered.events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();
    const out = await run(['serve', '--rpc', WS_URL, '--listen', '127.0.0.1:0', '--model', `${id}=${dir}/broken.json`,
      '--api-keys', `${dir}/keys.json`, '--data-dir', `${dir}/broken`], { LINEAGE_PROVIDER_SURI: '//Ferdie' });
    assert.equal(out.code, 1, out.stderr);
    assert.match(out.stderr, new RegExp(`refusing to serve model #${id}: .*broken\\.json matches its registered content_hash but is unusable: not a model file`));
    assert.doesNotMatch(out.stderr, /panicked/);
  });

  it('answers an HTTP call with the output and a receipt that matches the chain, paying the labellers exactly the quote', { timeout: 120_000 }, async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    gateway = await startGateway(port);
    const models = await (await fetch(`${base}/v1/models`)).json();
    assert.equal(models.models[0].id, model);
    // The whole price is split on chain: fee, ancestors, the provider's share out of the model's.
    const quote = (await api.call.modelInvocationApi.quoteCall(model)).asOk;
    const toProvider = quote.toProvider.toBigInt();
    const pool = quote.credits.find((c) => c.asset.toNumber() === dataset).toContributors.toBigInt();
    const before = { charlie: await claimable(accounts.charlie, dataset), dave: await claimable(accounts.dave, dataset) };

    const { status, body } = await invoke('wonderful, loved it');
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.output.label, 'positive');
    const id = body.receipt.invocation;
    const view = (await api.call.modelInvocationApi.invocation(id)).unwrap();
    assert.equal(view.settledAt.unwrap().toNumber(), body.receipt.settlement.block_number);
    assert.equal(view.outputHash.unwrap().toHex(), body.receipt.settlement.output_hash);
    assert.equal(view.caller.toString(), accounts.dave.address);
    assert.equal(body.receipt.settlement.to_provider, toProvider.toString());
    const credit = body.receipt.settlement.credits.find((c) => c.asset === dataset);
    assert.equal(credit.to_contributors, pool.toString(), 'the split is the quote');
    // Dave and Charlie each labelled four of the eight items: half the pool each.
    assert.equal(await claimable(accounts.charlie, dataset) - before.charlie, pool / 2n);
    assert.equal(await claimable(accounts.dave, dataset) - before.dave, pool / 2n);
    const receipt = await receiptOf(id);
    assert.equal(receipt.status, 200, JSON.stringify(receipt.body));
    assert.equal(receipt.body.invocation.settled_at, view.settledAt.unwrap().toNumber());
    assert.equal(receipt.body.output.label, 'positive');
  });

  it('shows a receipt only to the API key that paid for it: 401 without a key, 404 for another key', { timeout: 30_000 }, async () => {
    const id = (await api.query.modelInvocation.nextInvocationId()).toNumber() - 1;
    assert.equal((await receiptOf(id)).status, 200, 'Dave paid for the last call');
    const anonymous = await receiptOf(id, null);
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.error.code, 'bad_api_key');
    assert.equal((await receiptOf(id, 'not-a-key')).status, 401);
    const other = await receiptOf(id, 'key-eve');
    assert.equal(other.status, 404, JSON.stringify(other.body));
    assert.equal(other.body.error.code, 'unknown_receipt');
    assert.equal(other.body.output, undefined);
    // The same answer as for an id that was never used, so ids cannot be enumerated.
    const never = await receiptOf(999_999_999, 'key-eve');
    assert.equal(never.status, 404);
    assert.equal(never.body.error.code, other.body.error.code);
  });

  it('says clearly what is wrong: bad API key, unknown model, bad body, no funds', { timeout: 60_000 }, async () => {
    const bad = await invoke('x', 'nope');
    assert.equal(bad.status, 401);
    assert.equal(bad.body.error.code, 'bad_api_key');
    const unknown = await invoke('x', 'key-dave', 999_999);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'unknown_model');
    const body = await fetch(`${base}/v1/models/${model}/invoke`, { method: 'POST', headers: { authorization: 'Bearer key-dave' }, body: 'not json' });
    assert.equal(body.status, 400);
    const broke = await invoke('x', 'key-broke');
    assert.equal(broke.status, 402, JSON.stringify(broke.body));
    assert.equal(broke.body.error.code, 'out_of_funds');
    // A body announced as 1 MB is refused at once, before any of it is sent (or read).
    const huge = await rawHttp(Number(new URL(base).port), `POST /v1/models/${model}/invoke HTTP/1.1\r\nHost: x\r\n`
      + 'Authorization: Bearer key-dave\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n');
    assert.match(huge, /^HTTP\/1\.1 413/, huge);
    assert.match(huge, /"too_large"/);
  });

  it('stops a key at its spending cap with 402 spending_cap_reached', { timeout: 60_000 }, async () => {
    const first = await invoke('a great film', 'key-capped');
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.body.receipt.caller, accounts.eve.address);
    const second = await invoke('a great film', 'key-capped');
    assert.equal(second.status, 402, JSON.stringify(second.body));
    assert.equal(second.body.error.code, 'spending_cap_reached');
    // The cap is the key's, not the account's: Eve's other key still works.
    const uncapped = await invoke('a great film', 'key-eve');
    assert.equal(uncapped.status, 200, JSON.stringify(uncapped.body));
    // Each key reads its own receipt, and only its own.
    assert.equal((await receiptOf(first.body.receipt.invocation, 'key-capped')).status, 200);
    assert.equal((await receiptOf(first.body.receipt.invocation, 'key-eve')).status, 404);
  });

  it('answers 503 chain_unreachable, quickly, when its node goes away', { timeout: 60_000 }, async () => {
    const proxy = await nodeProxy();
    const port = await freePort();
    const lonely = await startGatewayFor({ model, dir, port, rpc: proxy.url, data: `${dir}/lonely` });
    try {
      assert.equal((await fetch(`http://127.0.0.1:${port}/healthz`)).status, 200);
      await proxy.cut();
      const started = Date.now();
      // /healthz answers from a check at most a second old.
      const health = await until(async () => {
        const h = await fetch(`http://127.0.0.1:${port}/healthz`);
        return h.status === 503 ? h : null;
      }, 5, '/healthz to see the node gone');
      assert.equal(health.status, 503);
      assert.equal((await health.json()).error.code, 'chain_unreachable');
      const res = await fetch(`http://127.0.0.1:${port}/v1/models/${model}/invoke`, {
        method: 'POST', headers: { authorization: 'Bearer key-dave' }, body: JSON.stringify({ input: 'hello' }),
      });
      assert.equal(res.status, 503);
      assert.equal((await res.json()).error.code, 'chain_unreachable');
      assert.ok(Date.now() - started < 20_000, 'errors come back promptly, not after a hang');
    } finally {
      lonely.kill('SIGKILL');
    }
  });

  it('completes every call exactly once across a crash mid-batch', { timeout: 180_000 }, async () => {
    const first = (await api.query.modelInvocation.nextInvocationId()).toNumber();
    const startBlock = (await api.rpc.chain.getHeader()).number.toNumber();
    const calls = Array.from({ length: 6 }, (_, i) => invoke(`great fun number ${i}`).catch((e) => ({ error: e })));
    // Kill the gateway once the calls exist on chain but before (all of) them are completed.
    for (let i = 0; i < 100; i++) {
      if ((await api.query.modelInvocation.nextInvocationId()).toNumber() > first) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    gateway.kill('SIGKILL');
    const openAtCrash = (await api.call.modelInvocationApi.openInvocations(accounts.dave.address)).length;
    await Promise.all(calls);
    const last = (await api.query.modelInvocation.nextInvocationId()).toNumber();
    assert.ok(last > first, 'some calls were invoked before the crash');
    assert.ok(openAtCrash > 0, 'the crash left calls open for the restarted gateway');
    gateway = await startGateway(Number(new URL(base).port));
    for (let i = 0; i < 120; i++) {
      if ((await api.call.modelInvocationApi.openInvocations(accounts.dave.address)).length === 0) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    assert.equal((await api.call.modelInvocationApi.openInvocations(accounts.dave.address)).length, 0, 'nothing left open');
    const endBlock = (await api.rpc.chain.getHeader()).number.toNumber();
    const settled = new Map();
    for (let n = startBlock; n <= endBlock; n++) {
      const events = await (await api.at(await api.rpc.chain.getBlockHash(n))).query.system.events();
      for (const { event } of events) {
        if (api.events.modelInvocation.InvocationSettled.is(event)) {
          const id = event.data.id.toNumber();
          settled.set(id, (settled.get(id) ?? 0) + 1);
        }
      }
    }
    for (let id = first; id < last; id++) {
      assert.equal(settled.get(id), 1, `call #${id} settled exactly once`);
    }
    const metrics = await (await fetch(`${base}/metrics`)).text();
    assert.match(metrics, /lineage_gateway_batches_total \d+/);
  });
});
