// Channel claims on-chain next to transfers, on one dev node in one run: pre-signed
// transfer_keep_alive, then pre-signed `claim`s (one voucher each, submitted by the callers) at 1,
// 10 and 100 calls per claim, then `claim_batch`es of MaxClaimBatch vouchers (submitted by the
// provider) at 100 calls per claim. Rates come from block contents: ChannelClaimed events (or our
// transfers) over the on-chain time of the blocks that hold them. Run by scripts/bench-channels.sh
// against a fresh dev node.
//   LINEAGE_CALLS=4000 LINEAGE_SENDERS=200 node perf/channels-chain.js
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { connect, eventOf, percent, ReceiptFrontier, signVoucher, submit, token } from '@lineage/client';
import { WS_URL } from '@lineage/client/node';
import { blockTimestamp, blocks } from './blocks.js';

const CLAIMS = Number(process.env.LINEAGE_CALLS ?? 4000);
const SENDERS = Number(process.env.LINEAGE_SENDERS ?? 200);
const log = (...a) => console.error(`[channels-chain ${new Date().toISOString().slice(11, 19)}]`, ...a);

const api = await connect(WS_URL);
const { unit: UNIT } = token(api);
const PRICE = UNIT / 1000n;
await cryptoWaitReady();
const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 });
const alice = keyring.addFromUri('//Alice');
const bob = keyring.addFromUri('//Bob');
const ferdie = keyring.addFromUri('//Ferdie');
const senders = Array.from({ length: SENDERS }, (_, i) => keyring.addFromUri(`//channel-bench//${i}`));
const salt = `${Date.now()}`;
const { presign, submitAll, scanBlocks, timestampAt, measureInclusion } = blocks(api);
const genesisHash = api.genesisHash.toHex();
const empty = u8aToHex(new ReceiptFrontier().root());

