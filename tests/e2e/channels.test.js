// Prepaid call channels through polkadot.js and @lineage/client: a caller opens a channel, signs
// a voucher per call off-chain (100 calls, each committing to the earlier calls' receipts), the
// provider claims once, every party is credited exactly the quote for 100 calls, a receipt's
// proof checks against the chain, and the rest is refunded to the unit at close.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { blake2AsHex } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import {
  connect, devAccounts, eventOf, percent, receiptLeaf, receiptProof, ReceiptFrontier, signVoucher,
  submit, token, verifyReceipt,
} from '@lineage/client';
import { WS_URL } from '@lineage/client/node';

const salt = `${Date.now()}-${Math.random()}`;
const contentHash = (name) => blake2AsHex(`${name}:${salt}`, 256);

const api = await connect(WS_URL);
const accounts = await devAccounts(api.registry.chainSS58);
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

/** What `who` can claim from `asset` as its owner. */
async function ownerClaimable(who, asset) {
  const views = await api.call.royaltySplitApi.claimable(who.address);
  const view = views.find((v) => v.asset.toNumber() === asset);
  return view ? view.asOwner.toBigInt() : 0n;
}

async function account(who) {
  const { data } = await api.query.system.account(who);
  return { free: data.free.toBigInt(), reserved: data.reserved.toBigInt() };
}

function feeOf(events) {
  const fee = eventOf(api, events, 'transactionPayment', 'TransactionFeePaid');
  return fee.actualFee.toBigInt() + fee.tip.toBigInt();
}

