// Finding an event among a block's or a transaction's events, typed by the runtime's metadata.

/** @typedef {import('@polkadot/api').ApiPromise} ApiPromise */
/** @typedef {import('@polkadot/types/interfaces').EventRecord} EventRecord */
/** @typedef {ApiPromise['events']} Events */

/**
 * The data of event `Events[S][M]` (named fields and positional values, as the metadata says).
 * @template {keyof Events} S
 * @template {keyof Events[S]} M
 * @typedef {Events[S][M] extends import('@polkadot/api-base/types').AugmentedEvent<'promise', infer T extends import('@polkadot/types/types').AnyTuple, infer N>
 *   ? import('@polkadot/types/types').IEvent<T, N>['data'] : never} EventData
 */

/**
 * The data of the first `section.method` event in `events`; throws if there is none.
 * @template {keyof Events & string} S
 * @template {keyof Events[S] & string} M
 * @param {ApiPromise} api
 * @param {readonly EventRecord[]} events
 * @param {S} section  e.g. `dataLabellingTasks`
 * @param {M} method  e.g. `TaskCreated`
 * @returns {EventData<S, M>}
 */
export function eventOf(api, events, section, method) {
  const kind = /** @type {import('@polkadot/api-base/types').AugmentedEvent<'promise'>} */ (api.events[section][method]);
  const found = events.find(({ event }) => kind.is(event));
  if (!found) throw new Error(`no ${section}.${method} event`);
  return /** @type {EventData<S, M>} */ (found.event.data);
}
