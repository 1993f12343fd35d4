// Paid calls through a prepaid channel on lineage-gateway, against a real dev node: a caller
// (Dave) opens a channel, makes 100 calls over HTTP with a voucher each (no block waited for),
// the gateway is SIGKILLed mid-run and restarted, and its claim loop settles every acknowledged
// call on-chain exactly once, split along the model's lineage as the chain quotes; a receipt's
// proof checks against the chain; a tampered or out-of-order voucher is refused with a clear
// HTTP error; the provider closes and the rest goes back to the caller to the unit.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  blake2AsHex, ChannelCalls, closeChannel, connect, devAccounts, eventOf, GatewayError, openChannel, percent, submit,
  token, topUpChannel, voucherHeader, signVoucher,
} from '@lineage/client';
import { WS_URL } from '@lineage/client/node';
import { freePort, runGateway, startGateway, until } from '../lib/gateway.js';

const CALLS = 100;
let api;
let accounts;
let dir;
let model;
let price;
let gateway;
let port;
let base;
let channel;
let calls;
/** Every event of the chain since the channel opened. */
const events = [];
let unsubscribe;

before(async () => {
  api = await connect(WS_URL);
  accounts = await devAccounts(api.registry.chainSS58);
  price = token(api).unit / 100n;
  dir = await mkdtemp(path.join(tmpdir(), 'lineage-gateway-channels-'));
  await writeFile(`${dir}/keys.json`, JSON.stringify({
    'key-eve': '//Eve', 'key-broke': `//Broke${Date.now()}`, 'key-capped': { suri: '//Charlie', spending_cap: '0.025' },
  }));
});

after(async () => {
  unsubscribe?.();
  gateway?.kill('SIGKILL');
  await api?.disconnect();
});

async function reserved(who) {
  return (await api.query.system.account(who)).data.reserved.toBigInt();
}

function ofChannel(name) {
  return events.filter((e) => e.section === 'callChannels' && e.method === name)
    .map((e) => e.data);
}

