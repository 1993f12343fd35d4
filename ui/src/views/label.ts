// The labelling screen: one item at a time, class buttons with keyboard shortcuts, skip, progress,
// each label's transaction status, and commit-reveal handled for the labeller.
import { commitment } from '../chain';
import { h, mount } from '../dom';
import { watchItems } from '../live';
import { task as loadTask, type Item, type Task } from '../queries';
import { forgetReveal, newSalt, pendingReveals, rememberReveal } from '../reveals';
import { money, requireAccount, type App } from '../state';
import { logTx, send } from '../tx';

export async function labelView(app: App, taskId: number): Promise<HTMLElement> {
  const { api } = app;
  const me = requireAccount(app).address;
  const t = await loadTask(api, taskId);
  if (!t) return h('section', {}, h('p', { class: 'error' }, `There is no task #${taskId}.`));

  // The task's items, kept current by a subscription to exactly their storage keys.
  let list: Item[] = [];
  let head = (await api.rpc.chain.getHeader()).number.toNumber();
  const skipped = new Set<number>();
  const submitted = new Set<number>();
  const card = h('div', { class: 'card', id: 'item-card' });
  const progress = h('div', { id: 'progress' });
  const log = h('div', { id: 'tx-log' });
  const waiting = h('div', { id: 'reveals' });
  const reviewBox = h('div', { id: 'review' });

  const mine = (i: Item) => i.votes.some((v) => v.who === me) || i.excluded.includes(me) || submitted.has(i.index);
  const labelable = (i: Item) => i.outcome === 'Pending' && i.votes.length < i.slots && !mine(i);
  const nextItem = () => list.find((i) => labelable(i) && !skipped.has(i.index)) ?? null;

  function renderProgress() {
    const done = list.filter(mine).length;
    const pct = list.length ? Math.round((100 * done) / list.length) : 0;
    mount(progress, h('div', { class: 'bar wide' }, h('span', { style: `width:${pct}%` })),
      h('span', { id: 'progress-text' }, `You labelled ${done} of ${list.length} items`));
  }

  function renderCard() {
    renderProgress();
    const item = nextItem();
    if (!item) {
      mount(card, h('p', { id: 'all-done' }, skipped.size
        ? 'No more items here (you skipped some: ' : 'Nothing left for you to label in this task. Thank you!',
      skipped.size ? h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); skipped.clear(); renderCard(); } }, 'show skipped') : null,
      skipped.size ? ')' : null));
      return;
    }
    mount(card,
      h('div', { class: 'muted' }, `Item ${item.index + 1} of ${list.length}`),
      item.isUri
        ? h('p', { class: 'content' }, h('a', { href: item.text, target: '_blank', rel: 'noopener' }, item.text))
        : h('p', { class: 'content', 'data-item': item.index }, item.text),
      h('div', { class: 'classes' },
        t!.classes.map((name, label) => h('button', { class: 'class', 'data-label': label, onclick: () => choose(item, label) },
          label < 9 ? h('kbd', {}, String(label + 1)) : null, ` ${name}`)),
        h('button', { class: 'skip', onclick: () => skip(item) }, h('kbd', {}, 'S'), ' Skip')));
  }

  function skip(item: Item) {
    skipped.add(item.index);
    renderCard();
  }

  function choose(item: Item, label: number) {
    submitted.add(item.index);
    const update = logTx(log, `Item ${item.index + 1} → “${t!.classes[label]}”`);
    renderCard();
    app.queue(async () => {
      if (t!.commitReveal) {
        const salt = newSalt();
        // Kept before signing, so a reload after the commit still knows how to reveal it.
        rememberReveal(app.genesis, me, { task: taskId, item: item.index, label, salt });
        const c = commitment(api, taskId, item.index, label, salt, me);
        try {
          await send(api, api.tx.dataLabellingTasks.commitLabel(taskId, item.index, c), me, update);
        } catch (e) {
          forgetReveal(app.genesis, me, taskId, item.index);
          throw e;
        }
      } else {
        await send(api, api.tx.dataLabellingTasks.submitLabel(taskId, item.index, label), me, update);
      }
    })
      .catch(() => submitted.delete(item.index))
      .finally(() => {
        renderCard();
        app.refreshHeader();
        void revealReady();
      });
  }

  // --- commit-reveal: reveal what is ready, show what waits ---------------------------------
  let revealing = false;
  async function revealReady() {
    if (revealing || !t!.commitReveal) return renderWaiting();
    revealing = true;
    try {
      for (const r of pendingReveals(app.genesis, me).filter((p) => p.task === taskId)) {
        const item = list.find((i) => i.index === r.item);
        const vote = item?.votes.find((v) => v.who === me);
        if (!item || item.outcome !== 'Pending' || !vote || vote.revealed !== null) {
          // Resolved without us, never committed, or already revealed: nothing left to do.
          if (!submitted.has(r.item) || (vote && vote.revealed !== null)) forgetReveal(app.genesis, me, taskId, r.item);
          continue;
        }
        if (item.votes.length < item.slots && head <= t!.commitDeadline) continue;
        const update = logTx(log, `Reveal item ${r.item + 1} (“${t!.classes[r.label]}”)`);
        try {
          await app.queue(() => send(api, api.tx.dataLabellingTasks.revealLabel(taskId, r.item, r.label, r.salt), me, update));
          forgetReveal(app.genesis, me, taskId, r.item);
        } catch {
          /* shown in the status line; retried on the next block */
        }
      }
    } finally {
      revealing = false;
      renderWaiting();
      renderProgress();
    }
  }

  function renderWaiting() {
    const pending = pendingReveals(app.genesis, me).filter((p) => p.task === taskId);
    if (!t!.commitReveal) return mount(waiting);
    mount(waiting, h('h3', {}, 'Waiting to reveal'),
      pending.length === 0
        ? h('p', { class: 'muted', id: 'no-reveals' }, 'Nothing waiting: every label you committed here is revealed.')
        : h('ul', {}, pending.map((p) => {
          const item = list.find((i) => i.index === p.item);
          const commits = item ? `${item.votes.length}/${item.slots} commits` : '';
          return h('li', { 'data-reveal': p.item }, `Item ${p.item + 1}: “${t!.classes[p.label]}” — ${commits}; revealed automatically once the item is full or the commit window closes (block #${t!.commitDeadline}).`);
        })));
  }

  // --- review -------------------------------------------------------------------------------
  function renderReview() {
    if (!t!.review) return mount(reviewBox);
    const under = list.filter((i) => i.outcome === 'UnderReview' && !i.votes.some((v) => v.who === me) && !i.excluded.includes(me));
    mount(reviewBox, h('h3', {}, `Review (${money(app, t!.review.rewardPerReview)} per review)`),
      under.length === 0 ? h('p', { class: 'muted' }, 'No items wait for review.') : h('ul', {}, under.map((i) =>
        h('li', {}, `Item ${i.index + 1}: “${i.text}” → “${t!.classes[i.outcomeLabel ?? 0]}” `,
          h('button', { onclick: () => review(i, true) }, 'Accept'), ' ',
          h('button', { onclick: () => review(i, false) }, 'Reject')))));
  }

  function review(item: Item, accept: boolean) {
    const update = logTx(log, `${accept ? 'Accept' : 'Reject'} item ${item.index + 1}`);
    app.queue(() => send(api, api.tx.dataLabellingTasks.reviewItem(taskId, item.index, accept), me, update))
      .catch(() => undefined)
      .finally(() => {
        renderReview();
        renderCard();
      });
  }

  // --- keyboard and new blocks ------------------------------------------------------------------
  const onKey = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement)?.tagName === 'INPUT') return;
    const item = nextItem();
    if (!item) return;
    const n = Number(e.key);
    if (Number.isInteger(n) && n >= 1 && n <= Math.min(9, t!.classes.length)) choose(item, n - 1);
    else if (e.key === 's' || e.key === 'S' || e.key === 'ArrowRight') skip(item);
  };
  window.addEventListener('keydown', onKey);
  app.onLeave(() => window.removeEventListener('keydown', onKey));
  // A reveal waits for its item to fill or for the commit window to close: check whenever the
  // items change and on each new block (once the items are known, so that an item not yet loaded
  // is never taken for one that does not exist).
  let loaded: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => { loaded = resolve; });
  const items = watchItems(api, taskId, t.itemCount, (fresh) => {
    list = fresh;
    loaded();
    renderProgress();
    renderReview();
    void revealReady();
  });
  app.onLeave(() => items.stop());
  await ready;
  const unsubHeads = await api.rpc.chain.subscribeNewHeads((header) => {
    head = header.number.toNumber();
    void revealReady();
  });
  app.onLeave(() => unsubHeads());

  renderCard();
  return h('section', { id: 'label-screen' },
    h('h2', {}, `Task #${t.id}: ${t.classes.join(' · ')}`),
    h('p', { class: 'muted' }, `${money(app, t.rewardPerLabel)} per accepted label · ${t.labelsPerItem} labeller(s) per item · `,
      t.commitReveal ? 'commit-reveal (your label stays hidden until the item is full)' : 'plain labels',
      ` · closes at block #${t.deadline} (now #${head})`),
    progress, card, h('p', { class: 'muted' }, 'Keys: 1–9 choose a class, S skips.'), waiting, reviewBox,
    h('h3', {}, 'Transactions'), log);
}

export type { Task };
