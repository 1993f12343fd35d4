// OpenAI's API on lineage-gateway, against a real dev node and a real OpenAI-compatible model
// server (llama.cpp, through llama-cpp-python, serving a tiny Llama model this suite writes):
// the official `openai` npm and Python SDKs, pointed at the gateway, call both an upstream
// model and the embedded classifier — chat, streamed chat, completions, embeddings — paid by a
// custodial key or by the caller's own channel vouchers; every answer's receipt matches what was
// produced; errors come as the SDKs expect (401, 402, 404, 502); an upstream whose weights are
// not the registered asset's is refused at start-up; every paid call is claimed on-chain once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import OpenAI from 'openai';
import {
  blake2AsHex, ChannelCalls, connect, devAccounts, eventOf, openChannel, percent, submit, token, tokenCharge,
} from '@lineage/client';
import { WS_URL } from '@lineage/client/node';
import { freePort, runGateway, startGateway, until } from '../lib/gateway.js';
import { runPython, startUpstream, tinyModel, UPSTREAM_DIR } from '../lib/upstream.js';

let api;
let accounts;
let dir;
let price;
let upstream;
let upstreamPort;
let gguf;
let gateway;
let base;
let tiny;
let classifier;
let config;
/** The npm SDK with the custodial key. */
let sdk;

/** blake2-256 of vectors as little-endian f32s, in order (what an embeddings receipt covers). */
function vectorsHash(vectors) {
  const floats = Float32Array.from(vectors.flat());
  return blake2AsHex(new Uint8Array(floats.buffer), 256);
}

before(async () => {
  api = await connect(WS_URL);
  accounts = await devAccounts(api.registry.chainSS58);
  price = token(api).unit / 100n;
  dir = await mkdtemp(path.join(tmpdir(), 'lineage-gateway-openai-'));
  await writeFile(`${dir}/keys.json`, JSON.stringify({
    'key-eve': '//Eve', 'key-broke': `//Broke${Date.now()}`, 'key-charlie': '//Charlie',
  }));
  gguf = await tinyModel(`${dir}/tiny.gguf`);
  upstreamPort = await freePort();
  upstream = await startUpstream({ gguf, port: upstreamPort, dir });
});

after(async () => {
  gateway?.kill('SIGKILL');
  upstream?.kill('SIGKILL');
  await api?.disconnect();
});

