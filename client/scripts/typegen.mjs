// Regenerate client/types/ — polkadot.js augmentation types for Lineage's runtime (storage,
// transactions, events, errors, constants, runtime APIs and every type they use) — from the
// metadata of a running node, with @polkadot/typegen.
//
//   npm run typegen [-- ws://127.0.0.1:9944]            (default: LINEAGE_WS, else :9944)
//   npm run typegen -- --check [ws://…]                  exit 1 if client/types/ is stale
//
// The API loads metadata v15 where the runtime has it (runtime APIs included), so the types are
// generated from exactly what `ApiPromise` sees.
import { chmod, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  generateDefaultConsts, generateDefaultErrors, generateDefaultEvents, generateDefaultLookup,
  generateDefaultQuery, generateDefaultRuntime, generateDefaultTx,
} from '@polkadot/typegen/generate';
import { connect } from '../src/connect.js';
import { WS_URL } from '../src/node.js';

const TYPES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'types');
const HEADER = '// Generated from a Lineage node\'s metadata by `npm run typegen` in client/ (scripts/typegen.mjs); do not edit.\n';
/** The augment-api-*.ts files, each from its part of the metadata. */
const PARTS = { consts: generateDefaultConsts, errors: generateDefaultErrors, events: generateDefaultEvents,
  query: generateDefaultQuery, runtime: generateDefaultRuntime, tx: generateDefaultTx };

const args = process.argv.slice(2);
const check = args.includes('--check');
const url = args.find((a) => !a.startsWith('--')) ?? WS_URL;

/**
 * The runtime's metadata as the API decoded it, and what identifies the runtime.
 * @param {string} endpoint
 */
async function metadataOf(endpoint) {
  const api = await connect(endpoint);
  try {
    const { specName, specVersion } = api.runtimeVersion;
    return {
      hex: api.runtimeMetadata.toHex(),
      source: { specName: specName.toString(), specVersion: specVersion.toNumber(), metadataVersion: api.runtimeMetadata.version },
    };
  } finally {
    await api.disconnect();
  }
}

/**
 * Write every generated file into `dir`.
 * @param {string} dir
 * @param {`0x${string}`} hex
 * @param {object} source
 */
async function generate(dir, hex, source) {
  // lookup.ts (definitions), types-lookup.ts (interfaces), registry.ts; index.ts would re-export a
  // types.ts that only user-defined types produce.
  generateDefaultLookup(dir, hex);
  await rm(path.join(dir, 'index.ts'));
  // The other generators need the lookup definitions; lookup.ts is a plain object literal, which
  // node 20 imports once it is named .mjs.
  const copy = path.join(await mkdtemp(path.join(tmpdir(), 'lineage-typegen-')), 'lookup.mjs');
  await writeFile(copy, await readFile(path.join(dir, 'lookup.ts')));
  const lookup = (await import(pathToFileURL(copy).href)).default;
  await rm(path.dirname(copy), { recursive: true });
  const custom = { rpc: {}, types: lookup };
  for (const [part, gen] of Object.entries(PARTS)) gen(path.join(dir, `augment-api-${part}.ts`), hex, {}, true, custom);
  await writeFile(path.join(dir, 'augment-api.ts'),
    `${HEADER}\n${Object.keys(PARTS).map((p) => `import './augment-api-${p}.js';\n`).join('')}`);
  await writeFile(path.join(dir, 'source.json'), `${JSON.stringify(source, null, 2)}\n`);
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.ts')) continue;
    const file = path.join(dir, name);
    const text = await readFile(file, 'utf8');
    // Say where the files come from instead of typegen's own command.
    await writeFile(file, aliasRuntimeCall(text.replace(/^\/\/ Auto-generated via `yarn polkadot-types-from-\w+`, do not edit\n/, HEADER)));
  }
}

/**
 * typegen names the runtime's call enum `RuntimeCall` only for the runtimes it knows; for ours it
 * writes `LineageRuntimeRuntimeCall`, a type it never declares. Use `RuntimeCall` as it does for them.
 * @param {string} text
 * @returns {string}
 */
function aliasRuntimeCall(text) {
  if (!/\bLineageRuntimeRuntimeCall\b/.test(text)) return text;
  const aliased = text.replace(/\bLineageRuntimeRuntimeCall\b/g, 'RuntimeCall');
  const from = "from '@polkadot/types/interfaces/runtime';";
  const line = aliased.split('\n').find((l) => l.startsWith('import type {') && l.endsWith(from));
  if (!line) return aliased.replace(/^(import type .*\n)/m, `import type { RuntimeCall } ${from}\n$1`);
  const names = line.slice('import type {'.length, -(` } ${from}`.length)).split(',').map((n) => n.trim());
  const sorted = [...new Set([...names, 'RuntimeCall'])].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  return aliased.replace(line, `import type { ${sorted.join(', ')} } ${from}`);
}

/**
 * The files of `dir` and their contents.
 * @param {string} dir
 * @returns {Promise<Map<string, string>>}
 */
async function contents(dir) {
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.ts') || n.endsWith('.json'));
  return new Map(await Promise.all(names.map(async (n) => /** @type {[string, string]} */ ([n, await readFile(path.join(dir, n), 'utf8')]))));
}

const { hex, source } = await metadataOf(url);
console.error(`[typegen] ${source.specName} spec ${source.specVersion}, metadata v${source.metadataVersion} from ${url}`);
const out = await mkdtemp(path.join(tmpdir(), 'lineage-types-'));
const log = console.log;
console.log = () => {}; // typegen narrates every file it writes
try {
  await generate(out, hex, source);
} finally {
  console.log = log;
}
const fresh = await contents(out);
const committed = await contents(TYPES);
const stale = [...new Set([...fresh.keys(), ...committed.keys()])].filter((n) => fresh.get(n) !== committed.get(n)).sort();
if (check) {
  await rm(out, { recursive: true });
  if (stale.length) {
    console.error(`[typegen] client/types/ is stale (${stale.join(', ')}): run \`npm run typegen\` in client/`);
    process.exit(1);
  }
  console.error('[typegen] client/types/ matches the node');
} else {
  await rm(TYPES, { recursive: true, force: true });
  await cp(out, TYPES, { recursive: true });
  await chmod(TYPES, 0o755);
  await rm(out, { recursive: true });
  console.error(`[typegen] wrote client/types/ (${fresh.size} files, ${stale.length} changed)`);
}
