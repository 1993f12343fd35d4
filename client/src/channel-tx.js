// Opening, topping up and closing a prepaid call channel (pallet call-channels) from
// polkadot.js: the transactions a caller (or the provider) sends around its paid calls.
import { eventOf } from './events.js';
import { submit } from './submit.js';

/** @typedef {import('@polkadot/api').ApiPromise} ApiPromise */
/** @typedef {import('@polkadot/api/types').AddressOrPair} AddressOrPair */
/** @typedef {Partial<import('@polkadot/api/types').SignerOptions>} SignerOptions */

/**
 * Open a channel from `caller` to `model` holding `deposit`, until block `expiresAt`, at the
 * offering's current terms (read now: if the owner changes them before this lands, the chain
 * refuses it with `TermsChanged` rather than open at other terms).
 * @param {ApiPromise} api
 * @param {AddressOrPair} caller
 * @param {{ model: number, deposit: bigint, expiresAt: number }} o
 * @param {SignerOptions} [options]
 * @returns {Promise<{ channel: bigint, price: bigint, provider: string }>}
 */
export async function openChannel(api, caller, { model, deposit, expiresAt }, options = {}) {
  const offering = await api.call.modelInvocationApi.offering(model);
  if (offering.isNone) throw new Error(`model #${model} has no offering`);
  const { terms } = offering.unwrap();
  const { events } = await submit(api, api.tx.callChannels.openChannel(model, deposit, expiresAt, terms), caller, options);
  const opened = eventOf(api, events, 'callChannels', 'ChannelOpened');
  return { channel: opened.channel.toBigInt(), price: opened.pricePerCall.toBigInt(), provider: opened.provider.toString() };
}

/**
 * Add `amount` to `caller`'s channel and/or move its expiry to `expiresAt`.
 * @param {ApiPromise} api
 * @param {AddressOrPair} caller
 * @param {{ channel: bigint | number, amount?: bigint, expiresAt?: number | null }} o
 * @param {SignerOptions} [options]
 * @returns {Promise<bigint>} the channel's funds in total now
 */
export async function topUpChannel(api, caller, { channel, amount = 0n, expiresAt = null }, options = {}) {
  const { events } = await submit(api, api.tx.callChannels.topUp(channel, amount, expiresAt), caller, options);
  return eventOf(api, events, 'callChannels', 'ChannelToppedUp').deposit.toBigInt();
}

/**
 * The caller asks to close its channel; the provider can still claim during the challenge
 * period. Resolves to the last block it can claim in.
 * @param {ApiPromise} api
 * @param {AddressOrPair} caller
 * @param {bigint | number} channel
 * @param {SignerOptions} [options]
 */
export async function requestCloseChannel(api, caller, channel, options = {}) {
  const { events } = await submit(api, api.tx.callChannels.requestClose(channel), caller, options);
  return eventOf(api, events, 'callChannels', 'ChannelCloseRequested').claimableUntil.toNumber();
}

/**
 * Close a channel (the provider at any time; anyone once it can no longer be claimed). Resolves
 * to what went back to the caller.
 * @param {ApiPromise} api
 * @param {AddressOrPair} who
 * @param {bigint | number} channel
 * @param {SignerOptions} [options]
 */
export async function closeChannel(api, who, channel, options = {}) {
  const { events } = await submit(api, api.tx.callChannels.close(channel), who, options);
  return eventOf(api, events, 'callChannels', 'ChannelClosed').refunded.toBigInt();
}
