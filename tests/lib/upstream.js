// A real OpenAI-compatible model server for the gateway's upstream tests: llama.cpp (through
// llama-cpp-python's server, installed by scripts/setup.sh into its Python environment) serving
// a tiny Llama model the tests write themselves (tests/gateway/upstream/tiny_gguf.py).
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { blake2AsHex, eventOf, percent, submit } from '@lineage/client';
import { freePort, runProgram } from './gateway.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The Python that has llama-cpp-python, gguf and openai (scripts/setup.sh makes it). */
export const PYTHON = process.env.LINEAGE_PYTHON ?? '/var/tmp/lineage-py/venv/bin/python';
export const UPSTREAM_DIR = path.join(here, '..', 'gateway', 'upstream');

/** Run `PYTHON args…` to completion: `{ code, stdout, stderr }`. */
export function runPython(args, env = {}) {
  return runProgram(PYTHON, args, env);
}

/** Write the tiny GGUF model to `file`. */
export async function tinyModel(file) {
  const made = await runPython([path.join(UPSTREAM_DIR, 'tiny_gguf.py'), file]);
  if (made.code !== 0) throw new Error(`tiny_gguf.py failed: ${made.stderr}`);
  return file;
}

/**
 * Start llama.cpp's OpenAI-compatible server on `port` serving `gguf` as model `alias`
 * (completions, chat and embeddings), and wait until it answers `GET /v1/models`.
 */
export async function startUpstream({ gguf, port, alias = 'tiny', dir }) {
  const config = path.join(dir, `llama-${port}.json`);
  await writeFile(config, JSON.stringify({
    host: '127.0.0.1', port,
    models: [{ model: gguf, model_alias: alias, n_ctx: 512, embedding: true, n_threads: 1, verbose: false }],
  }));
  const child = spawn(PYTHON, ['-m', 'llama_cpp.server', '--config_file', config]);
  child.log = '';
  child.stdout.on('data', (d) => { child.log += d; });
  child.stderr.on('data', (d) => { child.log += d; });
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/v1/models`)).ok) return child;
    } catch { /* not up yet */ }
    if (child.exitCode !== null) throw new Error(`llama.cpp's server exited: ${child.log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`llama.cpp's server did not answer within 60 s: ${child.log}`);
}

/**
 * A tiny model of its own (`dir/tiny.gguf`) behind llama.cpp's server, registered by `owner` as a
 * Model asset (content hash: the file's) offered at `price` per call through `provider` (30 %):
 * `{ gguf, upstream, upstreamPort, model }`.
 */
export async function servedTinyModel(api, { dir, owner, provider, price }) {
  const gguf = await tinyModel(`${dir}/tiny.gguf`);
  const upstreamPort = await freePort();
  const upstream = await startUpstream({ gguf, port: upstreamPort, dir });
  const licence = { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(10) };
  const asset = await submit(api, api.tx.assetRegistry.registerAsset('Model', blake2AsHex(await readFile(gguf), 256),
    'file://tiny.gguf', licence, [], null), owner);
  const model = eventOf(api, asset.events, 'assetRegistry', 'AssetRegistered').assetId.toNumber();
  await submit(api, api.tx.modelInvocation.setOffering(model, price, provider.address, percent(30), 20), owner);
  return { gguf, upstream, upstreamPort, model };
}
