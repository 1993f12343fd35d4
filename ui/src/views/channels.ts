// Channels: prepaid call channels of the chosen account. Open one to a model at its offering's
// terms (deposit = calls × price), top it up, ask to close it, and close it once the provider's
// claim window is over. The calls themselves go to the model's gateway with signed vouchers
// (`@lineage/client`'s ChannelCalls); what the provider claims is shown per channel.
import type { ApiPromise } from '@polkadot/api';
import { h, mount } from '../dom';
import { blocksToTime } from '../chain';
import { allAssets } from '../queries';
import { money, requireAccount, short, type App } from '../state';
import { logTx, send, sendLogged } from '../tx';

interface Offered {
  model: number;
  price: bigint;
  /** Per 1,000 tokens of request and of answer, if the model is priced per token. */
  tokens: { input: bigint; output: bigint } | null;
  provider: string;
  terms: number;
}

interface MyChannel {
  id: bigint;
  model: number;
  price: bigint;
  deposit: bigint;
  claimed: bigint;
  claimedCalls: number;
  expiresAt: number;
  closingUntil: number | null;
  claimable: boolean;
}

/** Models with an offering that takes calls now. */
async function offeredModels(api: ApiPromise): Promise<Offered[]> {
  const models = (await allAssets(api)).filter((a) => a.kind === 'Model' && a.status === 'Active');
  const offers = await Promise.all(models.map(async (m) => {
    const o = await api.call.modelInvocationApi.offering(m.id);
    if (o.isNone || o.unwrap().paused.isTrue) return null;
    const v = o.unwrap();
    const [input, output] = [v.tokenPrices.per1kInput.toBigInt(), v.tokenPrices.per1kOutput.toBigInt()];
    const tokens = input > 0n || output > 0n ? { input, output } : null;
    return { model: m.id, price: v.pricePerCall.toBigInt(), tokens, provider: v.provider.toString(), terms: v.terms.toNumber() };
  }));
  return offers.filter((o): o is Offered => o !== null);
}

async function myChannels(api: ApiPromise, who: string): Promise<MyChannel[]> {
  const views = await api.call.callChannelsApi.channelsOfCaller(who, null, api.consts.callChannels.maxChannelsPerCaller.toNumber());
  return views.map((v) => ({
    id: v.id.toBigInt(), model: v.model.toNumber(), price: v.pricePerCall.toBigInt(), deposit: v.deposit.toBigInt(),
    claimed: v.claimed.toBigInt(), claimedCalls: v.claimedCalls.toNumber(), expiresAt: v.expiresAt.toNumber(),
    closingUntil: v.closingUntil.isSome ? v.closingUntil.unwrap().toNumber() : null, claimable: v.claimable.isTrue,
  }));
}

/** Blocks in `days` days at the chain's block time. */
function blocksIn(api: ApiPromise, days: number): number {
  const ms = api.consts.timestamp.minimumPeriod.toNumber() * 2;
  return Math.floor((days * 86_400_000) / ms);
}

