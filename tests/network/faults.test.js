// Fault suite for the three-validator `local` network of scripts/local-testnet.sh:
// a validator killed with SIGKILL, and the RPC node killed during a burst of transactions.
// Expected (GRANDPA needs > 2/3 of 3 votes, i.e. all three): with one validator down blocks
// keep coming but finality stalls; when it returns it catches up, finality resumes, and all
// nodes agree on the finalised hash and state root.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, devAccounts, withTimeout } from '@lineage/client';

const script = new URL('../../scripts/local-testnet.sh', import.meta.url).pathname;
const netDir = mkdtempSync(join(tmpdir(), 'lineage-net-'));
// Four consecutive ports per kind, away from the defaults; different on each run.
const base = 20000 + Math.floor(Math.random() * 400) * 10;
const env = {
  ...process.env,
  LINEAGE_NET_DIR: netDir,
  P2P_BASE: String(base),
  RPC_BASE: String(base + 4),
  PROM_BASE: String(base + 8),
};
const names = ['alice', 'bob', 'charlie', 'rpc'];
const rpcPort = (name) => base + 4 + names.indexOf(name);
const apis = {};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const net = (...args) => execFileSync('bash', [script, ...args], { env, stdio: 'pipe' }).toString();
const pid = (name) => Number(readFileSync(join(netDir, `${name}.pid`), 'utf8'));
const finalised = async (name) =>
  (await apis[name].rpc.chain.getHeader(await apis[name].rpc.chain.getFinalizedHead())).number.toNumber();
const best = async (name) => (await apis[name].rpc.chain.getHeader()).number.toNumber();

async function connectAll(list = names) {
  for (const name of list) apis[name] = await connect(`ws://127.0.0.1:${rpcPort(name)}`, { timeoutMs: 60_000 });
}

/** Poll `check` every second until it returns a truthy value. */
async function until(what, timeoutMs, check) {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
    await sleep(1000);
  }
}

async function killHard(name) {
  if (apis[name]) { await apis[name].disconnect().catch(() => {}); delete apis[name]; }
  process.kill(pid(name), 'SIGKILL');
  await sleep(500);
}

before(async () => {
  net('--detach');
  // Retry connecting while the nodes open their RPC servers.
  await until('all four nodes to answer RPC', 60_000, async () => {
    try { await connectAll(); return true; } catch { return false; }
  });
  await until('finality to reach #2 on every node', 90_000, async () =>
    (await Promise.all(names.map(finalised))).every((f) => f >= 2));
});

after(async () => {
  for (const api of Object.values(apis)) await api.disconnect().catch(() => {});
  try { net('--stop'); } catch { /* already stopped */ }
  rmSync(netDir, { recursive: true, force: true });
});

describe('three validators and an RPC node', () => {
  it('keeps producing blocks with a validator killed, but finality waits for it', async () => {
    await killHard('charlie');
    const stalledAt = await finalised('alice');
    const bestAt = await best('alice');
    await sleep(20_000);
    assert.ok(await best('alice') >= bestAt + 3, 'Alice and Bob keep authoring their slots');
    // At most one round that was already under way may still complete.
    assert.ok(await finalised('alice') <= stalledAt + 1, 'finality needs all three validators');
  });

  it('catches up after a restart: finality resumes and all nodes agree', async () => {
    const stalled = await finalised('alice');
    net('--start', 'charlie');
    await until('charlie to answer RPC', 60_000, async () => {
      try { await connectAll(['charlie']); return true; } catch { return false; }
    });
    await until('finality to resume', 90_000, async () => (await finalised('alice')) >= stalled + 3);
    const target = await finalised('alice');
    await until('every node to finalise the same height', 60_000, async () =>
      (await Promise.all(names.map(finalised))).every((f) => f >= target));
    const headers = await Promise.all(names.map(async (name) => {
      const hash = await apis[name].rpc.chain.getBlockHash(target);
      const header = await apis[name].rpc.chain.getHeader(hash);
      return `${hash.toHex()} ${header.stateRoot.toHex()}`;
    }));
    assert.equal(new Set(headers).size, 1, `nodes disagree at #${target}: ${headers.join(', ')}`);
  });

  it('loses nothing when the RPC node is killed during a burst and restarted', async () => {
    const api = apis.rpc;
    const { alice, bob } = await devAccounts(api.registry.chainSS58);
    let nonce = (await api.rpc.system.accountNextIndex(alice.address)).toNumber();
    const sent = [];
    for (let i = 0; i < 20; i++) {
      sent.push(api.tx.balances.transferKeepAlive(bob.address, 1_000_000_000n + BigInt(i))
        .signAndSend(alice, { nonce: nonce++ }).catch(() => null));
    }
    await withTimeout(Promise.all(sent), 30_000, 'the burst to reach the pool');
    // Kill it once the burst has been gossiped to a validator, while blocks are including it.
    await until('the burst to reach Alice\'s pool', 15_000, async () =>
      (await apis.alice.rpc.system.accountNextIndex(alice.address)).toNumber() >= nonce);
    await killHard('rpc');
    net('--start', 'rpc');
    await until('the RPC node to reopen its database and answer', 60_000, async () => {
      try { await connectAll(['rpc']); return true; } catch { return false; }
    });
    // The transactions were gossiped before the kill: the validators include them.
    await until('the burst to be finalised', 90_000, async () => {
      const next = (await apis.alice.rpc.system.accountNextIndex(alice.address)).toNumber();
      const head = await apis.alice.rpc.chain.getFinalizedHead();
      const finalNonce = (await (await apis.alice.at(head)).query.system.account(alice.address)).nonce.toNumber();
      return next >= nonce && finalNonce >= nonce;
    });
    const target = await finalised('alice');
    await until('the restarted RPC node to finalise as far', 60_000, async () => (await finalised('rpc')) >= target);
    const hash = await apis.alice.rpc.chain.getBlockHash(target);
    const [onAlice, onRpc] = await Promise.all([apis.alice, apis.rpc].map(async (a) =>
      (await (await a.at(hash)).query.system.account(bob.address)).data.free.toBigInt()));
    assert.equal(onRpc, onAlice, 'the RPC node has the same state as a validator');
    assert.ok(await best('rpc') >= target, 'the chain continues on the restarted node');
  });

  it('serves Prometheus metrics on every node', async () => {
    for (const name of names) {
      const port = base + 8 + names.indexOf(name);
      const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
      assert.match(text, /substrate_block_height\{status="finalized"/, `${name} exposes finality height`);
    }
  });
});
