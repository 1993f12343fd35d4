// Data labelling through polkadot.js, the full loop: a requester creates a task and escrows its
// budget; three labellers commit and reveal; the task is finalised into a dataset asset that
// credits the labellers; a model trained on that dataset is called; and each labeller's
// claimable royalty is exactly what `royaltySplitApi.quote` said.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { blake2AsHex } from '@polkadot/util-crypto';
import { connect, devAccounts, eventOf, percent, submit, token } from '@lineage/client';
import { WS_URL } from '@lineage/client/node';

const salt = `${Date.now()}-${Math.random()}`;

const api = await connect(WS_URL);
const accounts = await devAccounts(api.registry.chainSS58);
/** One LIN in base units, as the chain reports its decimals. */
const { unit: UNIT } = token(api);

after(async () => {
  await api.disconnect();
});

/** The commitment a labeller signs: blake2_256(SCALE((task, item, label, salt, labeller))). */
function commitment(task, item, label, labelSalt, who) {
  const encoded = api.createType('(u64, u32, u8, H256, AccountId32)', [task, item, label, labelSalt, who]).toU8a();
  return blake2AsHex(encoded, 256);
}

async function claimable(who, asset) {
  const views = await api.call.royaltySplitApi.claimable(who.address);
  const view = views.find((v) => v.asset.toNumber() === asset);
  return view ? view.asContributor.toBigInt() : 0n;
}

