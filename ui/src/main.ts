// Lineage's labeller app: connect a wallet, label data, follow earnings, explore lineages, and
// post tasks. Hash routes: #/tasks, #/label/<task>, #/earnings, #/assets, #/asset/<id>, #/channels, #/new.
import { token } from '@lineage/client';
import { connectChain, endpoint } from './chain';
import { h, mount } from './dom';
import { watchAccount, type Subscriptions } from './live';
import { accountInfo, type AccountInfo } from './queries';
import { money, short, type App } from './state';
import { enableWallets, NoWallet, type WalletAccount } from './wallet';
import { assetView, assetsView } from './views/assets';
import { channelsView } from './views/channels';
import { earningsView } from './views/earnings';
import { labelView } from './views/label';
import { requesterView } from './views/requester';
import { tasksView } from './views/tasks';

const top = document.getElementById('top')!;
const main = document.getElementById('app')!;

function unreachable(url: string, message: string) {
  const input = h('input', { id: 'rpc', value: url, size: 40 }) as HTMLInputElement;
  mount(top, h('h1', {}, 'Lineage'));
  mount(main, h('section', { class: 'card' },
    h('p', { class: 'error', id: 'node-error' }, message),
    h('p', {}, 'Start a dev chain with ', h('code', {}, 'scripts/dev.sh'), ', or connect to another node:'),
    h('p', {}, input, ' ', h('button', { onclick: () => { location.search = `?rpc=${encodeURIComponent(input.value)}`; } }, 'Connect'))));
}

async function start() {
  const url = endpoint();
  let api;
  try {
    api = await connectChain(url);
  } catch (e) {
    return unreachable(url, (e as Error).message);
  }
  const leaving: (() => void)[] = [];
  let tail: Promise<unknown> = Promise.resolve();
  const app: App = {
    api,
    token: token(api),
    genesis: api.genesisHash.toHex(),
    ss58: api.registry.chainSS58 ?? 42,
    accounts: [],
    account: null,
    refreshHeader: () => void renderHeader(),
    go: (route) => {
      if (location.hash === route) void route_();
      else location.hash = route;
    },
    onLeave: (fn) => leaving.push(fn),
    queue: <T>(job: () => Promise<T>) => {
      const run = tail.then(job, job);
      tail = run.catch(() => undefined);
      return run;
    },
  };
  api.on('disconnected', () => {
    document.getElementById('node-status')?.replaceChildren('node disconnected — reconnecting…');
  });
  api.on('connected', () => {
    document.getElementById('node-status')?.replaceChildren(`connected to ${url}`);
  });

  const walletMessage = h('div', { id: 'wallet-message' });

  // Keep the chosen account's balance and reputation current: a subscription to its two keys.
  let watching: Subscriptions | null = null;
  let latest: AccountInfo | null = null;
  function watch(account: WalletAccount | null) {
    watching?.stop();
    latest = null;
    watching = account ? watchAccount(api!, account.address, (info) => {
      latest = info;
      document.getElementById('balance')?.replaceChildren(money(app, info.free));
      document.getElementById('reputation')?.replaceChildren(`reputation ${info.reputation}`);
    }) : null;
  }

  function choose(account: WalletAccount | null) {
    app.account = account;
    if (account) localStorage.setItem('lineage.account', account.address);
    watch(account);
    void renderHeader();
    void route_();
  }

  async function connectWallet() {
    walletMessage.replaceChildren();
    try {
      app.accounts = await enableWallets(app.ss58);
      const remembered = localStorage.getItem('lineage.account');
      choose(app.accounts.find((a) => a.address === remembered) ?? app.accounts[0]);
    } catch (e) {
      walletMessage.replaceChildren(h('p', { class: 'error', id: 'no-wallet' }, e instanceof NoWallet ? e.message : `Wallet error: ${(e as Error).message}`));
    }
  }

  async function renderHeader() {
    const chain = (await api!.rpc.system.chain()).toString();
    const nav = h('nav', {},
      h('a', { href: '#/tasks' }, 'Tasks'), h('a', { href: '#/earnings' }, 'Earnings'),
      h('a', { href: '#/assets' }, 'Assets'), h('a', { href: '#/channels' }, 'Channels'), h('a', { href: '#/new' }, 'Create task'));
    let accountBox: HTMLElement;
    if (!app.account) {
      accountBox = h('div', { class: 'account' }, h('button', { id: 'connect', onclick: () => void connectWallet() }, 'Connect wallet'));
    } else {
      const info = latest ?? await accountInfo(api!, app.account.address);
      const select = h('select', {
        id: 'account',
        onchange: (e: Event) => choose(app.accounts.find((a) => a.address === (e.target as HTMLSelectElement).value) ?? null),
      }, app.accounts.map((a) => h('option', { value: a.address, selected: a.address === app.account!.address }, `${a.name} (${short(a.address)})`)));
      accountBox = h('div', { class: 'account' }, select,
        h('span', { id: 'balance' }, money(app, info.free)), h('span', { id: 'reputation', title: 'Reputation: +1 per accepted label, −1 per rejected one' }, `reputation ${info.reputation}`));
    }
    mount(top, h('h1', {}, h('a', { href: '#/tasks' }, 'Lineage'), h('small', {}, ' label data, get paid forever')), nav, accountBox,
      h('div', { id: 'node-status', class: 'muted' }, `${chain} · ${url}`), walletMessage);
  }

  async function route_() {
    while (leaving.length) leaving.pop()!();
    const [, page = 'tasks', arg] = (location.hash || '#/tasks').split('/');
    const needsAccount = ['label', 'earnings', 'new', 'channels'].includes(page);
    if (needsAccount && !app.account) {
      mount(main, h('section', { class: 'card' }, h('p', { id: 'connect-first' }, 'Connect a wallet to see this page (top right).')));
      return;
    }
    mount(main, h('p', { class: 'muted' }, 'Loading…'));
    try {
      const view = page === 'label' ? await labelView(app, Number(arg))
        : page === 'earnings' ? await earningsView(app)
          : page === 'assets' ? await assetsView(app)
            : page === 'asset' ? await assetView(app, Number(arg))
              : page === 'new' ? await requesterView(app)
                : page === 'channels' ? await channelsView(app)
                : await tasksView(app);
      mount(main, view);
    } catch (e) {
      mount(main, h('p', { class: 'error' }, (e as Error).message));
    }
  }

  window.addEventListener('hashchange', () => void route_());
  await renderHeader();
  if (localStorage.getItem('lineage.account')) await connectWallet();
  else await route_();
  document.body.dataset.ready = 'true';
}

void start();
