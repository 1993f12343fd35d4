// Driving lineage-gateway from the test and benchmark suites: run its commands, start `serve`,
// and prepare what it serves (a finalised labelling task, a trained and registered model).
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventOf, percent, submit, token } from '@lineage/client';
import { WS_URL } from '@lineage/client/node';

export const GATEWAY_BIN = process.env.LINEAGE_GATEWAY
  ?? path.join(process.env.CARGO_TARGET_DIR ?? '/var/tmp/lineage-target', 'release', 'lineage-gateway');

/** Run a gateway command to completion: `{ code, stdout, stderr }`. */
export function runGateway(args, env = {}) {
  return runProgram(GATEWAY_BIN, args, env);
}

/** Run `bin args…` to completion with `env` added: `{ code, stdout, stderr }`. */
export function runProgram(bin, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Start a throwaway PostgreSQL server in `dir` (scripts/pg-temp.sh): `{ url, stop }`. */
export async function startPostgres(dir) {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'pg-temp.sh');
  const started = await runProgram('bash', [script, 'start', dir]);
  if (started.code !== 0) throw new Error(`PostgreSQL did not start: ${started.stderr}`);
  return { url: started.stdout.trim(), stop: () => runProgram('bash', [script, 'stop', dir]) };
}

/** Wait until `check()` is truthy (polling every 500 ms, `seconds` at most). */
export async function until(check, seconds, what) {
  for (let i = 0; i < seconds * 2; i += 1) {
    const v = await check();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export async function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * Start `serve` for `model` (file `dir/model.json`, keys `dir/keys.json`) — or for what the
 * config file `config` lists — and wait for /healthz.
 */
export async function startGateway({
  model, dir, port, provider = '//Ferdie', rpc = WS_URL, data = `${dir}/data`, config = null, args = [],
}) {
  const served = config ? ['--config', config] : ['--model', `${model}=${dir}/model.json`, '--api-keys', `${dir}/keys.json`];
  const child = spawn(GATEWAY_BIN, ['serve', '--rpc', rpc, '--listen', `127.0.0.1:${port}`, ...served, '--data-dir', data, ...args],
    { env: { ...process.env, LINEAGE_PROVIDER_SURI: provider } });
  child.log = '';
  child.stderr.on('data', (d) => { child.log += d; });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch { /* not up yet */ }
    if (child.exitCode !== null) throw new Error(`gateway exited: ${child.log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`gateway did not answer: ${child.log}`);
}

/**
 * Alice posts a two-class task of eight texts; `labellers` take turns labelling (plain labels);
 * Alice finalises it. Returns `{ task, dataset }`.
 */
export async function finalisedTask(api, alice, labellers) {
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const spec = {
    classes: ['positive', 'negative'], labelsPerItem: 1, rewardPerLabel: token(api).unit / 100n,
    commitDeadline: head + 100, deadline: head + 200, commitReveal: false,
    licence: { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(10) },
    contributorPool: percent(50), minReputation: -1000, goldCommitment: null, minGoldAccuracy: 0, review: null,
  };
  const task = eventOf(api, (await submit(api, api.tx.dataLabellingTasks.createTask(spec), alice)).events,
    'dataLabellingTasks', 'TaskCreated').task.toNumber();
  const texts = [['loved it, wonderful acting', 0], ['great fun, loved the music', 0], ['wonderful and great', 0],
    ['a great story, loved every minute', 0], ['boring and awful', 1], ['awful plot, boring scenes', 1],
    ['terrible, boring, awful', 1], ['the worst, terrible acting', 1]];
  await submit(api, api.tx.dataLabellingTasks.addItems(task, texts.map(([t]) => ({ Text: `${t} ${task}` }))), alice);
  await submit(api, api.tx.dataLabellingTasks.open(task), alice);
  for (const [i, [, label]] of texts.entries()) {
    await submit(api, api.tx.dataLabellingTasks.submitLabel(task, i, label), labellers[i % labellers.length]);
  }
  const done = await submit(api, api.tx.dataLabellingTasks.finalise(task, null), alice);
  return { task, dataset: eventOf(api, done.events, 'dataLabellingTasks', 'TaskFinalised').dataset.unwrap().toNumber() };
}

/** Train on `task` into `dir/model.json` and register it (owner Bob, provider `provider`). */
export async function trainAndRegister({ task, dir, provider, price = '0.1', share = 30, timeout = 20 }) {
  const trained = await runGateway(['train', '--rpc', WS_URL, '--task', String(task), '--out', `${dir}/model.json`]);
  if (trained.code !== 0) throw new Error(`train failed: ${trained.stderr}`);
  const registered = await runGateway(['register', '--rpc', WS_URL, '--model-file', `${dir}/model.json`, '--price', price,
    '--provider', provider, '--provider-share', String(share), '--timeout', String(timeout)], { LINEAGE_SURI: '//Bob' });
  if (registered.code !== 0) throw new Error(`register failed: ${registered.stderr}`);
  return { trained: JSON.parse(trained.stdout), model: JSON.parse(registered.stdout).model };
}

/**
 * A TCP proxy to the node under test, so a suite can take "the node" away from one client
 * without stopping the node: `{ url, cut }`; `cut()` closes it and drops every connection.
 */
export async function nodeProxy(target = WS_URL) {
  const { hostname, port } = new URL(target);
  const sockets = new Set();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `ws://127.0.0.1:${server.address().port}`,
    cut: () => new Promise((resolve) => {
      server.close(() => resolve());
      for (const s of sockets) s.destroy();
    }),
  };
}