describe('labelled data pays its labellers whenever a model trained on it is called', () => {
  let task;
  let dataset;
  let model;
  const reward = UNIT / 100n;
  const labelSalt = (who) => blake2AsHex(`${who}:${salt}`, 256);
  // Item 0: everyone says class 1. Item 1: Charlie and Dave say 2, Eve says 0.
  const labels = { charlie: [1, 2], dave: [1, 2], eve: [1, 0] };

  it('creates a task, escrowing the budget the quote shows', async () => {
    const { alice } = accounts;
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const spec = {
      classes: ['cat', 'dog', 'bird'],
      labelsPerItem: 3,
      rewardPerLabel: reward,
      commitDeadline: head + 60,
      deadline: head + 120,
      commitReveal: true,
      licence: { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(10) },
      contributorPool: percent(50),
      minReputation: 0,
      goldCommitment: null,
      minGoldAccuracy: 0,
      review: null,
    };
    const created = await submit(api, api.tx.dataLabellingTasks.createTask(spec), alice);
    task = eventOf(api, created.events, 'dataLabellingTasks', 'TaskCreated').task.toNumber();
    const [budget, deposits] = (await api.call.dataLabellingApi.quote(3, reward, null, 2)).unwrap();
    assert.equal(budget.toBigInt(), 2n * 4n * reward, 'three labels plus a tie-break per item');
    const items = [{ Text: `a photo ${salt}` }, { Uri: { uri: 'ipfs://photo-2', contentHash: blake2AsHex(`p2${salt}`, 256) } }];
    const added = await submit(api, api.tx.dataLabellingTasks.addItems(task, items), alice);
    assert.equal(eventOf(api, added.events, 'dataLabellingTasks', 'ItemsAdded').held.toBigInt(),
      budget.toBigInt() + deposits.toBigInt());
    await submit(api, api.tx.dataLabellingTasks.open(task), alice);
  });

  it('three labellers commit, then reveal; a copied reveal is refused', async () => {
    for (const [name, choice] of Object.entries(labels)) {
      const who = accounts[name];
      for (const [item, label] of choice.entries()) {
        await submit(api, api.tx.dataLabellingTasks.commitLabel(task, item,
          commitment(task, item, label, labelSalt(name), who.address)), who);
      }
    }
    // Eve tries to reveal Charlie's label with Charlie's salt: it does not match her commitment.
    await assert.rejects(
      submit(api, api.tx.dataLabellingTasks.revealLabel(task, 1, 2, labelSalt('charlie')), accounts.eve),
      /dataLabellingTasks\.RevealMismatch/);
    for (const [name, choice] of Object.entries(labels)) {
      for (const [item, label] of choice.entries()) {
        await submit(api, api.tx.dataLabellingTasks.revealLabel(task, item, label, labelSalt(name)), accounts[name]);
      }
    }
    const item1 = (await api.query.dataLabellingTasks.items(task, 1)).unwrap();
    assert.deepEqual(item1.outcome.toJSON(), { accepted: 2 });
  });

  it('finalises into a dataset that credits each labeller\'s accepted labels', async () => {
    const { events } = await submit(api, api.tx.dataLabellingTasks.finalise(task, null), accounts.alice);
    const done = eventOf(api, events, 'dataLabellingTasks', 'TaskFinalised');
    assert.equal(done.acceptedItems.toNumber(), 2);
    dataset = done.dataset.unwrap().toNumber();
    const asset = (await api.call.assetRegistryApi.asset(dataset)).unwrap();
    assert.equal(asset.kind.toString(), 'Dataset');
    assert.equal(asset.owner.toString(), accounts.alice.address);
    const contributors = await api.call.contributorAttributionApi.contributors(dataset, null, 10);
    const points = Object.fromEntries(contributors.map((c) => [c.who.toString(), c.points.toNumber()]));
    assert.deepEqual(points, {
      [accounts.charlie.address]: 2, [accounts.dave.address]: 2, [accounts.eve.address]: 1,
    });
    // Rewards: one per accepted label, claimable now.
    const before = (await api.query.system.account(accounts.eve.address)).data.free.toBigInt();
    const claimed = await submit(api, api.tx.dataLabellingTasks.claimRewards(task), accounts.eve);
    assert.equal(eventOf(api, claimed.events, 'dataLabellingTasks', 'RewardsClaimed').amount.toBigInt(), reward);
    const fee = eventOf(api, claimed.events, 'transactionPayment', 'TransactionFeePaid');
    const after = (await api.query.system.account(accounts.eve.address)).data.free.toBigInt();
    assert.equal(after - before, reward - fee.actualFee.toBigInt() - fee.tip.toBigInt());
  });

  it('pays the labellers exactly the quote when a model trained on the dataset is called', async () => {
    const { bob, dave, ferdie } = accounts;
    const registered = await submit(api, api.tx.assetRegistry.registerAsset('Model', blake2AsHex(`m${salt}`, 256),
      'ipfs://model', { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: 0 }, [[dataset, 'TrainedOn']], null), bob);
    model = eventOf(api, registered.events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();
    const price = UNIT;
    await submit(api, api.tx.modelInvocation.setOffering(model, price, ferdie.address, 0, 20), bob);
    const quote = (await api.call.royaltySplitApi.quote(model, price)).asOk;
    const credit = quote.credits.find((c) => c.asset.toNumber() === dataset);
    const pool = credit.toContributors.toBigInt();
    const was = {};
    for (const name of Object.keys(labels)) was[name] = await claimable(accounts[name], dataset);

    const requested = await submit(api, api.tx.modelInvocation.invoke(model, blake2AsHex('q', 256), price,
      (await api.call.modelInvocationApi.offering(model)).unwrap().terms), dave);
    const id = eventOf(api, requested.events, 'modelInvocation', 'InvocationRequested').id;
    await submit(api, api.tx.modelInvocation.complete(id, blake2AsHex('a', 256)), ferdie);

    const share = { charlie: 2n, dave: 2n, eve: 1n };
    for (const [name, points] of Object.entries(share)) {
      assert.equal(await claimable(accounts[name], dataset) - was[name], (pool * points) / 5n,
        `${name}'s royalty is their points' share of the dataset's pool`);
    }
  });
});

describe('a reviewer accepts aggregated labels and is credited as a contributor', () => {
  it('escrows the review budget, pays the review, and records Review points', async () => {
    const { alice, charlie, dave, bob } = accounts;
    const reward = UNIT / 100n;
    const review = UNIT / 200n;
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const spec = {
      classes: ['spam', 'ham'],
      labelsPerItem: 2,
      rewardPerLabel: reward,
      commitDeadline: head + 60,
      deadline: head + 120,
      commitReveal: false,
      licence: { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(10) },
      contributorPool: percent(50),
      minReputation: -100,
      goldCommitment: null,
      minGoldAccuracy: 0,
      review: { rewardPerReview: review, minReputation: -100 },
    };
    const created = await submit(api, api.tx.dataLabellingTasks.createTask(spec), alice);
    const task = eventOf(api, created.events, 'dataLabellingTasks', 'TaskCreated').task.toNumber();
    const [budget] = (await api.call.dataLabellingApi.quote(2, reward, review, 1)).unwrap();
    assert.equal(budget.toBigInt(), 2n * (3n * reward + review), 'two rounds of labels and a review');
    await submit(api, api.tx.dataLabellingTasks.addItems(task, [{ Text: `mail ${salt}` }]), alice);
    await submit(api, api.tx.dataLabellingTasks.open(task), alice);
    await submit(api, api.tx.dataLabellingTasks.submitLabel(task, 0, 1), charlie);
    await submit(api, api.tx.dataLabellingTasks.submitLabel(task, 0, 1), dave);
    let item = (await api.query.dataLabellingTasks.items(task, 0)).unwrap();
    assert.deepEqual(item.outcome.toJSON(), { underReview: 1 });
    await assert.rejects(submit(api, api.tx.dataLabellingTasks.reviewItem(task, 0, true), charlie),
      /dataLabellingTasks\.CannotReviewOwnItem/);
    const reviewed = await submit(api, api.tx.dataLabellingTasks.reviewItem(task, 0, true), bob);
    assert.equal(eventOf(api, reviewed.events, 'dataLabellingTasks', 'ItemReviewed').accepted.isTrue, true);
    item = (await api.query.dataLabellingTasks.items(task, 0)).unwrap();
    assert.deepEqual(item.outcome.toJSON(), { accepted: 1 });
    const earned = (await api.query.dataLabellingTasks.rewards(task, bob.address)).unwrap();
    assert.equal(earned.reviews.toNumber(), 1);
    assert.equal(earned.amount.toBigInt(), review);

    const { events } = await submit(api, api.tx.dataLabellingTasks.finalise(task, null), alice);
    const ds = eventOf(api, events, 'dataLabellingTasks', 'TaskFinalised').dataset.unwrap().toNumber();
    const contributors = await api.call.contributorAttributionApi.contributors(ds, null, 10);
    const points = Object.fromEntries(contributors.map((c) => [c.who.toString(), c.points.toNumber()]));
    assert.deepEqual(points, { [charlie.address]: 1, [dave.address]: 1, [bob.address]: 1 });
    const claimed = await submit(api, api.tx.dataLabellingTasks.claimRewards(task), bob);
    assert.equal(eventOf(api, claimed.events, 'dataLabellingTasks', 'RewardsClaimed').amount.toBigInt(), review);
  });
});
