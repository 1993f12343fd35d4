// Provenance through polkadot.js: register a dataset, a model trained on it and a fine-tune of
// that model; read the lineage back; record contributors; and check the chain's refusals.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { blake2AsHex } from '@polkadot/util-crypto';
import { connect, devAccounts, submit } from '@lineage/client';
import { WS_URL } from '@lineage/client/node';

// Unique per run so the suite can run twice against one chain.
const salt = `${Date.now()}-${Math.random()}`;
const contentHash = (name) => blake2AsHex(`${name}:${salt}`, 256);

const api = await connect(WS_URL);
const accounts = await devAccounts(api.registry.chainSS58);

after(async () => {
  await api.disconnect();
});

const licence = (royaltyPercent, derivativesAllowed = true) => ({
  commercialUse: true,
  derivativesAllowed,
  derivativeRoyalty: royaltyPercent * 10_000_000, // Perbill parts
});

/** Register and return the new asset id from the AssetRegistered event. */
async function register(signer, kind, name, royaltyPercent, parents, derivativesAllowed = true) {
  const tx = api.tx.assetRegistry.registerAsset(kind, contentHash(name), `ipfs://${name}`,
    licence(royaltyPercent, derivativesAllowed), parents, null);
  const { events } = await submit(api, tx, signer);
  const registered = events.find(({ event }) => api.events.assetRegistry.AssetRegistered.is(event));
  assert.ok(registered, 'no AssetRegistered event');
  const { assetId, owner, kind: k, contentHash: h } = registered.event.data;
  assert.equal(owner.toString(), signer.address);
  assert.equal(k.toString(), kind);
  assert.equal(h.toHex(), contentHash(name));
  return assetId.toNumber();
}

describe('asset lineage', () => {
  let dataset;
  let model;
  let finetune;

  it('registers a dataset, a model trained on it, and a fine-tune of the model', async () => {
    const { alice, bob } = accounts;
    dataset = await register(alice, 'Dataset', 'corpus', 10, []);
    model = await register(bob, 'Model', 'base-model', 5, [[dataset, 'TrainedOn']]);
    finetune = await register(alice, 'Model', 'finetune', 0, [[model, 'FineTunedFrom']]);
    assert.ok(dataset < model && model < finetune);
  });

  it('reads the assets and their lineage back', async () => {
    const view = (await api.call.assetRegistryApi.asset(finetune)).unwrap();
    assert.equal(view.owner.toString(), accounts.alice.address);
    assert.equal(view.kind.toString(), 'Model');
    assert.equal(view.status.toString(), 'Active');
    assert.equal(view.uri.toUtf8(), 'ipfs://finetune');
    assert.deepEqual(view.parents.map(([id, rel]) => [id.toNumber(), rel.toString()]),
      [[model, 'FineTunedFrom']]);

    // Absolute shares: the dataset keeps its 10% even two levels down.
    const table = await api.call.assetRegistryApi.royaltyTable(finetune);
    assert.deepEqual(table.map(([id, share]) => [id.toNumber(), share.toNumber()]),
      [[dataset, 100_000_000], [model, 50_000_000]]);

    const children = await api.call.assetRegistryApi.children(dataset, null, 10);
    assert.deepEqual(children.map(([id, rel]) => [id.toNumber(), rel.toString()]), [[model, 'TrainedOn']]);

    const byHash = await api.call.assetRegistryApi.assetByHash(contentHash('corpus'));
    assert.equal(byHash.unwrap().toNumber(), dataset);

    // The same record through plain storage queries.
    const record = (await api.query.assetRegistry.assets(model)).unwrap();
    assert.equal(record.owner.toString(), accounts.bob.address);
  });

  it('records contributors with points and reads them back', async () => {
    const { alice, bob, charlie } = accounts;
    await submit(api, api.tx.contributorAttribution.recordContribution(dataset, bob.address, 'Data', 70), alice);
    await submit(api, api.tx.contributorAttribution.recordContribution(dataset, charlie.address, 'Label', 30), alice);
    await submit(api, api.tx.contributorAttribution.setContributorPool(dataset, 200_000_000), alice);
    const [total, pool, sealed] = await api.call.contributorAttributionApi.totals(dataset);
    assert.equal(total.toNumber(), 100);
    assert.equal(pool.toNumber(), 200_000_000);
    assert.equal(sealed.isTrue, false);
    const charlieView = (await api.call.contributorAttributionApi.contribution(dataset, charlie.address)).unwrap();
    assert.equal(charlieView.points.toNumber(), 30);
    assert.deepEqual(charlieView.byKind.map(([k, p]) => [k.toString(), p.toNumber()]), [['Label', 30]]);
    const page = await api.call.contributorAttributionApi.contributors(dataset, null, 10);
    assert.equal(page.length, 2);
    // Only the owner records.
    await assert.rejects(
      submit(api, api.tx.contributorAttribution.recordContribution(dataset, bob.address, 'Data', 1), bob),
      /contributorAttribution\.NotOwner/,
    );
  });

  it('refuses a duplicate hash, a forbidden derivative and a missing parent, in words', async () => {
    const { alice, bob } = accounts;
    await assert.rejects(register(bob, 'Dataset', 'corpus', 0, []),
      /assetRegistry\.DuplicateContentHash/);
    const closed = await register(alice, 'Dataset', 'closed', 0, [], false);
    await assert.rejects(register(bob, 'Model', 'derived', 0, [[closed, 'TrainedOn']]),
      /assetRegistry\.DerivativesNotAllowed/);
    await assert.rejects(register(bob, 'Model', 'orphan', 0, [[999_999, 'TrainedOn']]),
      /assetRegistry\.UnknownParent/);
  });
});
