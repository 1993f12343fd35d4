// The labeller app in a real browser against a real dev node: connect a wallet, label items with
// commit-reveal, see rewards and royalties appear and claim them, explore the lineage graph,
// create a task from a file, and read a rejected transaction's error in words. Screenshots of
// every screen go to tests/artifacts/ui/.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  blake2AsHex, connect, devAccounts, eventOf, formatAmount, percent, ReceiptFrontier, signVoucher, submit, token,
} from '@lineage/client';
import { u8aToHex } from '@polkadot/util';
import { WS_URL as WS } from '@lineage/client/node';
import { contextWithWallet, launchBrowser, screenshot, serveApp } from './harness.js';

const STEP = 120_000;

let api;
let accounts;
/** One LIN in base units, as the chain reports its decimals. */
let UNIT;
/** Amounts as the app shows them, with the token the chain reports. */
let lin;
let server;
let browser;
let wallet;
let page;
const salt = `${Date.now()}-${Math.random()}`;

before(async () => {
  api = await connect(WS);
  accounts = await devAccounts(api.registry.chainSS58);
  const tok = token(api);
  UNIT = tok.unit;
  lin = (amount) => formatAmount(tok, amount);
  server = await serveApp();
  browser = await launchBrowser();
  wallet = await contextWithWallet(browser, api, [accounts.charlie]);
  page = await wallet.context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
});

after(async () => {
  await browser?.close();
  await server?.close();
  await api?.disconnect();
});

let loads = 0;
/** The app at `hash`, always freshly loaded (a new query string, so never a same-page hop). */
const appUrl = (hash = '') => `${server.url}?rpc=${encodeURIComponent(WS)}&load=${++loads}${hash}`;

async function head() {
  return (await api.rpc.chain.getHeader()).number.toNumber();
}

/** Alice posts an open task with `items` text items. */
async function postTask({ items, labelsPerItem = 1, commitReveal = true, minReputation = -1000 }) {
  const now = await head();
  const spec = {
    classes: ['cat', 'dog', 'bird'], labelsPerItem, rewardPerLabel: UNIT / 100n,
    commitDeadline: now + 200, deadline: now + 400, commitReveal,
    licence: { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(10) },
    contributorPool: percent(50), minReputation, goldCommitment: null, minGoldAccuracy: 0, review: null,
  };
  const created = await submit(api, api.tx.dataLabellingTasks.createTask(spec), accounts.alice);
  const task = eventOf(api, created.events, 'dataLabellingTasks', 'TaskCreated').task.toNumber();
  await submit(api, api.tx.dataLabellingTasks.addItems(task, items.map((t) => ({ Text: t }))), accounts.alice);
  await submit(api, api.tx.dataLabellingTasks.open(task), accounts.alice);
  return task;
}