describe('lineage-gateway: OpenAI\'s API, with the official SDKs', () => {
  it('serves a registered GGUF model from llama.cpp\'s server and the embedded classifier', { timeout: 120_000 }, async () => {
    const { alice, ferdie, bob } = accounts;
    const licence = { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(10) };
    const registered = await submit(api, api.tx.assetRegistry.registerAsset('Dataset',
      blake2AsHex(`openai-corpus-${Date.now()}`, 256), 'ipfs://corpus', licence, [], null), alice);
    const dataset = eventOf(api, registered.events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();
    // The classifier, registered by the gateway's own command.
    await writeFile(`${dir}/model.json`, JSON.stringify({
      kind: 'lineage-multinomial-naive-bayes-v1', task: Date.now(), dataset, classes: ['positive', 'negative'],
      class_docs: [1, 1], class_tokens: [2, 2], vocabulary: { great: [2, 0], loved: [2, 0], awful: [0, 2] },
    }));
    const out = await runGateway(['register', '--rpc', WS_URL, '--model-file', `${dir}/model.json`, '--price', '0.01',
      '--provider', ferdie.address, '--provider-share', '30'], { LINEAGE_SURI: '//Bob' });
    assert.equal(out.code, 0, out.stderr);
    classifier = JSON.parse(out.stdout).model;
    // The GGUF file, registered as a model trained on the dataset: its content hash is the file's.
    const weights = await readFile(gguf);
    const asset = await submit(api, api.tx.assetRegistry.registerAsset('Model', blake2AsHex(weights, 256),
      'file://tiny.gguf', licence, [[dataset, 'TrainedOn']], null), bob);
    tiny = eventOf(api, asset.events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();
    await submit(api, api.tx.modelInvocation.setOffering(tiny, price, ferdie.address, percent(30), 20), bob);

    config = `${dir}/gateway.toml`;
    await writeFile(config, [
      'api_keys = "keys.json"',
      '[[model]]', `asset = ${classifier}`, 'name = "sentiment"', 'file = "model.json"',
      '[[model]]', `asset = ${tiny}`, 'name = "tiny-llama"',
      '[model.upstream]', `url = "http://127.0.0.1:${upstreamPort}/v1"`, 'model = "tiny"', 'weights = "tiny.gguf"',
      'timeout_secs = 60', '',
    ].join('\n'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    gateway = await startGateway({ dir, port, config });
    sdk = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'key-eve', maxRetries: 0 });
    const names = [];
    for await (const m of sdk.models.list()) names.push(m.id);
    assert.deepEqual(names.sort(), ['sentiment', 'tiny-llama']);
    const one = await sdk.models.retrieve('tiny-llama');
    assert.equal(one.lineage.asset, tiny);
    assert.equal(one.lineage.content_hash, blake2AsHex(weights, 256));
  });

  it('refuses to serve an upstream whose weights are not the registered asset\'s', { timeout: 60_000 }, async () => {
    const other = Buffer.from(await readFile(gguf));
    other[other.length - 1] ^= 1;
    await writeFile(`${dir}/tampered.gguf`, other);
    const tampered = `${dir}/tampered.toml`;
    await writeFile(tampered, (await readFile(config, 'utf8')).replace('weights = "tiny.gguf"', 'weights = "tampered.gguf"'));
    const port = await freePort();
    const refused = await runGateway(['serve', '--rpc', WS_URL, '--config', tampered, '--listen', `127.0.0.1:${port}`,
      '--data-dir', `${dir}/tampered-data`], { LINEAGE_PROVIDER_SURI: '//Ferdie' });
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, new RegExp(`refusing to serve model #${tiny} .*registered content_hash`));
    // The right weights, but the upstream serves them under another name than the config says.
    const misnamed = `${dir}/misnamed.toml`;
    await writeFile(misnamed, (await readFile(config, 'utf8')).replace('model = "tiny"', 'model = "other"'));
    const wrong = await runGateway(['serve', '--rpc', WS_URL, '--config', misnamed, '--listen', `127.0.0.1:${port}`,
      '--data-dir', `${dir}/misnamed-data`], { LINEAGE_PROVIDER_SURI: '//Ferdie' });
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /serves \["tiny"\], not "other"/);
  });

  it('answers chat, a streamed chat, completions and embeddings through the npm SDK, each with its receipt', { timeout: 120_000 }, async () => {
    const chat = await sdk.chat.completions.create({
      model: 'sentiment', messages: [{ role: 'user', content: 'a great film, loved it' }],
    });
    assert.equal(chat.object, 'chat.completion');
    assert.equal(chat.model, 'sentiment');
    assert.equal(chat.choices[0].message.content, 'positive');
    assert.equal(chat.lineage.prediction.label, 'positive');
    assert.equal(chat.lineage.receipt.output_hash, blake2AsHex('positive', 256));
    assert.equal(BigInt(chat.lineage.receipt.amount), price);
    assert.ok(chat.usage.prompt_tokens > 0);

    const stream = await sdk.chat.completions.create({
      model: 'tiny-llama', messages: [{ role: 'user', content: 'tell me about lineage' }], max_tokens: 12, stream: true,
    });
    let text = '';
    let last;
    for await (const chunk of stream) {
      assert.equal(chunk.object, 'chat.completion.chunk');
      assert.equal(chunk.model, 'tiny-llama');
      for (const c of chunk.choices) text += c.delta?.content ?? '';
      last = chunk;
    }
    assert.ok(last.lineage, 'the last event carries the receipt');
    assert.equal(last.lineage.asset, tiny);
    assert.equal(last.lineage.receipt.output_hash, blake2AsHex(text, 256), 'the receipt covers exactly what was streamed');

    const done = await sdk.completions.create({ model: 'tiny-llama', prompt: 'the chain', max_tokens: 6 });
    assert.equal(done.object, 'text_completion');
    assert.equal(done.lineage.receipt.output_hash, blake2AsHex(done.choices[0].text, 256));
    assert.ok(done.usage.completion_tokens >= 1, `the upstream's usage is passed on: ${JSON.stringify(done.usage)}`);

    // The SDK asks for base64 vectors and decodes them; the receipt covers them as f32s.
    const emb = await sdk.embeddings.create({ model: 'tiny-llama', input: ['good data', 'bad data'] });
    assert.equal(emb.data.length, 2);
    assert.equal(emb.data[0].embedding.length, 64);
    assert.equal(emb.lineage.receipt.output_hash, vectorsHash(emb.data.map((d) => d.embedding)));
    const floats = await sdk.embeddings.create({ model: 'sentiment', input: 'awful', encoding_format: 'float' });
    assert.equal(floats.data[0].embedding.length, 2, 'the classifier\'s embedding is its class probabilities');
    assert.ok(floats.data[0].embedding[1] > floats.data[0].embedding[0]);
    assert.equal(floats.lineage.receipt.output_hash, vectorsHash([floats.data[0].embedding]));
  });

  it('runs a custodial key\'s concurrent calls at once, each lane on a channel of its own', { timeout: 120_000 }, async () => {
    // Four calls at once with one key: the gateway's lanes (4 by default) each take a channel of
    // the key's; none is refused as busy, and every receipt is its channel's next call.
    const answers = await Promise.all([0, 1, 2, 3].map((i) => sdk.chat.completions.create({
      model: 'tiny-llama', messages: [{ role: 'user', content: `call ${i}` }], max_tokens: 4,
    })));
    const channels = new Set(answers.map((a) => a.lineage.receipt.channel));
    assert.ok(channels.size >= 2, `the calls ran on ${channels.size} channel(s)`);
    for (const a of answers) assert.equal(a.lineage.receipt.output_hash, blake2AsHex(a.choices[0].message.content, 256));
  });

  it('takes the caller\'s own vouchers through the SDK, and charges nothing when the upstream is down', { timeout: 120_000 }, async () => {
    const { dave } = accounts;
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const { channel } = await openChannel(api, dave, { model: tiny, deposit: price * 10n, expiresAt: head + 600 });
    const calls = new ChannelCalls({ genesisHash: api.genesisHash.toHex(), pair: dave, channel, model: tiny, price, gateway: base });
    const caller = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'vouchers-only', maxRetries: 0 });
    // The gateway learns of the channel within a block.
    const first = await until(async () => {
      try {
        return await caller.chat.completions.create({ model: 'tiny-llama', messages: [{ role: 'user', content: 'hi' }], max_tokens: 4 },
          { headers: { 'x-lineage-voucher': calls.next().header } });
      } catch (e) {
        if (e.status === 402 && e.error?.code === 'unknown_channel') return null;
        throw e;
      }
    }, 20, 'the channel to reach the gateway');
    calls.accept(first.lineage, null, blake2AsHex(first.choices[0].message.content, 256));
    // A call whose body we send ourselves: its receipt's input hash is the body's.
    const body = JSON.stringify({ model: 'tiny-llama', prompt: 'data', max_tokens: 3 });
    const res = await fetch(`${base}/v1/completions`, {
      method: 'POST', body, headers: { 'content-type': 'application/json', 'x-lineage-voucher': calls.next().header },
    });
    assert.equal(res.status, 200);
    assert.ok(res.headers.get('x-request-id'));
    const raw = await res.json();
    calls.accept(raw.lineage, blake2AsHex(body, 256));
    assert.equal(raw.lineage.request_id, res.headers.get('x-request-id'));

    // The upstream goes away: 502, and the voucher is not used up.
    upstream.kill('SIGKILL');
    await new Promise((r) => upstream.once('exit', r));
    const next = calls.next().header;
    await assert.rejects(
      caller.chat.completions.create({ model: 'tiny-llama', messages: [{ role: 'user', content: 'hi' }] },
        { headers: { 'x-lineage-voucher': next } }),
      (e) => e instanceof OpenAI.InternalServerError && e.status === 502 && e.error?.code === 'upstream_unavailable',
    );
    const seen = await (await fetch(`${base}/v1/channels/${channel}`)).json();
    assert.equal(seen.accepted.calls, 2, 'the failed call was not charged');
    // A load balancer in front sees it: /healthz is 503 while the upstream is down.
    const health = await fetch(`${base}/healthz`);
    assert.equal(health.status, 503);
    assert.equal((await health.json()).error.code, 'upstream_unreachable');
    upstream = await startUpstream({ gguf, port: upstreamPort, dir });
    // (/healthz answers from a check at most a second old.)
    await until(async () => (await fetch(`${base}/healthz`)).status === 200, 5, '/healthz to see the upstream back');
    const again = await caller.chat.completions.create({ model: 'tiny-llama', messages: [{ role: 'user', content: 'hi' }], max_tokens: 4 },
      { headers: { 'x-lineage-voucher': next } });
    calls.accept(again.lineage);

    // Every call is claimed on-chain once: 3 calls at the offering's price.
    const view = await until(async () => {
      const v = (await api.call.callChannelsApi.channel(channel)).unwrap();
      return v.claimedCalls.toNumber() === 3 ? v : null;
    }, 60, 'the claim loop to claim the channel');
    assert.equal(view.claimed.toBigInt(), price * 3n);
  });

  it('maps errors as the SDK expects: 401 bad key, 402 out of funds, 404 unknown model, 400 nothing to answer or too much asked', { timeout: 60_000 }, async () => {
    const stranger = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'not-a-key', maxRetries: 0 });
    await assert.rejects(stranger.chat.completions.create({ model: 'sentiment', messages: [{ role: 'user', content: 'hi' }] }),
      (e) => e instanceof OpenAI.AuthenticationError && e.status === 401);
    const broke = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'key-broke', maxRetries: 0 });
    await assert.rejects(broke.chat.completions.create({ model: 'sentiment', messages: [{ role: 'user', content: 'great' }] }),
      (e) => e.status === 402 && e.error?.code === 'out_of_funds');
    await assert.rejects(sdk.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }),
      (e) => e instanceof OpenAI.NotFoundError && e.error?.code === 'model_not_found');
    await assert.rejects(sdk.chat.completions.create({ model: 'sentiment', messages: [{ role: 'user', content: '   ' }] }),
      (e) => e instanceof OpenAI.BadRequestError && e.status === 400);
    // More than one call's work at one call's price: several choices, or more tokens than the
    // model's limit (4,096 by default), refused before anything is paid.
    for (const ask of [{ n: 2 }, { max_tokens: 100_000 }]) {
      await assert.rejects(sdk.chat.completions.create({ model: 'tiny-llama', messages: [{ role: 'user', content: 'hi' }], ...ask }),
        (e) => e instanceof OpenAI.BadRequestError && e.error?.code === 'bad_request');
    }
  });

  it('works with the official Python SDK, unchanged but for its base URL', { timeout: 180_000 }, async () => {
    const ran = await runPython([path.join(UPSTREAM_DIR, 'sdk_check.py'), base, 'key-eve', 'tiny-llama', 'sentiment']);
    assert.equal(ran.code, 0, ran.stderr);
    const out = JSON.parse(ran.stdout);
    assert.deepEqual(out.models, ['sentiment', 'tiny-llama']);
    assert.equal(out.chat.lineage.receipt.output_hash, blake2AsHex(out.chat.content, 256));
    assert.equal(out.stream.object, 'chat.completion.chunk');
    assert.equal(out.stream.lineage.receipt.output_hash, blake2AsHex(out.stream.content, 256));
    assert.deepEqual([out.embeddings.count, out.embeddings.dims], [2, 64]);
    assert.equal(out.classified.text, 'positive');
    assert.deepEqual(out.errors, { bad_key: 401, unknown_model: 404 });
  });

  it('prices per token: each call is charged its tokens at the channel\'s prices, and exactly that is claimed on-chain', { timeout: 180_000 }, async () => {
    const { bob, dave } = accounts;
    // Prices that leave remainders, so the rounding (up, once per call) is checked too.
    const prices = { per1kInput: price / 7n, per1kOutput: price + 13n };
    await submit(api, api.tx.modelInvocation.setTokenPrices(tiny, prices.per1kInput, prices.per1kOutput), bob);
    const offering = (await api.call.modelInvocationApi.offering(tiny)).unwrap();
    assert.equal(offering.tokenPrices.per1kOutput.toBigInt(), prices.per1kOutput);
    // The per-call escrow cannot be used to skip the tokens.
    await assert.rejects(submit(api, api.tx.modelInvocation.invoke(tiny, blake2AsHex('x', 256), price, offering.terms), dave),
      /modelInvocation\.PricedPerToken/);
    await until(async () => {
      const listed = (await (await fetch(`${base}/v1/models`)).json()).models.find((m) => m.id === tiny);
      return listed.token_prices?.per_1k_output === prices.per1kOutput.toString() ? listed : null;
    }, 10, 'the gateway to list the token prices');

    // A custodial key with no channel yet opens one at these terms.
    const charlie = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'key-charlie', maxRetries: 0 });
    const whole = await charlie.chat.completions.create({
      model: 'tiny-llama', messages: [{ role: 'user', content: 'count my tokens' }], max_tokens: 8,
    });
    const r1 = whole.lineage.receipt;
    // The upstream's own count is what is charged.
    assert.deepEqual([r1.input_tokens, r1.output_tokens], [whole.usage.prompt_tokens, whole.usage.completion_tokens]);
    assert.equal(BigInt(r1.amount), tokenCharge(price, prices, r1.input_tokens, r1.output_tokens));
    const custodial = r1.channel;
    // Streamed: llama.cpp's server counts nothing in streams, so the gateway counts the events
    // with text as the answer's tokens and the request's bytes as its input.
    const stream = await charlie.chat.completions.create({
      model: 'tiny-llama', messages: [{ role: 'user', content: 'and now stream' }], max_tokens: 6, stream: true,
    });
    let last;
    let events = 0;
    for await (const chunk of stream) {
      if (chunk.choices.some((c) => c.delta?.content)) events += 1;
      last = chunk;
    }
    const r2 = last.lineage.receipt;
    assert.equal(r2.output_tokens, events);
    assert.equal(BigInt(r2.amount), tokenCharge(price, prices, r2.input_tokens, r2.output_tokens));

    // Dave's own channel, opened at the new terms, with his own vouchers: each a ceiling.
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const { channel } = await openChannel(api, dave, { model: tiny, deposit: price * 100n, expiresAt: head + 600 });
    const calls = new ChannelCalls({
      genesisHash: api.genesisHash.toHex(), pair: dave, channel, model: tiny, price, tokenPrices: prices, gateway: base,
    });
    const body = JSON.stringify({ model: 'tiny-llama', prompt: 'metered', max_tokens: 5 });
    const post = (header) => fetch(`${base}/v1/completions`, {
      method: 'POST', body, headers: { 'content-type': 'application/json', 'x-lineage-voucher': header },
    });
    const needed = calls.reserveFor(Buffer.byteLength(body), 5);
    // A reserve below the request's most is refused, and nothing is charged.
    const low = await until(async () => {
      const res = await post(calls.next(needed - 1n).header);
      const answer = await res.json();
      return answer.error?.code === 'unknown_channel' ? null : [res.status, answer];
    }, 20, 'the channel to reach the gateway');
    assert.deepEqual([low[0], low[1].error.code], [402, 'reserve_too_low']);
    const paidReceipts = [];
    for (let i = 0; i < 2; i += 1) {
      const res = await post(calls.next(needed).header);
      assert.equal(res.status, 200);
      const answer = await res.json();
      calls.accept(answer.lineage, blake2AsHex(body, 256));
      const r = answer.lineage.receipt;
      assert.deepEqual([r.input_tokens, r.output_tokens], [answer.usage.prompt_tokens, answer.usage.completion_tokens]);
      assert.ok(BigInt(r.amount) < needed, 'charged its tokens, not the ceiling');
      paidReceipts.push(BigInt(r.amount));
    }
    // The claim loop claims the last voucher with its last call's receipt: exactly what was
    // charged, to the unit, on both channels.
    const charged = paidReceipts[0] + paidReceipts[1];
    assert.equal(calls.amount, charged);
    for (const [id, amount] of [[BigInt(channel), charged], [BigInt(custodial), BigInt(r1.amount) + BigInt(r2.amount)]]) {
      await until(async () => {
        const v = (await api.call.callChannelsApi.channel(id)).unwrap();
        return v.claimed.toBigInt() === amount ? v : null;
      }, 60, `channel ${id} to be claimed at ${amount}`);
    }
  });
});
