// Sending an extrinsic with the wallet's signer and reporting its progress in words.
import type { ApiPromise, SubmittableResult } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { DispatchError } from '@polkadot/types/interfaces';
import { h } from './dom';
import { signerFor } from './wallet';

export type TxState =
  | { kind: 'signing' }
  | { kind: 'pending' }
  | { kind: 'inBlock'; block: number }
  | { kind: 'finalised'; block: number }
  | { kind: 'failed'; message: string };

/** The chain's own words for a dispatch error: the error's doc comment and its name. */
export function explain(api: ApiPromise, err: DispatchError): string {
  if (err.isModule) {
    const meta = api.registry.findMetaError(err.asModule);
    const docs = meta.docs.join(' ').trim();
    return `${docs || meta.name} (${meta.section}.${meta.name})`;
  }
  if (err.isToken) return `Token error: ${err.asToken.type} — not enough funds, or an account would fall below the minimum balance.`;
  if (err.isArithmetic) return `Arithmetic error: ${err.asArithmetic.type}.`;
  if (err.isBadOrigin) return 'You are not allowed to do this (bad origin).';
  return err.type;
}

/** What a rejected submission means for a person: wallet refusals and pool errors. */
export function explainSubmitError(e: unknown): string {
  const text = (e as Error)?.message ?? String(e);
  if (/Inability to pay some fees|balance too low/i.test(text)) return 'Your account cannot pay the transaction fee. Get some LIN first.';
  if (/Cancelled|Rejected by user/i.test(text)) return 'You cancelled the signature in your wallet.';
  if (/outdated|stale/i.test(text)) return 'The transaction was outdated (nonce already used). Try again.';
  return text;
}

/**
 * Sign `tx` as `address` with its wallet and submit it. Resolves with the result once it is in a
 * block (keeps reporting until finalised); rejects with a readable message if it fails.
 */
export async function send(
  api: ApiPromise,
  tx: SubmittableExtrinsic<'promise'>,
  address: string,
  onState: (s: TxState) => void = () => undefined,
): Promise<SubmittableResult> {
  onState({ kind: 'signing' });
  const signer = await signerFor(address);
  return new Promise((resolve, reject) => {
    let unsub: (() => void) | undefined;
    let settled = false;
    const fail = (message: string) => {
      onState({ kind: 'failed', message });
      unsub?.();
      if (!settled) {
        settled = true;
        reject(new Error(message));
      }
    };
    tx.signAndSend(address, { signer }, async (result: SubmittableResult) => {
      if (result.dispatchError) return fail(explain(api, result.dispatchError));
      if (result.isError) return fail(`The transaction was dropped (${result.status.type}).`);
      if (result.status.isReady || result.status.isBroadcast) onState({ kind: 'pending' });
      if (result.status.isInBlock) {
        const header = await api.rpc.chain.getHeader(result.status.asInBlock);
        const block = header.number.toNumber();
        onState({ kind: 'inBlock', block });
        if (!settled) {
          settled = true;
          resolve(result);
        }
      }
      if (result.status.isFinalized) {
        const header = await api.rpc.chain.getHeader(result.status.asFinalized);
        onState({ kind: 'finalised', block: header.number.toNumber() });
        unsub?.();
      }
    })
      .then((u) => {
        unsub = u;
        if (settled) u();
      })
      .catch((e) => fail(explainSubmitError(e)));
  });
}

/**
 * Add a line for a transaction labelled `label` at the top of `log`; returns the `onState`
 * callback for `send` that keeps the line showing the transaction's state.
 */
export function logTx(log: HTMLElement, label: string): (s: TxState) => void {
  const el = h('div', { class: 'tx', 'data-state': 'signing' }, `${label}: waiting for your signature…`);
  log.prepend(el);
  return (s: TxState) => {
    el.dataset.state = s.kind;
    el.textContent = {
      signing: () => `${label}: waiting for your signature…`,
      pending: () => `${label}: submitted, waiting for a block…`,
      inBlock: () => `${label}: in block #${(s as { block: number }).block}`,
      finalised: () => `${label}: finalised in block #${(s as { block: number }).block}`,
      failed: () => `${label}: failed — ${(s as { message: string }).message}`,
    }[s.kind]();
  };
}

/**
 * Send `tx` as the chosen account in `app`'s queue, logging its progress as `label` in `log`;
 * then run `after` (a refresh of the screen) and refresh the header, whether or not it succeeded
 * (a failure is already shown in the log).
 */
export function sendLogged(
  app: { api: ApiPromise; queue: <T>(job: () => Promise<T>) => Promise<T>; refreshHeader: () => void },
  from: string,
  log: HTMLElement,
  label: string,
  tx: SubmittableExtrinsic<'promise'>,
  after: () => unknown,
): void {
  const update = logTx(log, label);
  app.queue(() => send(app.api, tx, from, update))
    .then(() => after())
    .catch(() => undefined)
    .finally(() => app.refreshHeader());
}