describe('lineage-gateway: paid calls through a prepaid channel', () => {
  it('serves a registered model; a caller opens a channel to it', { timeout: 120_000 }, async () => {
    const { alice, dave, ferdie } = accounts;
    // A dataset, and a small model trained on it (any valid model file: its hash is registered).
    const registered = await submit(api, api.tx.assetRegistry.registerAsset('Dataset', blake2AsHex(`corpus-${Date.now()}`, 256),
      'ipfs://corpus', { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(10) }, [], null), alice);
    const dataset = eventOf(api, registered.events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();
    await writeFile(`${dir}/model.json`, JSON.stringify({
      kind: 'lineage-multinomial-naive-bayes-v1', task: Date.now(), dataset, classes: ['positive', 'negative'],
      class_docs: [1, 1], class_tokens: [2, 2], vocabulary: { great: [2, 0], awful: [0, 2] },
    }));
    const out = await runGateway(['register', '--rpc', WS_URL, '--model-file', `${dir}/model.json`, '--price', '0.01',
      '--provider', ferdie.address, '--provider-share', '30'], { LINEAGE_SURI: '//Bob' });
    assert.equal(out.code, 0, out.stderr);
    model = JSON.parse(out.stdout).model;
    port = await freePort();
    base = `http://127.0.0.1:${port}`;
    gateway = await startGateway({ model, dir, port });

    unsubscribe = await api.query.system.events((records) => {
      for (const { event } of records) events.push(event);
    });
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    // 35 calls' worth now, 72 more later: 100 are used, 7 come back at close.
    const opened = await openChannel(api, dave, { model, deposit: price * 35n, expiresAt: head + 600 });
    channel = opened.channel;
    assert.equal(opened.price, price);
    calls = new ChannelCalls({ genesisHash: api.genesisHash.toHex(), pair: dave, channel, model, price, gateway: base });
  });

  it('answers paid calls at once, each with its receipt', { timeout: 60_000 }, async () => {
    for (let i = 0; i < 30; i += 1) {
      const input = `a great film ${i}`;
      const answer = await calls.call(input);
      assert.equal(answer.output.label, 'positive');
      assert.equal(answer.receipt.call, i + 1);
      assert.equal(answer.receipt.input_hash, blake2AsHex(input, 256));
    }
    assert.equal(calls.calls, 30);
  });

  it('refuses a tampered voucher, a replayed one and one without a header, with clear HTTP errors', async () => {
    const { dave, eve } = accounts;
    const { voucher } = calls.next();
    const signature = signVoucher(dave, voucher);
    // Changed after signing (here its receipts root): 401 bad_signature.
    const signedOther = signVoucher(dave, { ...voucher, receiptsRoot: blake2AsHex('other', 256) });
    await assert.rejects(calls.call('x', { header: voucherHeader(voucher, signedOther) }),
      (e) => e instanceof GatewayError && e.status === 401 && e.code === 'bad_signature');
    // Changed after signing (its amount): the signature is checked before the order, 401.
    const lowered = { ...voucher, amount: voucher.amount - 1n };
    await assert.rejects(calls.call('x', { header: voucherHeader(lowered, signature) }),
      (e) => e instanceof GatewayError && e.status === 401 && e.code === 'bad_signature');
    // Signed by someone else.
    const forged = voucherHeader(voucher, signVoucher(eve, voucher));
    await assert.rejects(calls.call('x', { header: forged }),
      (e) => e instanceof GatewayError && e.status === 401 && e.code === 'bad_signature');
    // The last call's voucher again: 409 with what the next one must be.
    const replay = { ...voucher, amount: voucher.amount - price, calls: voucher.calls - 1 };
    await assert.rejects(calls.call('x', { header: voucherHeader(replay, signVoucher(dave, replay)) }),
      (e) => e instanceof GatewayError && e.status === 409 && e.code === 'voucher_out_of_order'
        && e.expected.calls === 31 && BigInt(e.expected.amount) === 31n * price);
    const res = await fetch(`${base}/v1/models/${model}/calls`, { method: 'POST', body: '{"input":"x"}' });
    assert.equal(res.status, 402);
    assert.equal((await res.json()).error.code, 'no_voucher');
    const garbage = await fetch(`${base}/v1/models/${model}/calls`,
      { method: 'POST', body: '{"input":"x"}', headers: { 'x-lineage-voucher': '0x1234' } });
    assert.equal(garbage.status, 400);
    assert.equal(calls.calls, 30, 'nothing refused was charged');
  });

  it('refuses a call above the channel\'s funds until the caller tops it up', { timeout: 60_000 }, async () => {
    const { dave } = accounts;
    for (let i = 0; i < 5; i += 1) await calls.call(`great ${i}`);
    await assert.rejects(calls.call('one too many'),
      (e) => e instanceof GatewayError && e.status === 402 && e.code === 'over_deposit');
    assert.equal(await topUpChannel(api, dave, { channel, amount: price * 72n }), price * 107n);
    // The gateway sees the top-up at its next read of the chain (once a block).
    await until(async () => {
      try {
        await calls.call('after the top-up');
        return true;
      } catch (e) {
        if (e.code !== 'over_deposit') throw e;
        return false;
      }
    }, 20, 'the top-up to reach the gateway');
    assert.equal(calls.calls, 36);
  });

  it('loses no acknowledged call when SIGKILLed under load, and charges none twice', { timeout: 120_000 }, async () => {
    let acknowledged = calls.calls;
    let stopped = false;
    const load = (async () => {
      while (!stopped && calls.calls < CALLS) {
        try {
          await calls.call(`awful ${calls.calls}`);
          acknowledged = calls.calls;
        } catch {
          return;
        }
      }
    })();
    await until(() => acknowledged >= 50, 30, 'calls under load');
    gateway.kill('SIGKILL');
    stopped = true;
    await load;
    if (gateway.exitCode === null && gateway.signalCode === null) await new Promise((r) => gateway.once('exit', r));
    gateway = await startGateway({ model, dir, port });
    await calls.resume();
    // Every acknowledged call is in the ledger; at most the one in flight was recorded unanswered.
    assert.ok(calls.calls === acknowledged || calls.calls === acknowledged + 1,
      `the gateway accepted ${calls.calls} calls, ${acknowledged} were acknowledged`);
    while (calls.calls < CALLS) await calls.call(`great ${calls.calls}`);
    assert.equal(calls.calls, CALLS);
  });

  it('claims every call on-chain, once, split exactly as the chain quotes', { timeout: 120_000 }, async () => {
    const view = await until(async () => {
      const v = (await api.call.callChannelsApi.channel(channel)).unwrap();
      return v.claimedCalls.toNumber() === CALLS ? v : null;
    }, 60, 'the claim loop to claim 100 calls');
    assert.equal(view.claimed.toBigInt(), price * BigInt(CALLS));
    // The events subscription may deliver the claim's block a moment after the state call saw it.
    const claimedCalls = () => ofChannel('ChannelClaimed').filter((d) => d.channel.toBigInt() === channel)
      .reduce((n, d) => n + d.calls.toNumber(), 0);
    await until(async () => claimedCalls() >= CALLS, 20, 'the claim\'s events');
    const claims = ofChannel('ChannelClaimed').filter((d) => d.channel.toBigInt() === channel);
    assert.equal(claims.reduce((s, d) => s + d.amount.toBigInt(), 0n), price * BigInt(CALLS), 'nothing claimed twice');
    assert.equal(claims.reduce((s, d) => s + d.calls.toNumber(), 0), CALLS);
    const settled = ofChannel('ClaimsSettled').filter((d) => d.model.toNumber() === model);
    assert.ok(settled.length >= 1);
    for (const s of settled) {
      const amount = s.amount.toBigInt();
      assert.equal(s.protocolFee.toBigInt() + s.toProvider.toBigInt() + s.toAncestors.toBigInt() + s.toModel.toBigInt(),
        amount, 'each split adds up to the unit');
      const quote = (await api.call.callChannelsApi.quoteClaim(channel, amount)).asOk;
      assert.equal(s.toProvider.toBigInt(), quote.toProvider.toBigInt());
      assert.equal(s.protocolFee.toBigInt(), quote.protocolFee.toBigInt());
    }
    assert.equal(settled.reduce((t, s) => t + s.amount.toBigInt(), 0n), price * BigInt(CALLS));
  });

  it('proves a call was paid from its receipt, its proof and the chain', { timeout: 30_000 }, async () => {
    // The gateway learns of its claim when the claim's block comes back to it (or at the next
    // block's read), which may be a moment after this test saw the block's events.
    await until(async () => (await (await fetch(`${base}/v1/channels/${channel}`)).json()).claimed?.calls === CALLS,
      20, 'the gateway to see its claim');
    const res = await fetch(`${base}/v1/channels/${channel}/receipts/50`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.claimed, true);
    assert.equal(body.tree_size, CALLS - 1);
    const r = body.receipt;
    const receipt = { channel: r.channel, call: r.call, inputHash: r.input_hash, outputHash: r.output_hash, amount: BigInt(r.amount) };
    assert.ok((await api.call.callChannelsApi.receiptClaimed(receipt, body.proof)).isTrue);
    const forged = { ...receipt, outputHash: blake2AsHex('forged', 256) };
    assert.ok((await api.call.callChannelsApi.receiptClaimed(forged, body.proof)).isFalse);
    assert.equal((await fetch(`${base}/v1/channels/${channel}/receipts/${CALLS + 5}`)).status, 404);
  });

  it('lets a custodial API key call without a wallet: the gateway opens and signs for its account', { timeout: 60_000 }, async () => {
    const { eve } = accounts;
    const custodial = (input, key = 'key-eve') => fetch(`${base}/v1/models/${model}/calls`, {
      method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ input }),
    });
    for (let i = 1; i <= 3; i += 1) {
      const res = await custodial(`great ${i}`);
      const body = await res.json();
      assert.equal(res.status, 200, JSON.stringify(body));
      assert.equal(body.receipt.call, i);
    }
    const mine = await api.call.callChannelsApi.channelsOfCaller(eve.address, null, 16);
    const opened = mine.find((v) => v.model.toNumber() === model);
    assert.ok(opened, 'a channel was opened for the key\'s account');
    await until(async () => (await api.call.callChannelsApi.channel(opened.id)).unwrap().claimedCalls.toNumber() === 3,
      30, 'the custodial calls to be claimed');
    // An account that cannot fund a channel: 402.
    const broke = await custodial('great', 'key-broke');
    assert.equal(broke.status, 402);
    assert.equal((await broke.json()).error.code, 'out_of_funds');
    // A key capped at 2.5 calls: its channel holds no more than the key may spend, two calls are
    // served and the third is refused before anything more is opened or topped up.
    const { charlie } = accounts;
    for (let i = 0; i < 2; i += 1) assert.equal((await custodial(`great ${i}`, 'key-capped')).status, 200);
    const capped = await custodial('great', 'key-capped');
    assert.equal(capped.status, 402);
    assert.equal((await capped.json()).error.code, 'spending_cap_reached');
    const charlies = (await api.call.callChannelsApi.channelsOfCaller(charlie.address, null, 16))
      .filter((v) => v.model.toNumber() === model);
    assert.equal(charlies.length, 1);
    assert.equal(charlies[0].deposit.toBigInt(), (price * 5n) / 2n);
  });

  it('takes no calls on a channel paying another provider, so it never serves what it cannot claim', { timeout: 60_000 }, async () => {
    const { alice, bob, eve, ferdie } = accounts;
    // The owner points the offering at Eve for a moment; Alice opens a channel at those terms.
    const offer = (provider) => submit(api, api.tx.modelInvocation.setOffering(model, price, provider, percent(30), 20), bob);
    await offer(eve.address);
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    let theirs;
    try {
      theirs = await openChannel(api, alice, { model, deposit: price * 5n, expiresAt: head + 600 });
    } finally {
      await offer(ferdie.address);
    }
    assert.equal(theirs.provider, eve.address);
    const foreign = new ChannelCalls({ genesisHash: api.genesisHash.toHex(), pair: alice, channel: theirs.channel, model, price, gateway: base });
    // Whether the gateway has read the channel list since (402 unknown_channel) or looks it up
    // (400 wrong_provider), the call is refused and nothing is answered or charged.
    await assert.rejects(foreign.call('a great film'),
      (e) => e instanceof GatewayError && ['wrong_provider', 'unknown_channel'].includes(e.code));
    const startBlock = (await api.rpc.chain.getHeader()).number.toNumber();
    await until(async () => (await api.rpc.chain.getHeader()).number.toNumber() >= startBlock + 2, 30, 'two blocks');
    await assert.rejects(foreign.call('a great film'),
      (e) => e instanceof GatewayError && ['wrong_provider', 'unknown_channel'].includes(e.code));
    assert.equal((await api.call.callChannelsApi.channel(theirs.channel)).unwrap().claimedCalls.toNumber(), 0);
    assert.equal((await (await fetch(`${base}/v1/channels/${theirs.channel}`)).json()).error?.code, 'unknown_channel');
  });

  it('closes: the rest goes back to the caller to the unit', { timeout: 60_000 }, async () => {
    const { dave, ferdie } = accounts;
    const held = await reserved(dave.address);
    assert.equal(await closeChannel(api, ferdie, channel), price * 7n);
    const recordDeposit = api.consts.callChannels.channelDeposit.toBigInt();
    assert.equal(held - await reserved(dave.address), price * 7n + recordDeposit);
    // A call on the closed channel is refused.
    await until(async () => (await (await fetch(`${base}/v1/channels/${channel}`)).json()).open === false, 20,
      'the gateway to see the close');
    await assert.rejects(calls.call('late'), (e) => e instanceof GatewayError && e.status === 402);
  });
});
