// The outside audit's attacks, replayed through polkadot.js against a real dev chain: each one
// with an attacker and a victim, and the victim's money checked to the unit afterwards.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { blake2AsHex } from '@polkadot/util-crypto';
import { connect, devAccounts, eventOf, percent, submit, token } from '@lineage/client';
import { WS_URL } from '@lineage/client/node';

const salt = `${Date.now()}-${Math.random()}`;
const contentHash = (name) => blake2AsHex(`${name}:${salt}`, 256);

const api = await connect(WS_URL);
const accounts = await devAccounts(api.registry.chainSS58);
/** One LIN in base units, as the chain reports its decimals. */
const { unit: UNIT } = token(api);

after(async () => {
  await api.disconnect();
});

const licence = (royaltyPercent) => ({ commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(royaltyPercent) });

async function register(signer, kind, name, royaltyPercent, parents = [], registrationSalt = null) {
  const tx = api.tx.assetRegistry.registerAsset(kind, contentHash(name), `ipfs://${name}`, licence(royaltyPercent), parents,
    registrationSalt);
  const { events } = await submit(api, tx, signer);
  return eventOf(api, events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();
}

async function account(address) {
  const { data } = await api.query.system.account(address);
  return { free: data.free.toBigInt(), reserved: data.reserved.toBigInt() };
}

/** The fee an extrinsic's signer paid, from its events. */
function feeOf(events) {
  const paid = eventOf(api, events, 'transactionPayment', 'TransactionFeePaid');
  return paid.actualFee.toBigInt() + paid.tip.toBigInt();
}

/** A pallet account's address: `modl` + the 8-byte pallet id, zero-padded. */
async function palletAccount(id) {
  const { u8aConcat, stringToU8a } = await import('@polkadot/util');
  const { encodeAddress } = await import('@polkadot/util-crypto');
  return encodeAddress(u8aConcat(stringToU8a('modl'), stringToU8a(id), new Uint8Array(20)), api.registry.chainSS58);
}

async function claimable(who, asset) {
  const views = await api.call.royaltySplitApi.claimable(who.address);
  const view = views.find((v) => v.asset.toNumber() === asset);
  return view ? { owner: view.asOwner.toBigInt(), contributor: view.asContributor.toBigInt() } : { owner: 0n, contributor: 0n };
}

async function head() {
  return (await api.rpc.chain.getHeader()).number.toNumber();
}

describe('critical: offering assets to the royalty pot or the treasury cannot freeze their funds', () => {
  it('holds nothing on the pot or the treasury, and the victim claims every unit it is owed', async () => {
    const { alice, eve, ferdie } = accounts;
    const pot = await palletAccount('lin/roya');
    const treasury = await palletAccount('lin/trsy');
    const dataset = await register(alice, 'Dataset', 'pot-victim', 0);
    await submit(api, api.tx.royaltySplit.pay(dataset, UNIT), ferdie);
    const owed = (await claimable(alice, dataset)).owner;
    assert.ok(owed > 0n);
    const potBefore = await account(pot);
    const treasuryBefore = await account(treasury);
    // Eve registers cheap assets and pushes them at the pot and the treasury.
    for (const n of [1, 2, 3]) {
      const junk = await register(eve, 'Dataset', `junk-${n}`, 0);
      await submit(api, api.tx.assetRegistry.offerOwnership(junk, pot), eve);
      await submit(api, api.tx.assetRegistry.offerOwnership(junk, treasury), eve);
    }
    assert.deepEqual(await account(pot), potBefore, 'nothing held on the pot');
    assert.deepEqual(await account(treasury), treasuryBefore, 'nothing held on the treasury');
    const before = await account(alice.address);
    const { events } = await submit(api, api.tx.royaltySplit.claim(dataset), alice);
    assert.equal((await account(alice.address)).free - before.free, owed - feeOf(events));
  });
});

describe('critical: squatting a task\'s dataset root cannot lock its budget', () => {
  let task;
  let dataset;
  const reward = UNIT / 100n;

  it('finalises into a dataset although a stranger registered its root first; the labeller is paid to the unit', async () => {
    const { alice, charlie, eve } = accounts;
    const now = await head();
    const spec = {
      classes: ['yes', 'no'], labelsPerItem: 1, rewardPerLabel: reward, commitDeadline: now + 200, deadline: now + 300,
      commitReveal: false, licence: licence(5), contributorPool: percent(40), minReputation: -100,
      goldCommitment: null, minGoldAccuracy: 0, review: null,
    };
    const created = await submit(api, api.tx.dataLabellingTasks.createTask(spec), alice);
    task = eventOf(api, created.events, 'dataLabellingTasks', 'TaskCreated').task.toNumber();
    await submit(api, api.tx.dataLabellingTasks.addItems(task, [{ Text: `a ${salt}` }, { Text: `b ${salt}` }]), alice);
    await submit(api, api.tx.dataLabellingTasks.open(task), alice);
    await submit(api, api.tx.dataLabellingTasks.submitLabel(task, 0, 0), charlie);
    await submit(api, api.tx.dataLabellingTasks.submitLabel(task, 1, 1), charlie);
    // Eve computes the root from public state, as `finalise` will, and registers it first.
    const accepted = [];
    for (const i of [0, 1]) {
      const item = (await api.query.dataLabellingTasks.items(task, i)).unwrap();
      accepted.push([item.contentHash, item.outcome.asAccepted.toNumber()]);
    }
    const root = blake2AsHex(api.createType('(u64, Vec<(H256, u8)>)', [task, accepted]).toU8a(), 256);
    const squat = await submit(api, api.tx.assetRegistry.registerAsset('Dataset', root, 'ipfs://mine', licence(0), [], null), eve);
    const squatter = eventOf(api, squat.events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();

    const { events } = await submit(api, api.tx.dataLabellingTasks.finalise(task, null), alice);
    dataset = eventOf(api, events, 'dataLabellingTasks', 'TaskFinalised').dataset.unwrap().toNumber();
    assert.notEqual(dataset, squatter);
    const view = (await api.call.assetRegistryApi.asset(dataset)).unwrap();
    assert.equal(view.owner.toString(), alice.address);
    assert.equal(view.contentHash.toHex(), root);

    const before = await account(charlie.address);
    const claimed = await submit(api, api.tx.dataLabellingTasks.claimRewards(task), charlie);
    assert.equal((await account(charlie.address)).free - before.free, 2n * reward - feeOf(claimed.events));
  });

  it('seals the dataset: the requester can neither lower its pool nor dilute the labellers', async () => {
    const { alice, eve } = accounts;
    await assert.rejects(submit(api, api.tx.contributorAttribution.setContributorPool(dataset, 0), alice),
      /contributorAttribution\.PoolBelowFloor/);
    await assert.rejects(
      submit(api, api.tx.contributorAttribution.recordContribution(dataset, eve.address, 'Label', 1_000_000), alice),
      /contributorAttribution\.ContributorsSealed/);
  });
});

describe('high: a front-runner copying a registration loses the hash to the earlier commitment', () => {
  it('gives the hash to the committer, shows its commitment block, and returns its commitment deposit', async () => {
    const { bob, eve } = accounts;
    const hash = contentHash('front-run-model');
    const secret = blake2AsHex(`secret:${salt}`, 256);
    const commitment = blake2AsHex(api.createType('(H256, AccountId32, H256)', [hash, bob.address, secret]).toU8a(), 256);
    const committed = await submit(api, api.tx.assetRegistry.commitRegistration(commitment), bob);
    const commitBlock = (await api.rpc.chain.getHeader(committed.blockHash)).number.toNumber();
    const commitmentDeposit = api.consts.assetRegistry.commitmentDeposit.toBigInt();
    // Eve copies the registration and lands first.
    await submit(api, api.tx.assetRegistry.registerAsset('Model', hash, 'ipfs://copy', licence(0), [], null), eve);
    const before = await account(bob.address);
    const revealed = await submit(api,
      api.tx.assetRegistry.registerAsset('Model', hash, 'ipfs://real', licence(0), [], secret), bob);
    const mine = eventOf(api, revealed.events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();
    eventOf(api, revealed.events, 'assetRegistry', 'ContentHashReassigned');
    assert.equal((await api.call.assetRegistryApi.assetByHash(hash)).unwrap().toNumber(), mine);
    const view = (await api.call.assetRegistryApi.asset(mine)).unwrap();
    assert.equal(view.committedAt.unwrap().toNumber(), commitBlock, 'the proof: the winning commitment\'s block');
    // Bob's holds: the commitment deposit released, the asset deposit held, to the unit.
    const assetDeposit = api.consts.assetRegistry.assetDeposit.toBigInt()
      + api.consts.assetRegistry.byteDeposit.toBigInt() * BigInt('ipfs://real'.length);
    const after = await account(bob.address);
    assert.equal(after.reserved - before.reserved, assetDeposit - commitmentDeposit);
    assert.equal(before.free - after.free, assetDeposit - commitmentDeposit + feeOf(revealed.events));
  });
});

describe('high: a model owner cannot route a call\'s price past its lineage', () => {
  it('refuses a provider share above one minus the royalty stack, and pays the ancestor its share of the whole price', async () => {
    const { alice, bob, dave } = accounts;
    const dataset = await register(alice, 'Dataset', 'upstream', 10);
    const model = await register(bob, 'Model', 'greedy-model', 0, [[dataset, 'TrainedOn']]);
    const price = UNIT;
    await assert.rejects(submit(api, api.tx.modelInvocation.setOffering(model, price, bob.address, percent(100), 20), bob),
      /modelInvocation\.ProviderShareTooHigh/);
    await submit(api, api.tx.modelInvocation.setOffering(model, price, bob.address, percent(90), 20), bob);
    const quote = (await api.call.modelInvocationApi.quoteCall(model)).asOk;
    const net = price - quote.protocolFee.toBigInt();
    const before = await claimable(alice, dataset);
    const requested = await submit(api, api.tx.modelInvocation.invoke(model, contentHash('greedy-input'), price,
      (await api.call.modelInvocationApi.offering(model)).unwrap().terms), dave);
    const id = eventOf(api, requested.events, 'modelInvocation', 'InvocationRequested').id.toNumber();
    await submit(api, api.tx.modelInvocation.complete(id, contentHash('greedy-output')), bob);
    const after = await claimable(alice, dataset);
    assert.equal(after.owner - before.owner, net / 10n, 'the ancestor\'s 10% of the price after the fee, to the unit');
    assert.equal(quote.toProvider.toBigInt(), (net * 9n) / 10n);
  });
});

describe('high: gold answers cannot be used against labellers', () => {
  it('drops the failing labellers\' labels and sends their forfeited rewards to the treasury, not the requester', async () => {
    const { alice } = accounts;
    // Fresh labellers: failing gold costs reputation, which other suites' labellers need.
    const [charlie, dave] = ['GoldVictim1', 'GoldVictim2'].map((n) => accounts.keyring.addFromUri(`//${n}${salt}`));
    for (const who of [charlie, dave]) await submit(api, api.tx.balances.transferKeepAlive(who.address, 10n * UNIT), alice);
    const reward = UNIT / 100n;
    const goldSalt = blake2AsHex(`gold:${salt}`, 256);
    const wrong = [[0, 1]];
    const goldCommitment = blake2AsHex(api.createType('(Vec<(u32, u8)>, H256)', [wrong, goldSalt]).toU8a(), 256);
    const now = await head();
    const spec = {
      classes: ['yes', 'no'], labelsPerItem: 2, rewardPerLabel: reward, commitDeadline: now + 200, deadline: now + 300,
      commitReveal: false, licence: licence(0), contributorPool: percent(40), minReputation: -100,
      goldCommitment, minGoldAccuracy: 50, review: null,
    };
    const created = await submit(api, api.tx.dataLabellingTasks.createTask(spec), alice);
    const task = eventOf(api, created.events, 'dataLabellingTasks', 'TaskCreated').task.toNumber();
    await submit(api, api.tx.dataLabellingTasks.addItems(task, [{ Text: `g ${salt}` }, { Text: `h ${salt}` }]), alice);
    await submit(api, api.tx.dataLabellingTasks.open(task), alice);
    for (const who of [charlie, dave]) {
      for (const item of [0, 1]) await submit(api, api.tx.dataLabellingTasks.submitLabel(task, item, 0), who);
    }
    const treasury = await palletAccount('lin/trsy');
    const treasuryBefore = await account(treasury);
    const { events } = await submit(api, api.tx.dataLabellingTasks.finalise(task, { answers: wrong, salt: goldSalt }), alice);
    const finalised = eventOf(api, events, 'dataLabellingTasks', 'TaskFinalised');
    assert.ok(finalised.dataset.isNone, 'the requester keeps no labels it did not pay for');
    assert.equal((await account(treasury)).free - treasuryBefore.free, 4n * reward, 'four forfeited rewards, to the unit');
  });
});