describe('a prepaid channel: 100 calls, one claim, every party paid along the lineage', () => {
  const price = UNIT / 100n;
  const CALLS = 100;
  let dataset;
  let model;
  let channel;
  let voucher;
  const receipts = [];
  const leaves = [];
  const before = {};

  it('opens a channel at the offering\'s terms, holding the deposit', async () => {
    const { alice, bob, dave, ferdie } = accounts;
    dataset = await register(alice, 'Dataset', 'channel-corpus', 10, []);
    model = await register(bob, 'Model', 'channel-model', 0, [[dataset, 'TrainedOn']]);
    await submit(api, api.tx.modelInvocation.setOffering(model, price, ferdie.address, percent(20), 20), bob);
    const { terms } = (await api.call.modelInvocationApi.offering(model)).unwrap();
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    before.dave = await account(dave.address);
    // 107 calls' worth: 100 are used, 7 come back at close.
    const opened = await submit(api,
      api.tx.callChannels.openChannel(model, price * 107n, head + 600, terms), dave);
    const event = eventOf(api, opened.events, 'callChannels', 'ChannelOpened');
    channel = event.channel.toBigInt();
    assert.equal(event.provider.toString(), ferdie.address);
    const recordDeposit = api.consts.callChannels.channelDeposit.toBigInt();
    const after = await account(dave.address);
    assert.equal(after.reserved - before.dave.reserved, price * 107n + recordDeposit);
    before.daveFees = feeOf(opened.events);
    const view = (await api.call.callChannelsApi.channel(channel)).unwrap();
    assert.equal(view.pricePerCall.toBigInt(), price);
    assert.ok(view.claimable.isTrue);
    const ofModel = await api.call.callChannelsApi.channelsOfModel(model, null, 10);
    assert.deepEqual(ofModel.map((c) => c.id.toBigInt()), [channel]);
  });

  it('signs a voucher per call off-chain, each committing to the receipts before it', async () => {
    const { dave } = accounts;
    const frontier = new ReceiptFrontier();
    for (let call = 1; call <= CALLS; call += 1) {
      // The voucher for call `call` pays for it and commits to calls 1 … call − 1.
      voucher = {
        genesisHash: api.genesisHash.toHex(), channel, amount: price * BigInt(call), calls: call,
        receiptsRoot: u8aToHex(frontier.root()),
      };
      // … the provider serves the call and answers with its receipt:
      const receipt = { channel, call, inputHash: contentHash(`in-${call}`), outputHash: contentHash(`out-${call}`), amount: price };
      receipts.push(receipt);
      const leaf = receiptLeaf(receipt);
      leaves.push(leaf);
      frontier.push(leaf);
    }
    voucher.signature = signVoucher(dave, voucher);
  });

  it('refuses a tampered voucher on-chain', async () => {
    const { eve } = accounts;
    const { signature, ...signed } = voucher;
    const raised = { ...signed, amount: signed.amount + price, calls: signed.calls + 1 };
    await assert.rejects(submit(api, api.tx.callChannels.claim(raised, signature, null), eve),
      /callChannels\.BadSignature/);
    const moved = { ...signed, channel: channel + 1000n };
    await assert.rejects(submit(api, api.tx.callChannels.claim(moved, signature, null), eve),
      /callChannels\.(UnknownChannel|BadSignature)/);
  });

  it('claims 100 calls in one extrinsic, paying exactly the quote for 100 calls', async () => {
    const { alice, bob, eve, ferdie } = accounts;
    const quote = (await api.call.callChannelsApi.quoteClaim(channel, price * BigInt(CALLS))).asOk;
    const [modelCredit, datasetCredit] = quote.credits;
    before.bob = await ownerClaimable(bob, model);
    before.alice = await ownerClaimable(alice, dataset);
    before.ferdie = (await account(ferdie.address)).free;
    const { signature, ...signed } = voucher;
    // Eve submits it for Ferdie: anyone may.
    const claimed = await submit(api, api.tx.callChannels.claim(signed, signature, null), eve);
    const event = eventOf(api, claimed.events, 'callChannels', 'ChannelClaimed');
    assert.equal(event.calls.toNumber(), CALLS);
    assert.equal(event.amount.toBigInt(), price * BigInt(CALLS));
    const settled = eventOf(api, claimed.events, 'callChannels', 'ClaimsSettled');
    assert.equal(settled.toProvider.toBigInt(), quote.toProvider.toBigInt());
    assert.equal(settled.protocolFee.toBigInt() + settled.toProvider.toBigInt()
      + settled.toAncestors.toBigInt() + settled.toModel.toBigInt(), price * BigInt(CALLS),
    'the split adds up to the unit');
    assert.equal((await account(ferdie.address)).free - before.ferdie, quote.toProvider.toBigInt());
    assert.equal(await ownerClaimable(bob, model) - before.bob, modelCredit.toOwner.toBigInt());
    assert.equal(await ownerClaimable(alice, dataset) - before.alice, datasetCredit.toOwner.toBigInt());
  });

  it('proves a call was paid from its receipt and the chain\'s record of the claim', async () => {
    const view = (await api.call.callChannelsApi.channel(channel)).unwrap();
    assert.equal(view.claimedCalls.toNumber(), CALLS);
    // The claimed root covers calls 1 … 99.
    const covered = leaves.slice(0, CALLS - 1);
    const proof = receiptProof(covered, 49);
    assert.ok(proof.length <= 7, 'O(log n)');
    assert.ok(verifyReceipt(view.receiptsRoot.toU8a(), CALLS - 1, 49, leaves[49], proof));
    assert.ok((await api.call.callChannelsApi.receiptClaimed(receipts[49], proof)).isTrue);
    const tampered = { ...receipts[49], outputHash: contentHash('forged') };
    assert.ok((await api.call.callChannelsApi.receiptClaimed(tampered, proof)).isFalse);
  });

  it('closes: the provider can close at once, the rest goes back to the caller to the unit', async () => {
    const { dave, ferdie, eve } = accounts;
    await submit(api, api.tx.callChannels.requestClose(channel), dave).then(({ events }) => {
      before.daveFees += feeOf(events);
    });
    await assert.rejects(submit(api, api.tx.callChannels.close(channel), eve), /callChannels\.CloseTooEarly/);
    const closed = await submit(api, api.tx.callChannels.close(channel), ferdie);
    const event = eventOf(api, closed.events, 'callChannels', 'ChannelClosed');
    assert.equal(event.refunded.toBigInt(), price * 7n);
    const after = await account(dave.address);
    assert.equal(after.reserved, before.dave.reserved, 'nothing stays held');
    assert.equal(before.dave.free - after.free, price * BigInt(CALLS) + before.daveFees,
      'the caller paid exactly its 100 calls and its fees');
    assert.ok((await api.call.callChannelsApi.channel(channel)).isNone);
  });
});
