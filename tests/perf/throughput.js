// Throughput: included transfers per second vs settled model calls per second, on one node in
// one run. Run by scripts/bench-throughput.sh against a fresh dev node.
//
// Setup: a three-level lineage (dataset ← derived dataset ← model trained on it), the model with
// LINEAGE_CONTRIBUTORS contributors (default 1,000), an offering served by Ferdie, and
// LINEAGE_SENDERS funded sender accounts. Then three phases, each pre-signed before it starts:
//   transfers  LINEAGE_CALLS transfer_keep_alive, spread over the senders;
//   pairs      LINEAGE_CALLS invoke (by the senders) + complete (by the provider, one per call);
//   batched    LINEAGE_CALLS invoke + complete_batch (the provider settles up to MaxBatch per call).
// Rates come from block contents: our extrinsics (or InvocationSettled events) in the blocks that
// hold them, over the on-chain time (timestamp.set) those blocks span.
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import { Keyring } from '@polkadot/keyring';
import { connect, token } from '@lineage/client';
import { WS_URL } from '@lineage/client/node';
import { blockTimestamp, blocks } from './blocks.js';

const CALLS = Number(process.env.LINEAGE_CALLS ?? 2000);
const SENDERS = Number(process.env.LINEAGE_SENDERS ?? 100);
const CONTRIBUTORS = Number(process.env.LINEAGE_CONTRIBUTORS ?? 1000);
const log = (...a) => console.error(`[throughput ${new Date().toISOString().slice(11, 19)}]`, ...a);

const api = await connect(WS_URL);
const { unit: UNIT } = token(api);
const PRICE = UNIT / 100n;
await cryptoWaitReady();
const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 });
const alice = keyring.addFromUri('//Alice');
const bob = keyring.addFromUri('//Bob');
const ferdie = keyring.addFromUri('//Ferdie');
const senders = Array.from({ length: SENDERS }, (_, i) => keyring.addFromUri(`//bench//${i}`));
const salt = `${Date.now()}`;
const { presign, submitAll, scanBlocks, timestampAt, measureInclusion } = blocks(api);

async function setup() {
  log(`setup: ${SENDERS} senders, a three-level lineage, ${CONTRIBUTORS} contributors`);
  const fund = senders.map((s) => [alice, api.tx.balances.transferKeepAlive(s.address, 1_000n * UNIT)]);
  await measureInclusion(await presign(fund));

  const register = async (kind, name, parents) => {
    const tx = api.tx.assetRegistry.registerAsset(kind, blake2AsHex(`${name}${salt}`, 256), `ipfs://${name}`,
      { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: 20_000_000 }, parents, null);
    await measureInclusion(await presign([[bob, tx]]));
    return (await api.query.assetRegistry.nextAssetId()).toNumber() - 1;
  };
  const root = await register('Dataset', 'root', []);
  const derived = await register('Dataset', 'derived', [[root, 'DerivedFrom']]);
  const model = await register('Model', 'model', [[derived, 'TrainedOn']]);
  const table = await api.call.assetRegistryApi.royaltyTable(model);
  if (table.length !== 2) throw new Error(`expected two ancestors, got ${table.length}`);

  const records = [[bob, api.tx.contributorAttribution.setContributorPool(model, 300_000_000)]];
  for (let i = 0; i < CONTRIBUTORS; i++) {
    const who = keyring.addFromUri(`//contributor//${i}`).address;
    records.push([bob, api.tx.contributorAttribution.recordContribution(model, who, 'Data', 1 + (i % 7))]);
  }
  records.push([bob, api.tx.modelInvocation.setOffering(model, PRICE, ferdie.address, 200_000_000, 600)]);
  await measureInclusion(await presign(records));
  const totals = await api.call.contributorAttributionApi.totals(model);
  log(`model ${model}: ${totals[0].toString()} points, pool ${totals[1].toHuman()}`);
  return model;
}

async function transfersPhase() {
  const calls = Array.from({ length: CALLS }, (_, i) =>
    [senders[i % SENDERS], api.tx.balances.transferKeepAlive(senders[(i + 1) % SENDERS].address, UNIT)]);
  const signed = await presign(calls);
  log(`transfers: ${signed.length} pre-signed, submitting`);
  const r = await measureInclusion(signed);
  return { per_second: r.count / r.seconds, ...r };
}

