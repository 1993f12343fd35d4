// Revenue through polkadot.js: a dataset and a model trained on it, both with contributors;
// the model is offered, invoked and completed; every party's claimable balance then moves by
// exactly what `royaltySplitApi.quote` promised, and they claim it.
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

async function register(signer, kind, name, royaltyPercent, parents) {
  const tx = api.tx.assetRegistry.registerAsset(kind, contentHash(name), `ipfs://${name}`,
    { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(royaltyPercent) }, parents, null);
  const { events } = await submit(api, tx, signer);
  return eventOf(api, events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();
}

/** What `who` can claim from `asset`, as owner and as contributor. */
async function claimable(who, asset) {
  const views = await api.call.royaltySplitApi.claimable(who.address);
  const view = views.find((v) => v.asset.toNumber() === asset);
  return view
    ? { owner: view.asOwner.toBigInt(), contributor: view.asContributor.toBigInt() }
    : { owner: 0n, contributor: 0n };
}

async function free(who) {
  return (await api.query.system.account(who)).data.free.toBigInt();
}

describe('a model call pays everyone upstream in the same block', () => {
  let dataset;
  let model;
  let invocationId;
  let quote;
  const before = {};
  const price = 1n * UNIT;
  let ferdieFee = 0n;

  it('sets up a dataset and a model trained on it, each with contributors', async () => {
    const { alice, bob, charlie, dave, eve } = accounts;
    dataset = await register(alice, 'Dataset', 'labelled-corpus', 10, []);
    model = await register(bob, 'Model', 'classifier', 0, [[dataset, 'TrainedOn']]);
    await submit(api, api.tx.contributorAttribution.setContributorPool(dataset, percent(20)), alice);
    await submit(api, api.tx.contributorAttribution.recordContribution(dataset, charlie.address, 'Label', 5), alice);
    await submit(api, api.tx.contributorAttribution.recordContribution(dataset, dave.address, 'Label', 5), alice);
    await submit(api, api.tx.contributorAttribution.setContributorPool(model, percent(30)), bob);
    await submit(api, api.tx.contributorAttribution.recordContribution(model, charlie.address, 'Training', 1), bob);
    await submit(api, api.tx.contributorAttribution.recordContribution(model, eve.address, 'Evaluation', 3), bob);
  });

  it('offers the model and refuses a call above the caller\'s max price', async () => {
    const { bob, dave, ferdie } = accounts;
    await submit(api, api.tx.modelInvocation.setOffering(model, price, ferdie.address, percent(20), 20), bob);
    const offering = (await api.call.modelInvocationApi.offering(model)).unwrap();
    assert.equal(offering.provider.toString(), ferdie.address);
    assert.equal(offering.pricePerCall.toBigInt(), price);
    await assert.rejects(
      submit(api, api.tx.modelInvocation.invoke(model, contentHash('input'), price - 1n, offering.terms), dave),
      /modelInvocation\.PriceAboveMax/);
  });

  it('quotes the split of a call: fee, every ancestor\'s share of the whole price, the provider out of the model\'s part', async () => {
    quote = (await api.call.modelInvocationApi.quoteCall(model)).asOk;
    const credited = quote.credits.reduce((sum, c) => sum + c.amount.toBigInt(), 0n);
    assert.equal(quote.protocolFee.toBigInt() + quote.toProvider.toBigInt() + credited, price,
      'fee + provider + credits = price, to the unit');
    const net = price - quote.protocolFee.toBigInt();
    assert.equal(quote.toProvider.toBigInt(), net / 5n, 'the provider keeps 20% of the price after the fee');
    assert.deepEqual(quote.credits.map((c) => c.asset.toNumber()), [model, dataset]);
    assert.equal(quote.credits[1].amount.toBigInt(), net / 10n, 'the dataset\'s 10% of the whole price after the fee');
    for (const who of ['alice', 'bob', 'charlie', 'dave', 'eve']) {
      before[who] = { dataset: await claimable(accounts[who], dataset), model: await claimable(accounts[who], model) };
    }
    before.treasury = await free(await treasury());
    before.ferdie = await free(accounts.ferdie.address);
  });

  it('invokes the model with the price escrowed, and the provider completes it', async () => {
    const { dave, ferdie } = accounts;
    const requested = await submit(api, api.tx.modelInvocation.invoke(model, contentHash('input'), price,
      (await api.call.modelInvocationApi.offering(model)).unwrap().terms), dave);
    const req = eventOf(api, requested.events, 'modelInvocation', 'InvocationRequested');
    invocationId = req.id.toNumber();
    assert.equal(req.price.toBigInt(), price);
    const open = await api.call.modelInvocationApi.openInvocations(dave.address);
    assert.ok(open.map((i) => i.toNumber()).includes(invocationId));

    const completed = await submit(api,
      api.tx.modelInvocation.complete(invocationId, contentHash('output')), ferdie);
    const settled = eventOf(api, completed.events, 'modelInvocation', 'InvocationSettled');
    assert.equal(settled.toProvider.toBigInt(), quote.toProvider.toBigInt());
    assert.equal(settled.protocolFee.toBigInt(), quote.protocolFee.toBigInt());
    assert.equal(settled.toModel.toBigInt(), quote.credits[0].amount.toBigInt());
    assert.equal(settled.toAncestors.toBigInt(), quote.credits[1].amount.toBigInt());
    // Settled in the same extrinsic: royalty-split's breakdown is in the same block's events.
    const paid = eventOf(api, completed.events, 'royaltySplit', 'RevenuePaid');
    assert.deepEqual(paid.credits.toJSON(), quote.credits.toJSON());

    const fee = eventOf(api, completed.events, 'transactionPayment', 'TransactionFeePaid');
    ferdieFee = fee.actualFee.toBigInt() + fee.tip.toBigInt();

    const receipt = (await api.call.modelInvocationApi.invocation(invocationId)).unwrap();
    assert.equal(receipt.outputHash.unwrap().toHex(), contentHash('output'));
  });

  it('credits every party exactly what the quote promised', async () => {
    const [modelCredit, datasetCredit] = quote.credits;
    const delta = async (who, asset) => {
      const now = await claimable(accounts[who], asset === model ? model : dataset);
      const was = before[who][asset === model ? 'model' : 'dataset'];
      return { owner: now.owner - was.owner, contributor: now.contributor - was.contributor };
    };
    assert.equal((await delta('bob', model)).owner, modelCredit.toOwner.toBigInt());
    assert.equal((await delta('alice', dataset)).owner, datasetCredit.toOwner.toBigInt());
    // Pools split pro rata to points: model 1 (Charlie) + 3 (Eve), dataset 5 (Charlie) + 5 (Dave).
    const modelPool = modelCredit.toContributors.toBigInt();
    const datasetPool = datasetCredit.toContributors.toBigInt();
    assert.equal((await delta('charlie', model)).contributor, modelPool / 4n);
    assert.equal((await delta('eve', model)).contributor, (modelPool * 3n) / 4n);
    assert.equal((await delta('charlie', dataset)).contributor, datasetPool / 2n);
    assert.equal((await delta('dave', dataset)).contributor, datasetPool / 2n);
    assert.equal(await free(await treasury()) - before.treasury, quote.protocolFee.toBigInt());
    assert.equal(await free(accounts.ferdie.address) - before.ferdie, quote.toProvider.toBigInt() - ferdieFee);
  });

  it('lets a contributor claim', async () => {
    const { eve } = accounts;
    const owed = await claimable(eve, model);
    assert.ok(owed.contributor > 0n);
    const { events } = await submit(api, api.tx.royaltySplit.claim(model), eve);
    const claimed = eventOf(api, events, 'royaltySplit', 'Claimed');
    assert.equal(claimed.asContributor.toBigInt(), owed.contributor);
    assert.deepEqual(await claimable(eve, model), { owner: 0n, contributor: 0n });
  });
});

/** The protocol treasury's address: the `lin/trsy` pallet account. */
async function treasury() {
  const { u8aConcat, stringToU8a } = await import('@polkadot/util');
  const { encodeAddress } = await import('@polkadot/util-crypto');
  const raw = u8aConcat(stringToU8a('modl'), stringToU8a('lin/trsy'), new Uint8Array(20));
  return encodeAddress(raw, api.registry.chainSS58);
}
