// Earnings: task rewards and dataset royalties that can be claimed, one-click claims, and a
// history of recent payments into the assets you earn from and of your claims.
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { h, mount } from '../dom';
import { royalties, taskRewards, tasksById } from '../queries';
import { money, requireAccount, type App } from '../state';
import { sendLogged } from '../tx';

const HISTORY_BLOCKS = 200;

interface HistoryRow {
  block: number;
  text: string;
}

/** Payments into `assets` and `who`'s claims in the last HISTORY_BLOCKS blocks, newest first. */
async function history(app: App, who: string, assets: Set<number>): Promise<HistoryRow[]> {
  const { api } = app;
  const lin = (amount: bigint) => money(app, amount);
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const from = Math.max(1, head - HISTORY_BLOCKS + 1);
  const rows: HistoryRow[] = [];
  const numbers = Array.from({ length: head - from + 1 }, (_, i) => head - i);
  await Promise.all(numbers.map(async (n) => {
    const hash = await api.rpc.chain.getBlockHash(n);
    const events = await (await api.at(hash)).query.system.events();
    // Models paid by channel claims in this block: their payments are labelled as such.
    const byChannels = new Set(events.filter(({ event }) => api.events.callChannels.ClaimsSettled.is(event))
      .map(({ event }) => (event.data as unknown as { model: { toNumber(): number } }).model.toNumber()));
    for (const { event } of events) {
      if (api.events.royaltySplit.RevenuePaid.is(event)) {
        const d = event.data;
        const through = byChannels.has(d.assetId.toNumber()) ? ' through prepaid channels' : '';
        for (const credit of d.credits) {
          const asset = credit.asset.toNumber();
          if (assets.has(asset)) {
            rows.push({ block: n, text: `Asset #${asset} earned ${lin(credit.amount.toBigInt())} (contributors' pool ${lin(credit.toContributors.toBigInt())}) from a payment of ${lin(d.amount.toBigInt())} into #${d.assetId.toNumber()}${through}` });
          }
        }
      } else if (api.events.royaltySplit.Claimed.is(event) && event.data.who.toString() === who) {
        const d = event.data;
        rows.push({ block: n, text: `You claimed ${lin(d.asOwner.toBigInt() + d.asContributor.toBigInt())} from asset #${d.assetId.toNumber()}` });
      } else if (api.events.dataLabellingTasks.RewardsClaimed.is(event) && event.data.claimer.toString() === who) {
        const d = event.data;
        rows.push({ block: n, text: `You claimed ${lin(d.amount.toBigInt())} of rewards from task #${d.task.toNumber()}` });
      }
    }
  }));
  return rows.sort((a, b) => b.block - a.block);
}

export async function earningsView(app: App): Promise<HTMLElement> {
  const { api } = app;
  const me = requireAccount(app).address;
  const lin = (amount: bigint) => money(app, amount);
  const log = h('div', { id: 'tx-log' });
  const body = h('div', {});

  const claim = (label: string, tx: SubmittableExtrinsic<'promise'>) => sendLogged(app, me, log, label, tx, refresh);

  async function refresh() {
    const [rewards, royal] = await Promise.all([taskRewards(api, me), royalties(api, me)]);
    const tasks = await tasksById(api, rewards.map((r) => r.task));
    const rewardRows = rewards.map((r) => {
      const st = tasks.get(r.task)?.status ?? 'Unknown';
      const claimable = st === 'Finalised' || st === 'Expired';
      return h('tr', { 'data-reward-task': r.task },
        h('td', {}, `Task #${r.task}`), h('td', { class: 'num' }, String(r.labels)), h('td', { class: 'num' }, String(r.reviews)),
        h('td', { class: 'num amount' }, lin(r.amount)), h('td', {}, st),
        h('td', {}, claimable
          ? h('button', { class: 'claim-task', onclick: () => claim(`Claim task #${r.task} rewards`, api.tx.dataLabellingTasks.claimRewards(r.task)) }, 'Claim')
          : h('span', { class: 'muted' }, 'after finalisation')));
    });
    const royaltyRows = royal.map((r) => h('tr', { 'data-royalty-asset': r.asset },
      h('td', {}, h('a', { href: `#/asset/${r.asset}` }, `Asset #${r.asset}`)),
      h('td', { class: 'num amount' }, lin(r.asContributor)), h('td', { class: 'num' }, lin(r.asOwner)),
      h('td', {}, r.locked
        ? h('span', { class: 'muted' }, 'locked (asset frozen)')
        : h('button', { class: 'claim-royalty', onclick: () => claim(`Claim royalties of asset #${r.asset}`, api.tx.royaltySplit.claim(r.asset)) }, 'Claim'))));
    const total = royal.reduce((s, r) => s + r.asContributor + r.asOwner, 0n);
    mount(body,
      h('h3', {}, 'Task rewards'),
      rewards.length === 0 ? h('p', { class: 'muted', id: 'no-rewards' }, 'No task rewards to claim: label some items.')
        : h('table', { id: 'rewards' }, h('thead', {}, h('tr', {}, ...['Task', 'Accepted labels', 'Reviews', 'Reward', 'Task status', ''].map((c) => h('th', {}, c)))), h('tbody', {}, rewardRows)),
      h('h3', {}, 'Royalties from datasets and models'),
      h('p', { class: 'muted' }, 'Every call of a model trained on a dataset you labelled pays you a share, on chain, in the same block.'),
      royal.length === 0 ? h('p', { class: 'muted', id: 'no-royalties' }, 'No royalties to claim.')
        : [h('table', { id: 'royalties' }, h('thead', {}, h('tr', {}, ...['Asset', 'As contributor', 'As owner', ''].map((c) => h('th', {}, c)))), h('tbody', {}, royaltyRows)),
          h('p', {}, `Total claimable: ${lin(total)} `, h('button', { id: 'claim-all', onclick: () => claim('Claim all royalties', api.tx.royaltySplit.claimAll()) }, 'Claim all'))]);
    return royal;
  }

  const royal = await refresh();
  const historyBox = h('div', { id: 'history' }, h('p', { class: 'muted' }, 'Loading the last blocks…'));
  void history(app, me, new Set(royal.map((r) => r.asset))).then((rows) => {
    historyBox.replaceChildren(rows.length === 0
      ? h('p', { class: 'muted' }, `Nothing in the last ${HISTORY_BLOCKS} blocks.`)
      : h('ul', {}, rows.map((r) => h('li', {}, h('span', { class: 'muted' }, `#${r.block} `), r.text))));
  });

  return h('section', { id: 'earnings' },
    h('h2', {}, 'Earnings'), body,
    h('h3', {}, 'Transactions'), log,
    h('h3', {}, 'History'), historyBox);
}