export async function channelsView(app: App): Promise<HTMLElement> {
  const { api } = app;
  const me = requireAccount(app).address;
  const lin = (amount: bigint) => money(app, amount);
  const log = h('div', { id: 'tx-log' });
  const body = h('div', {});
  const maxDays = Math.floor((api.consts.callChannels.maxLifetime.toNumber() * api.consts.timestamp.minimumPeriod.toNumber() * 2) / 86_400_000);

  const run = (label: string, tx: Parameters<typeof send>[1]) => sendLogged(app, me, log, label, tx, refresh);

  async function refresh() {
    const [offers, channels, header] = await Promise.all([offeredModels(api), myChannels(api, me), api.rpc.chain.getHeader()]);
    const now = header.number.toNumber();
    const modelSelect = h('select', { id: 'channel-model' },
      offers.map((o) => h('option', { value: o.model }, `Model #${o.model} — ${lin(o.price)} per call${
        o.tokens ? ` + ${lin(o.tokens.input)} / ${lin(o.tokens.output)} per 1,000 tokens in / out` : ''}, served by ${short(o.provider)}`)));
    const callsInput = h('input', { id: 'channel-calls', type: 'number', min: 1, value: 100 });
    const daysInput = h('input', { id: 'channel-days', type: 'number', min: 1, max: maxDays, value: 7 });
    const cost = h('span', { id: 'channel-cost', class: 'muted' });
    const chosen = () => offers.find((o) => o.model === Number(modelSelect.value));
    const showCost = () => {
      const o = chosen();
      const calls = BigInt(Math.max(0, Math.floor(Number(callsInput.value) || 0)));
      const tokens = o?.tokens ? ' Priced per token too: each call also costs its tokens, so hold more than the calls alone.' : '';
      cost.textContent = o ? `Holds ${lin(o.price * calls)} (plus a ${lin(api.consts.callChannels.channelDeposit.toBigInt())} record deposit), returned at close minus what the provider claims.${tokens}` : '';
    };
    modelSelect.addEventListener('change', showCost);
    callsInput.addEventListener('input', showCost);
    showCost();
    const open = () => {
      const o = chosen();
      const calls = Math.floor(Number(callsInput.value));
      const days = Math.floor(Number(daysInput.value));
      if (!o || !(calls >= 1) || !(days >= 1 && days <= maxDays)) {
        logTx(log, 'Open a channel')({ kind: 'failed', message: `Choose a model, at least one call, and 1 to ${maxDays} days.` });
        return;
      }
      run(`Open a channel to model #${o.model}`,
        api.tx.callChannels.openChannel(o.model, o.price * BigInt(calls), now + blocksIn(api, days), o.terms));
    };
    const rows = channels.map((c) => {
      const topUpInput = h('input', { class: 'top-up-calls', type: 'number', min: 1, value: 100 });
      const expired = now > c.expiresAt;
      const status = c.closingUntil !== null
        ? (c.claimable ? `closing: the provider can claim until #${c.closingUntil}` : 'closed for claims: close it to get the rest back')
        : expired ? (c.claimable ? `expired; claims until #${c.expiresAt + api.consts.callChannels.challengePeriod.toNumber()}` : 'expired: close it to get the rest back')
          : `open until #${c.expiresAt} (in ${blocksToTime(api, c.expiresAt - now)})`;
      return h('tr', { 'data-channel': c.id.toString() },
        h('td', {}, `#${c.id}`), h('td', {}, h('a', { href: `#/asset/${c.model}` }, `Model #${c.model}`)),
        h('td', { class: 'num funds' }, lin(c.deposit)), h('td', { class: 'num used' }, `${lin(c.claimed)} (${c.claimedCalls} calls claimed)`),
        h('td', { class: 'num left' }, lin(c.deposit - c.claimed)), h('td', { class: 'status' }, status),
        h('td', {},
          c.closingUntil === null && !expired ? [topUpInput, h('button', {
            class: 'top-up',
            onclick: () => run(`Top up channel #${c.id}`, api.tx.callChannels.topUp(c.id, c.price * BigInt(Math.max(1, Math.floor(Number(topUpInput.value) || 1))), null)),
          }, 'Top up (calls)'), h('button', { class: 'request-close', onclick: () => run(`Ask to close channel #${c.id}`, api.tx.callChannels.requestClose(c.id)) }, 'Ask to close')] : null,
          !c.claimable ? h('button', { class: 'close', onclick: () => run(`Close channel #${c.id}`, api.tx.callChannels.close(c.id)) }, 'Close and refund') : null));
    });
    mount(body,
      h('h3', {}, 'Open a channel'),
      offers.length === 0 ? h('p', { class: 'muted', id: 'no-offers' }, 'No model takes calls now.')
        : h('div', { class: 'channel-form' },
          h('label', {}, 'Model ', modelSelect), h('label', {}, 'Calls ', callsInput), h('label', {}, 'Days ', daysInput),
          h('button', { id: 'open-channel', onclick: open }, 'Open channel'), h('p', {}, cost)),
      h('h3', {}, 'Your channels'),
      channels.length === 0 ? h('p', { class: 'muted', id: 'no-channels' }, 'No open channels.')
        : h('table', { id: 'channels' },
          h('thead', {}, h('tr', {}, ...['Channel', 'Model', 'Funds', 'Claimed', 'Left', 'Status', ''].map((c) => h('th', {}, c)))),
          h('tbody', {}, rows)));
  }

  await refresh();
  return h('section', { id: 'channels-page' },
    h('h2', {}, 'Prepaid call channels'),
    h('p', { class: 'muted' }, 'A channel holds funds for many calls to one model. Each call is paid with a voucher your client signs off-chain; the provider claims them now and then, and every claim pays the model\'s whole lineage. Closing returns what was not claimed.'),
    body,
    h('h3', {}, 'Transactions'), log);
}
