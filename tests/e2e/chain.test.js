// The foundation suite: a dev chain that polkadot.js can talk to, that moves money correctly,
// finalises blocks, and refuses bad transactions in words a developer understands.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { blake2AsHex } from '@polkadot/util-crypto';
import { connect, devAccounts, submit, token, waitFinalised } from '@lineage/client';
import { WS_URL } from '@lineage/client/node';

const api = await connect(WS_URL);
const accounts = await devAccounts(api.registry.chainSS58);
/** One LIN in base units, as the chain reports its decimals. */
const { unit: UNIT } = token(api);

after(async () => {
  await api.disconnect();
});

describe('chain identity', () => {
  it('is the Lineage dev chain with the LIN token', async () => {
    const [chain, name, props] = await Promise.all([
      api.rpc.system.chain(), api.rpc.system.name(), api.rpc.system.properties(),
    ]);
    assert.equal(chain.toString(), 'Lineage Development');
    assert.equal(name.toString(), 'Lineage Node');
    assert.deepEqual(props.tokenSymbol.unwrap().map(String), ['LIN']);
    assert.deepEqual(props.tokenDecimals.unwrap().map((d) => d.toNumber()), [12]);
    assert.equal(props.ss58Format.unwrap().toNumber(), 2207);
    assert.equal(api.runtimeVersion.specName.toString(), 'lineage');
    // The runtime agrees with the chain spec on the address format.
    assert.equal(api.consts.system.ss58Prefix.toNumber(), 2207);
  });

  it('exposes the runtime pallets in its metadata', () => {
    const pallets = api.runtimeMetadata.asLatest.pallets.map((p) => p.name.toString());
    for (const expected of ['System', 'Timestamp', 'Aura', 'Grandpa', 'Balances',
      'TransactionPayment', 'Sudo']) {
      assert.ok(pallets.includes(expected), `metadata lacks ${expected}: ${pallets.join(', ')}`);
    }
    assert.ok(api.tx.balances.transferKeepAlive, 'balances.transferKeepAlive is callable');
  });

  it('offers the runtime APIs wallets and tools rely on', () => {
    const apis = new Set(api.runtimeVersion.apis.map(([id]) => id.toHex()));
    // A runtime API's id is the blake2-64 hash of its trait name.
    for (const name of ['Core', 'Metadata', 'BlockBuilder', 'TaggedTransactionQueue', 'AuraApi',
      'GrandpaApi', 'AccountNonceApi', 'TransactionPaymentApi', 'TransactionPaymentCallApi',
      'SessionKeys', 'GenesisBuilder', 'RuntimeViewFunction']) {
      assert.ok(apis.has(blake2AsHex(name, 64)), `missing runtime API ${name}`);
    }
  });
});

describe('balances', () => {
  it('transfers Alice → Bob, emits Transfer, and moves exactly the amount plus the fee', async () => {
    const { alice, bob } = accounts;
    const amount = 12n * UNIT + 345n;
    const before = await api.query.system.account.multi([alice.address, bob.address]);

    const { blockHash, events } = await submit(api,
      api.tx.balances.transferKeepAlive(bob.address, amount), alice);

    const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
    assert.ok(transfer, 'no balances.Transfer event');
    const [from, to, value] = transfer.event.data;
    assert.equal(from.toString(), alice.address);
    assert.equal(to.toString(), bob.address);
    assert.equal(value.toBigInt(), amount);

    const feeEvent = events.find(({ event }) => api.events.transactionPayment.TransactionFeePaid.is(event));
    assert.ok(feeEvent, 'no TransactionFeePaid event');
    const fee = feeEvent.event.data.actualFee.toBigInt() + feeEvent.event.data.tip.toBigInt();
    assert.ok(fee > 0n, 'a transfer costs a fee');

    const at = await api.at(blockHash);
    const [aliceAfter, bobAfter] = await at.query.system.account.multi([alice.address, bob.address]);
    assert.equal(bobAfter.data.free.toBigInt() - before[1].data.free.toBigInt(), amount);
    assert.equal(before[0].data.free.toBigInt() - aliceAfter.data.free.toBigInt(), amount + fee);
    assert.equal(aliceAfter.nonce.toNumber(), before[0].nonce.toNumber() + 1);
  });

  it('finalises blocks, including the one with the transfer', async () => {
    const best = await api.rpc.chain.getHeader();
    const finalised = await waitFinalised(api, best.number.toNumber() + 1);
    assert.ok(finalised.number.toNumber() > best.number.toNumber());
    const hash = await api.rpc.chain.getFinalizedHead();
    const header = await api.rpc.chain.getHeader(hash);
    assert.ok(header.number.toNumber() >= finalised.number.toNumber());
  });
});

describe('rejected transactions', () => {
  it('refuses a stale nonce as outdated', async () => {
    const { alice, bob } = accounts;
    const tx = api.tx.balances.transferKeepAlive(bob.address, UNIT);
    await assert.rejects(tx.signAndSend(alice, { nonce: 0 }), /1010: Invalid Transaction: Transaction is outdated/);
  });

  it('refuses a transaction whose sender cannot pay the fee', async () => {
    const { keyring, bob } = accounts;
    const pauper = keyring.addFromUri(`//Pauper${Date.now()}`);
    const tx = api.tx.balances.transferKeepAlive(bob.address, UNIT);
    await assert.rejects(tx.signAndSend(pauper), /1010: Invalid Transaction: Inability to pay some fees/);
  });

  it('reports a failed transfer with the pallet error in words', async () => {
    const { charlie, bob } = accounts;
    const { data } = await api.query.system.account(charlie.address);
    const tooMuch = data.free.toBigInt() + UNIT;
    await assert.rejects(
      submit(api, api.tx.balances.transferKeepAlive(bob.address, tooMuch), charlie),
      /^Error: token\.FundsUnavailable$/,
    );
  });
});