async function setup() {
  log(`setup: ${SENDERS} callers, a three-level lineage, a channel per caller`);
  await measureInclusion(await presign(senders.map((s) => [alice, api.tx.balances.transferKeepAlive(s.address, 1_000n * UNIT)])));
  const register = async (kind, name, parents) => {
    const tx = api.tx.assetRegistry.registerAsset(kind, blake2AsHex(`${name}${salt}`, 256), `ipfs://${name}`,
      { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(2) }, parents, null);
    const { events } = await submit(api, tx, bob);
    return eventOf(api, events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();
  };
  const root = await register('Dataset', 'root', []);
  const derived = await register('Dataset', 'derived', [[root, 'DerivedFrom']]);
  const model = await register('Model', 'model', [[derived, 'TrainedOn']]);
  await submit(api, api.tx.modelInvocation.setOffering(model, PRICE, ferdie.address, percent(20), 600), bob);
  const { terms } = (await api.call.modelInvocationApi.offering(model)).unwrap();
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  await measureInclusion(await presign(senders.map((s) =>
    [s, api.tx.callChannels.openChannel(model, 100n * UNIT, head + 20_000, terms)])));
  const channels = [];
  for (const caller of senders) {
    const [view] = (await api.call.callChannelsApi.channelsOfCaller(caller.address, null, 16))
      .filter((v) => v.model.toNumber() === model);
    if (!view) throw new Error(`${caller.address} has no channel`);
    channels.push({ caller, id: view.id.toBigInt(), amount: 0n, calls: 0 });
  }
  return { model, channels };
}

/** The next voucher of `channel` covering `calls` more calls, signed by its caller. */
function nextVoucher(channel, calls) {
  channel.amount += PRICE * BigInt(calls);
  channel.calls += calls;
  const voucher = { genesisHash, channel: channel.id, amount: channel.amount, calls: channel.calls, receiptsRoot: empty };
  return { voucher, signature: signVoucher(channel.caller, voucher) };
}

/** Submit `signed` and count `ChannelClaimed` events until `expected` (or a failure per item). */
async function measureClaims(signed, expected) {
  const start = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
  const times = new Map([[start - 1, await timestampAt(start - 1)]]);
  const submitting = submitAll(signed);
  let claimed = 0;
  let failed = 0;
  let first = null;
  let last = null;
  await scanBlocks(start, (n, block, events) => {
    times.set(n, blockTimestamp(block));
    for (const { event } of events) {
      if (api.events.callChannels.ChannelClaimed.is(event)) {
        claimed += 1;
        if (first === null) first = n;
        last = n;
      }
      if (api.events.callChannels.ClaimFailed.is(event) || api.events.system.ExtrinsicFailed.is(event)) failed += 1;
    }
  }, () => claimed + failed >= expected);
  await submitting;
  const seconds = (times.get(last) - times.get(first - 1)) / 1000;
  return { claimed, failed, blocks: last - first + 1, seconds, per_second: claimed / seconds };
}

async function claimsPhase(channels, callsPerClaim) {
  const perCaller = Math.ceil(CLAIMS / SENDERS);
  const txs = [];
  for (let k = 0; k < perCaller; k += 1) {
    for (const c of channels) {
      const { voucher, signature } = nextVoucher(c, callsPerClaim);
      txs.push([c.caller, api.tx.callChannels.claim(voucher, signature, null)]);
    }
  }
  const signed = await presign(txs);
  log(`claims at ${callsPerClaim} calls each: ${signed.length} pre-signed, submitting`);
  return measureClaims(signed, signed.length);
}

async function batchPhase(model, channels, callsPerClaim) {
  const max = api.consts.callChannels.maxClaimBatch.toNumber();
  const batches = [];
  let at = 0;
  for (let done = 0; done < CLAIMS; done += max) {
    const items = [];
    for (let i = 0; i < max; i += 1) {
      items.push(nextVoucher(channels[at % channels.length], callsPerClaim));
      at += 1;
    }
    batches.push([ferdie, api.tx.callChannels.claimBatch(model, items)]);
  }
  const signed = await presign(batches);
  log(`claim_batch of ${max} at ${callsPerClaim} calls each: ${signed.length} pre-signed, submitting`);
  return measureClaims(signed, signed.length * max);
}

try {
  const { model, channels } = await setup();
  if (SENDERS < api.consts.callChannels.maxClaimBatch.toNumber()) throw new Error('need at least MaxClaimBatch senders');
  const transfers = await (async () => {
    const signed = await presign(Array.from({ length: CLAIMS }, (_, i) =>
      [senders[i % SENDERS], api.tx.balances.transferKeepAlive(senders[(i + 1) % SENDERS].address, UNIT)]));
    log(`transfers: ${signed.length} pre-signed, submitting`);
    const r = await measureInclusion(signed);
    return { ...r, per_second: r.count / r.seconds };
  })();
  const phases = {};
  for (const calls of [1, 10, 100]) phases[`claim_${calls}`] = await claimsPhase(channels, calls);
  phases.claim_batch_100 = await batchPhase(model, channels, 100);
  const t = transfers.per_second;
  const row = (p, calls) => ({
    claims_per_second: +p.per_second.toFixed(1), ratio_to_transfers: +(p.per_second / t).toFixed(2),
    calls_credited_per_second: Math.round(p.per_second * calls), calls_ratio_to_transfers: +((p.per_second * calls) / t).toFixed(1),
    claims: p.claimed, failed: p.failed, blocks: p.blocks, seconds: p.seconds,
  });
  const result = {
    claims: CLAIMS,
    callers: SENDERS,
    transfers_per_second: +t.toFixed(1),
    claim_1: row(phases.claim_1, 1),
    claim_10: row(phases.claim_10, 10),
    claim_100: row(phases.claim_100, 100),
    claim_batch_100: row(phases.claim_batch_100, 100),
  };
  console.log(JSON.stringify(result, null, 2));
  if (Object.values(phases).some((p) => p.failed > 0)) process.exitCode = 1;
} finally {
  await api.disconnect();
}
