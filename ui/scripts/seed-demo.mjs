// Seed a dev chain with demo data for the labeller app: a dataset with contributors, a model
// trained on it with an offering, and an open labelling task of a few dozen short texts.
// Idempotent per chain: it does nothing if the demo dataset is already registered.
//
//   node scripts/seed-demo.mjs [ws://127.0.0.1:9944]
import { blake2AsHex, connect, devAccounts, eventOf, percent, submit, token } from '@lineage/client';
import { WS_URL } from '@lineage/client/node';

const url = process.argv[2] ?? WS_URL;
const api = await connect(url);
const { unit: UNIT } = token(api);
const { alice, bob, eve, ferdie } = await devAccounts(api.registry.chainSS58);
const say = (s) => console.log(`[seed] ${s}`);

const demoHash = blake2AsHex('lineage demo: movie reviews v1', 256);
if ((await api.call.assetRegistryApi.assetByHash(demoHash)).isSome) {
  say('demo data already on this chain');
  await api.disconnect();
  process.exit(0);
}

const licence = { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(10) };
const registered = await submit(api, api.tx.assetRegistry.registerAsset('Dataset', demoHash, 'ipfs://demo/movie-reviews-v1', licence, [], null), alice);
const dataset = eventOf(api, registered.events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();
await submit(api, api.tx.contributorAttribution.setContributorPool(dataset, percent(40)), alice);
await submit(api, api.tx.contributorAttribution.recordContribution(dataset, eve.address, 'Data', 60), alice);
await submit(api, api.tx.contributorAttribution.recordContribution(dataset, alice.address, 'Data', 40), alice);
say(`dataset #${dataset} (movie reviews v1) with contributors Eve and Alice`);

const modelHash = blake2AsHex('lineage demo: sentiment model v1', 256);
const model = eventOf(api, (await submit(api, api.tx.assetRegistry.registerAsset('Model', modelHash, 'ipfs://demo/sentiment-v1',
  { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(5) }, [[dataset, 'TrainedOn']], null), bob)).events,
'assetRegistry', 'AssetRegistered').assetId.toNumber();
await submit(api, api.tx.modelInvocation.setOffering(model, UNIT / 10n, ferdie.address, percent(30), 100), bob);
say(`model #${model} trained on #${dataset}, offered at 0.1 LIN per call (provider Ferdie)`);

const texts = [
  'An instant classic, I laughed and cried.', 'Two hours I will never get back.', 'It was fine. Nothing more.',
  'The soundtrack alone is worth the ticket.', 'Wooden acting and a plot full of holes.', 'Decent popcorn movie for a rainy day.',
  'A masterpiece of quiet storytelling.', 'I walked out after forty minutes.', 'Some good scenes, some boring ones.',
  'The best film of the year, easily.', 'Painfully slow and pretentious.', 'Average, but the lead is charming.',
  'Gorgeous cinematography, moving ending.', 'The sequel nobody asked for.', 'Watchable once, forgettable after.',
  'Smart, funny and surprisingly tender.', 'The dialogue made me cringe.', 'Neither good nor bad, just long.',
  'My kids loved it and so did I.', 'A mess from start to finish.', 'It has its moments.',
  'Brilliant performances all round.', 'Loud, dumb and exhausting.', 'A solid, if predictable, thriller.',
  'I would happily watch it again tomorrow.', 'Not even the cast could save it.', 'Fine for a flight.',
  'Heartfelt and beautifully made.', 'A cynical cash grab.', 'Okay, I guess.',
  'Sharp writing and a great twist.', 'Dull characters, duller story.', 'Middle of the road entertainment.',
  'Stunning from the first frame.', 'The worst remake I have seen.', 'Pleasant enough background viewing.',
];
const head = (await api.rpc.chain.getHeader()).number.toNumber();
const spec = {
  classes: ['positive', 'negative', 'neutral'], labelsPerItem: 1, rewardPerLabel: UNIT / 100n,
  commitDeadline: head + 20_000, deadline: head + 28_800, commitReveal: true, licence, contributorPool: percent(50),
  minReputation: -100, goldCommitment: null, minGoldAccuracy: 0, review: null,
};
const task = eventOf(api, (await submit(api, api.tx.dataLabellingTasks.createTask(spec), alice)).events,
  'dataLabellingTasks', 'TaskCreated').task.toNumber();
const perCall = api.consts.dataLabellingTasks.maxItemsPerCall.toNumber();
for (let i = 0; i < texts.length; i += perCall) {
  await submit(api, api.tx.dataLabellingTasks.addItems(task, texts.slice(i, i + perCall).map((t) => ({ Text: t }))), alice);
}
await submit(api, api.tx.dataLabellingTasks.open(task), alice);
say(`labelling task #${task}: ${texts.length} movie reviews, positive/negative/neutral, 0.01 LIN per accepted label`);

// A second task, already labelled (by Dave and Eve) and finalised: the gateway trains its demo
// model on it, so every call of that model pays Dave and Eve.
const gold = [
  ['Loved every minute, brilliant and moving.', 0], ['Boring, slow and badly acted.', 1], ['It was okay, nothing special.', 2],
  ['A wonderful, funny, brilliant film.', 0], ['Awful script and terrible pacing.', 1], ['Fine, average, forgettable.', 2],
  ['Great music and a great cast.', 0], ['The worst film this year, terrible.', 1], ['Neither good nor bad, just okay.', 2],
  ['Moving and beautifully made, loved it.', 0], ['Dull, boring and far too long.', 1], ['Average popcorn fare, fine.', 2],
];
const done = { ...spec, commitReveal: false, commitDeadline: head + 200, deadline: head + 400 };
const labelled = eventOf(api, (await submit(api, api.tx.dataLabellingTasks.createTask(done), alice)).events,
  'dataLabellingTasks', 'TaskCreated').task.toNumber();
await submit(api, api.tx.dataLabellingTasks.addItems(labelled, gold.map(([t]) => ({ Text: t }))), alice);
await submit(api, api.tx.dataLabellingTasks.open(labelled), alice);
const { dave } = await devAccounts(api.registry.chainSS58);
for (const [i, [, label]] of gold.entries()) {
  await submit(api, api.tx.dataLabellingTasks.submitLabel(labelled, i, label), i % 2 ? eve : dave);
}
const finalised = await submit(api, api.tx.dataLabellingTasks.finalise(labelled, null), alice);
const labelledDataset = eventOf(api, finalised.events, 'dataLabellingTasks', 'TaskFinalised').dataset.unwrap().toNumber();
say(`labelled task #${labelled} finalised into dataset #${labelledDataset} (labellers Dave and Eve)`);
if (process.env.LINEAGE_SEED_OUT) {
  const { writeFile } = await import('node:fs/promises');
  await writeFile(process.env.LINEAGE_SEED_OUT, JSON.stringify({ dataset, model, task, labelled, labelledDataset }));
}
await api.disconnect();
