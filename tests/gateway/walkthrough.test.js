// The README's "Put your model behind Lineage in five minutes" walk-through, run word for word
// against the dev node under test: the block after the `walkthrough` marker is taken from
// README.md, its ports and the node's address swapped for free ones, and run by bash from the
// repository's root. The official SDK's answer at its end must carry a receipt of the call, and
// the call must show on the chain.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { blake2AsHex, connect } from '@lineage/client';
import { WS_URL } from '@lineage/client/node';
import { freePort } from '../lib/gateway.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let api;
let run;

after(async () => {
  if (run && run.exitCode === null) process.kill(-run.pid, 'SIGKILL');
  await api?.disconnect();
});

/** The README's walk-through block. */
export async function walkthrough() {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const marker = readme.indexOf('<!-- walkthrough:');
  assert.ok(marker >= 0, 'README.md has the walk-through marker');
  const block = readme.slice(marker).match(/```bash\n([\s\S]*?)\n```/);
  assert.ok(block, 'a bash block follows the marker');
  return block[1];
}

describe('the README\'s walk-through', () => {
  it('puts a model behind Lineage and calls it with the official SDK', { timeout: 240_000 }, async () => {
    api = await connect(WS_URL);
    const [gatewayPort, upstreamPort] = [await freePort(), await freePort()];
    const script = (await walkthrough())
      .replaceAll('ws://127.0.0.1:9944', WS_URL)
      .replaceAll('127.0.0.1:8080', `127.0.0.1:${gatewayPort}`)
      .replaceAll('127.0.0.1:8081', `127.0.0.1:${upstreamPort}`)
      .replaceAll('--port 8081', `--port ${upstreamPort}`);
    assert.ok(!/\b808[01]\b|:9944\b/.test(script.replaceAll(String(gatewayPort), '').replaceAll(String(upstreamPort), '')),
      'every port of the walk-through is replaced');
    // Its background servers die with it (its own process group).
    run = spawn('bash', ['-c', `set -euo pipefail; trap 'kill $(jobs -p) 2>/dev/null' EXIT\n${script}`],
      { cwd: root, detached: true, env: { ...process.env } });
    let stdout = '';
    let stderr = '';
    run.stdout.on('data', (d) => { stdout += d; });
    run.stderr.on('data', (d) => { stderr += d; });
    const code = await new Promise((resolve) => run.on('close', resolve));
    assert.equal(code, 0, `the walk-through failed:\n${stderr.slice(-4000)}`);
    const answer = JSON.parse(stdout.trim().split('\n').pop());
    assert.equal(answer.receipt.output_hash, blake2AsHex(answer.content, 256), 'the receipt covers the answer');
    assert.equal(answer.receipt.call, 1);
    // The call's channel is on the chain, opened by the gateway for Eve's key, and the model is the
    // asset the walk-through registered.
    const channel = (await api.call.callChannelsApi.channel(answer.receipt.channel)).unwrap();
    assert.equal(BigInt(answer.receipt.amount), channel.pricePerCall.toBigInt());
  });
});