/** invoke by the senders, then the provider's completions (one each, or batched). */
async function callsPhase(model, batch) {
  const firstId = (await api.query.modelInvocation.nextInvocationId()).toNumber();
  const ids = Array.from({ length: CALLS }, (_, i) => firstId + i);
  const { terms } = (await api.call.modelInvocationApi.offering(model)).unwrap();
  const invokes = await presign(ids.map((_, i) =>
    [senders[i % SENDERS], api.tx.modelInvocation.invoke(model, blake2AsHex(`in${i}${salt}`, 256), PRICE, terms)]));
  const maxBatch = api.consts.modelInvocation.maxBatch.toNumber();
  const groups = [];
  for (let i = 0; i < ids.length; i += batch ? maxBatch : 1) groups.push(ids.slice(i, i + (batch ? maxBatch : 1)));
  const completes = await presign(groups.map((g) => [ferdie, batch
    ? api.tx.modelInvocation.completeBatch(g.map((id) => [id, blake2AsHex(`out${id}`, 256)]))
    : api.tx.modelInvocation.complete(g[0], blake2AsHex(`out${g[0]}`, 256))]));
  log(`${batch ? 'batched' : 'pairs'}: ${invokes.length} invokes + ${completes.length} completions pre-signed, submitting`);

  const start = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
  const times = new Map([[start - 1, await timestampAt(start - 1)]]);
  const invoking = submitAll(invokes);
  // A completion may be submitted once every call it settles exists: release them in order.
  const requested = new Set();
  let released = 0;
  let settled = 0;
  let failed = 0;
  let extrinsics = 0;
  let first = null;
  let last = null;
  const mine = new Set([...invokes, ...completes].map((x) => x.hash.toHex()));
  const pending = [];
  await scanBlocks(start, (n, block, events) => {
    times.set(n, blockTimestamp(block));
    const ours = block.extrinsics.filter((x) => mine.has(x.hash.toHex())).length;
    extrinsics += ours;
    if (ours > 0 && first === null) first = n;
    for (const { event } of events) {
      if (api.events.modelInvocation.InvocationRequested.is(event)) requested.add(event.data.id.toNumber());
      if (api.events.modelInvocation.InvocationSettled.is(event)) { settled++; last = n; }
      if (api.events.modelInvocation.BatchItemFailed.is(event)) failed++;
      if (api.events.system.ExtrinsicFailed.is(event)) failed++;
    }
    while (released < groups.length && groups[released].every((id) => requested.has(id))) {
      pending.push(api.rpc.author.submitExtrinsic(completes[released]));
      released++;
    }
  }, () => settled + failed >= CALLS);
  await invoking;
  await Promise.all(pending);
  const seconds = (times.get(last) - times.get(first - 1)) / 1000;
  return { settled, failed, extrinsics, blocks: last - first + 1, seconds, per_second: settled / seconds };
}

try {
  const model = await setup();
  const transfers = await transfersPhase();
  log(`transfers: ${transfers.count} in ${transfers.blocks} blocks, ${transfers.seconds} s`);
  const pairs = await callsPhase(model, false);
  log(`pairs: ${pairs.settled} settled (${pairs.extrinsics} extrinsics) in ${pairs.blocks} blocks, ${pairs.seconds} s`);
  const batched = await callsPhase(model, true);
  log(`batched: ${batched.settled} settled (${batched.extrinsics} extrinsics) in ${batched.blocks} blocks, ${batched.seconds} s`);
  const result = {
    calls: CALLS,
    senders: SENDERS,
    contributors: CONTRIBUTORS,
    transfers_per_second: +transfers.per_second.toFixed(1),
    settled_calls_per_second_pairs: +pairs.per_second.toFixed(1),
    settled_calls_per_second_batched: +batched.per_second.toFixed(1),
    ratio_pairs: +(pairs.per_second / transfers.per_second).toFixed(2),
    ratio_batched: +(batched.per_second / transfers.per_second).toFixed(2),
    failed_calls: pairs.failed + batched.failed,
  };
  console.log(JSON.stringify(result, null, 2));
  if (result.failed_calls > 0) process.exitCode = 1;
} finally {
  await api.disconnect();
}