describe('labeller web app', () => {
  let task;
  let dataset;
  let model;

  it('says clearly when no wallet is installed or the node is unreachable', { timeout: STEP }, async () => {
    const bare = await browser.newContext();
    const p = await bare.newPage();
    await p.goto(appUrl());
    await p.click('#connect');
    await p.waitForSelector('#no-wallet');
    assert.match(await p.textContent('#no-wallet'), /No wallet extension found/);
    await screenshot(p, '01-no-wallet');
    await p.goto(`${server.url}?rpc=${encodeURIComponent('ws://127.0.0.1:9')}`);
    await p.waitForSelector('#node-error', { timeout: 30_000 });
    assert.match(await p.textContent('#node-error'), /Cannot reach the Lineage node at ws:\/\/127\.0\.0\.1:9/);
    await screenshot(p, '02-node-unreachable');
    await bare.close();
  });

  it('connects a wallet account and shows its balance and reputation', { timeout: STEP }, async () => {
    await page.goto(appUrl('#/tasks'));
    await page.click('#connect');
    await page.waitForSelector('#balance');
    const info = await api.query.system.account(accounts.charlie.address);
    const reputation = (await api.query.dataLabellingTasks.reputation(accounts.charlie.address)).toNumber();
    assert.equal(await page.textContent('#balance'), lin(info.data.free.toBigInt()));
    assert.equal(await page.textContent('#reputation'), `reputation ${reputation}`);
    assert.match(await page.textContent('#account'), /Charlie/);
    await screenshot(page, '03-connected');
  });

  it('labels several items with the keyboard and reveals them automatically', { timeout: 3 * STEP }, async () => {
    task = await postTask({ items: [`a cat ${salt}`, `a dog ${salt}`, `a bird ${salt}`] });
    await page.goto(appUrl('#/tasks'));
    await page.waitForSelector(`tr[data-task="${task}"]`);
    await screenshot(page, '04-tasks');
    await page.click(`tr[data-task="${task}"] a.button`);
    await page.waitForSelector('#item-card .content');
    for (const key of ['1', '2', '3']) {
      const before = await page.textContent('#item-card');
      await page.keyboard.press(key);
      await page.waitForFunction((b) => document.querySelector('#item-card')?.textContent !== b, before);
    }
    await page.waitForSelector('#all-done');
    await screenshot(page, '05-labelling');
    // Each commit fills its item (one labeller per item), so the app reveals all three by itself.
    await page.waitForFunction(() => [...document.querySelectorAll('#tx-log .tx')]
      .filter((el) => el.textContent.startsWith('Reveal item') && ['inBlock', 'finalised'].includes(el.dataset.state))
      .length === 3, null, { timeout: 2 * STEP });
    await page.waitForSelector('#no-reveals');
    await screenshot(page, '06-revealed');
    for (const [item, label] of [[0, 0], [1, 1], [2, 2]]) {
      const it = (await api.query.dataLabellingTasks.items(task, item)).unwrap();
      assert.deepEqual(it.outcome.toJSON(), { accepted: label }, `item ${item}`);
      assert.equal(it.votes[0][0].toString(), accounts.charlie.address);
    }
    assert.ok(wallet.stats.signed >= 6, 'three commits and three reveals were signed through the wallet');
  });

  it('shows the task rewards after finalisation and claims them', { timeout: STEP }, async () => {
    const { events } = await submit(api, api.tx.dataLabellingTasks.finalise(task, null), accounts.alice);
    dataset = eventOf(api, events, 'dataLabellingTasks', 'TaskFinalised').dataset.unwrap().toNumber();
    await page.goto(appUrl('#/earnings'));
    const row = `tr[data-reward-task="${task}"]`;
    await page.waitForSelector(row);
    assert.equal(await page.textContent(`${row} .amount`), lin(3n * (UNIT / 100n)));
    await screenshot(page, '07-earnings-rewards');
    await page.click(`${row} button.claim-task`);
    await page.waitForSelector('.tx[data-state="inBlock"], .tx[data-state="finalised"]', { timeout: 60_000 });
    assert.ok((await api.query.dataLabellingTasks.rewards(task, accounts.charlie.address)).isNone, 'claimed on chain');
  });

  it('shows the royalty a model call paid the labeller, exactly, and claims it', { timeout: 2 * STEP }, async () => {
    const { bob, dave, ferdie } = accounts;
    const registered = await submit(api, api.tx.assetRegistry.registerAsset('Model', blake2AsHex(`ui-model-${salt}`, 256),
      'ipfs://ui-model', { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: 0 }, [[dataset, 'TrainedOn']], null), bob);
    model = eventOf(api, registered.events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();
    await submit(api, api.tx.modelInvocation.setOffering(model, UNIT, ferdie.address, 0, 20), bob);
    const requested = await submit(api, api.tx.modelInvocation.invoke(model, blake2AsHex('q', 256), UNIT,
      (await api.call.modelInvocationApi.offering(model)).unwrap().terms), dave);
    const id = eventOf(api, requested.events, 'modelInvocation', 'InvocationRequested').id;
    await submit(api, api.tx.modelInvocation.complete(id, blake2AsHex('a', 256)), ferdie);
    const views = await api.call.royaltySplitApi.claimable(accounts.charlie.address);
    const owed = views.find((v) => v.asset.toNumber() === dataset).asContributor.toBigInt();
    assert.ok(owed > 0n, 'the sole labeller earns from the model call');

    await page.goto(appUrl('#/earnings'));
    const row = `tr[data-royalty-asset="${dataset}"]`;
    await page.waitForSelector(row);
    assert.equal(await page.textContent(`${row} .amount`), lin(owed));
    await page.waitForSelector('#history li');
    assert.match(await page.textContent('#history'), new RegExp(`Asset #${dataset} earned`));
    await screenshot(page, '08-earnings-royalties');
    await page.click('#claim-all');
    await page.waitForSelector('.tx[data-state="inBlock"], .tx[data-state="finalised"]', { timeout: 60_000 });
    const after = await api.call.royaltySplitApi.claimable(accounts.charlie.address);
    const left = after.find((v) => v.asset.toNumber() === dataset);
    assert.ok(!left || left.asContributor.toBigInt() === 0n, 'nothing left to claim');
  });

  it('draws the model\'s lineage and the dataset\'s contributors', { timeout: STEP }, async () => {
    await page.goto(appUrl(`#/asset/${model}`));
    await page.waitForSelector('#lineage-graph');
    assert.ok(await page.$(`#lineage-graph [data-asset="${dataset}"]`), 'the dataset is drawn');
    assert.ok(await page.$(`#lineage-graph [data-asset="${model}"]`), 'the model is drawn');
    assert.match(await page.textContent('#lineage-graph'), /TrainedOn/);
    await screenshot(page, '09-asset-model');
    await page.goto(appUrl(`#/asset/${dataset}`));
    await page.waitForSelector('#contributors');
    assert.match(await page.textContent('#contributors'), /Label 3/);
    assert.ok(await page.$(`#lineage-graph [data-asset="${model}"]`), 'the model is drawn as a descendant');
    await screenshot(page, '10-asset-dataset');
  });

  it('opens a prepaid channel to a model, tops it up, shows its claims and gets the rest back at close', { timeout: 2 * STEP }, async () => {
    const { charlie, ferdie } = accounts;
    await page.goto(appUrl('#/channels'));
    await page.waitForSelector('#open-channel');
    await page.selectOption('#channel-model', String(model));
    await page.fill('#channel-calls', '5');
    await page.fill('#channel-days', '1');
    assert.ok((await page.textContent('#channel-cost')).includes(lin(5n * UNIT)), 'the deposit is shown before signing');
    await page.click('#open-channel');
    await page.waitForSelector('#channels tr[data-channel]', { timeout: 60_000 });
    const [view] = (await api.call.callChannelsApi.channelsOfCaller(charlie.address, null, 16))
      .filter((v) => v.model.toNumber() === model);
    assert.equal(view.deposit.toBigInt(), 5n * UNIT);
    const channel = view.id.toBigInt();
    const row = `tr[data-channel="${channel}"]`;
    assert.equal(await page.textContent(`${row} .funds`), lin(5n * UNIT));
    await page.fill(`${row} .top-up-calls`, '2');
    await page.click(`${row} .top-up`);
    await page.waitForFunction(([sel, text]) => document.querySelector(sel)?.textContent === text,
      [`${row} .funds`, lin(7n * UNIT)], { timeout: 60_000 });
    // The provider claims three calls Charlie's client signed for, as a gateway does.
    const voucher = { genesisHash: api.genesisHash.toHex(), channel, amount: 3n * UNIT, calls: 3,
      receiptsRoot: u8aToHex(new ReceiptFrontier().root()) };
    await submit(api, api.tx.callChannels.claim(voucher, signVoucher(charlie, voucher), null), ferdie);
    await page.goto(appUrl('#/channels'));
    await page.waitForSelector(`${row} .used`);
    assert.match(await page.textContent(`${row} .used`), /3 calls claimed/);
    assert.equal(await page.textContent(`${row} .left`), lin(4n * UNIT));
    await screenshot(page, '11-channels');
    await page.click(`${row} .request-close`);
    await page.waitForFunction((sel) => /closing/.test(document.querySelector(sel)?.textContent ?? ''), `${row} .status`, { timeout: 60_000 });
    const before = (await api.query.system.account(charlie.address)).data.reserved.toBigInt();
    await submit(api, api.tx.callChannels.close(channel), ferdie);
    const after = (await api.query.system.account(charlie.address)).data.reserved.toBigInt();
    assert.equal(before - after, 4n * UNIT + api.consts.callChannels.channelDeposit.toBigInt(), 'the rest and the record deposit are back');
    await page.goto(appUrl('#/channels'));
    await page.waitForSelector('#no-channels');
    // The labeller's royalty from the channel claim is in the Earnings history, marked as such.
    await page.goto(appUrl('#/earnings'));
    await page.waitForSelector('#history li');
    assert.match(await page.textContent('#history'), new RegExp(`Asset #${dataset} earned .* into #${model} through prepaid channels`));
  });

  it('creates a task from a CSV file, showing the cost before signing', { timeout: 2 * STEP }, async () => {
    await page.goto(appUrl('#/new'));
    await page.waitForSelector('input[name="items"]');
    const lines = ['text', ...Array.from({ length: 5 }, (_, i) => `"review ${i}, ${salt}"`)];
    await page.setInputFiles('input[name="items"]', { name: 'items.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.waitForSelector('#quote-total');
    const [budget, deposits] = (await api.call.dataLabellingApi.quote(3, UNIT / 100n, null, 5)).unwrap();
    assert.equal(await page.getAttribute('#quote-total', 'data-plancks'), (budget.toBigInt() + deposits.toBigInt()).toString());
    await screenshot(page, '11-create-quote');
    const next = (await api.query.dataLabellingTasks.nextTaskId()).toNumber();
    await page.click('#create-task');
    await page.waitForSelector('#created', { timeout: 90_000 });
    const created = Number(await page.getAttribute('#created', 'data-task'));
    assert.ok(created >= next);
    const t = (await api.query.dataLabellingTasks.tasks(created)).unwrap();
    assert.equal(t.requester.toString(), accounts.charlie.address);
    assert.equal(t.itemCount.toNumber(), 5);
    assert.equal(t.status.type, 'Open');
    const content = (await api.query.dataLabellingTasks.itemContents(created, 3)).unwrap();
    assert.equal(new TextDecoder().decode(content[1].toU8a(true)), `review 3, ${salt}`);
    await screenshot(page, '12-created');
  });

  it('shows a rejected transaction\'s error in the chain\'s own words', { timeout: STEP }, async () => {
    const strict = await postTask({ items: [`strict ${salt}`], commitReveal: false, minReputation: 1000 });
    await page.goto(appUrl(`#/label/${strict}`));
    await page.waitForSelector('#item-card .content');
    await page.keyboard.press('1');
    await page.waitForSelector('.tx[data-state="failed"]', { timeout: 60_000 });
    assert.match(await page.textContent('.tx[data-state="failed"]'),
      /Your reputation is below the task's minimum\. \(dataLabellingTasks\.InsufficientReputation\)/);
    await screenshot(page, '13-rejected');
  });
});
