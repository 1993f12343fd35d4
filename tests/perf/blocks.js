// What the throughput benchmarks share: pre-signing extrinsics with consecutive nonces,
// submitting them with bounded concurrency, and reading rates from block contents (our extrinsics
// or events over the on-chain time, timestamp.set, of the blocks that hold them).

/** The on-chain timestamp (ms) of `block`, from its timestamp.set. */
export function blockTimestamp(block) {
  const set = block.extrinsics.find((x) => x.method.section === 'timestamp' && x.method.method === 'set');
  return set.method.args[0].toNumber();
}

/**
 * The helpers bound to `api`.
 * @param {import('@polkadot/api').ApiPromise} api
 */
export function blocks(api) {
  /** Pre-sign `calls` as [signer, tx] with consecutive nonces per signer, immortal. */
  async function presign(calls) {
    const nonces = new Map();
    const signed = [];
    for (const [signer, tx] of calls) {
      if (!nonces.has(signer.address)) {
        nonces.set(signer.address, (await api.rpc.system.accountNextIndex(signer.address)).toNumber());
      }
      const nonce = nonces.get(signer.address);
      nonces.set(signer.address, nonce + 1);
      signed.push(await tx.signAsync(signer, { nonce, era: 0 }));
    }
    return signed;
  }

  /** Submit signed extrinsics in order with bounded concurrency; resolves when all are accepted. */
  async function submitAll(signed, inFlight = 256) {
    let next = 0;
    const worker = async () => {
      while (next < signed.length) {
        const tx = signed[next++];
        await api.rpc.author.submitExtrinsic(tx);
      }
    };
    await Promise.all(Array.from({ length: Math.min(inFlight, signed.length) }, worker));
  }

  /** Wait until `done(block)` has been true for all of `want` items, scanning each new block. */
  async function scanBlocks(fromNumber, onBlock, isDone, timeoutMs = 600_000) {
    const started = Date.now();
    let number = fromNumber;
    for (;;) {
      const head = (await api.rpc.chain.getHeader()).number.toNumber();
      while (number <= head) {
        const hash = await api.rpc.chain.getBlockHash(number);
        const [block, events] = await Promise.all([api.rpc.chain.getBlock(hash), api.query.system.events.at(hash)]);
        await onBlock(number, block.block, events);
        number++;
      }
      if (isDone()) return;
      if (Date.now() - started > timeoutMs) throw new Error('timed out waiting for inclusion');
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  /** The on-chain timestamp of block `n`. */
  async function timestampAt(n) {
    return blockTimestamp((await api.rpc.chain.getBlock(await api.rpc.chain.getBlockHash(n))).block);
  }

  /** Submit and wait for inclusion; the rate's span runs from the timestamp of the block before
   * the first one holding ours to the timestamp of the last one holding ours. */
  async function measureInclusion(signed) {
    const want = new Set(signed.map((x) => x.hash.toHex()));
    const start = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
    const times = new Map([[start - 1, await timestampAt(start - 1)]]);
    const submitting = submitAll(signed);
    let count = 0;
    let first = null;
    let last = null;
    await scanBlocks(start, (n, block) => {
      times.set(n, blockTimestamp(block));
      const ours = block.extrinsics.filter((x) => want.has(x.hash.toHex())).length;
      if (ours > 0) {
        count += ours;
        if (first === null) first = n;
        last = n;
      }
    }, () => count >= want.size);
    await submitting;
    return { count, blocks: last - first + 1, seconds: (times.get(last) - times.get(first - 1)) / 1000 };
  }

  return { presign, submitAll, scanBlocks, timestampAt, measureInclusion };
}
