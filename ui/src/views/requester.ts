// Requesters: create a task from a CSV or JSON file of items (with the total cost shown before
// signing), follow your tasks' progress, and finalise them.
import { eventOf, parseAmount, percent } from '@lineage/client';
import { h, mount } from '../dom';
import { parseItems, type ItemInput } from '../items-file';
import { allTasks, items as loadItems, resolvedCount } from '../queries';
import { money, requireAccount, type App } from '../state';
import { logTx, send } from '../tx';

function field(label: string, input: HTMLElement, hint = ''): HTMLElement {
  return h('label', { class: 'field' }, h('span', {}, label), input, hint ? h('small', { class: 'muted' }, hint) : null);
}

export async function requesterView(app: App): Promise<HTMLElement> {
  const { api } = app;
  const me = requireAccount(app).address;
  const maxPerCall = api.consts.dataLabellingTasks.maxItemsPerCall.toNumber();
  const maxItems = api.consts.dataLabellingTasks.maxItems.toNumber();
  const log = h('div', { id: 'tx-log' });
  const quoteBox = h('div', { id: 'quote', class: 'card' }, h('p', { class: 'muted' }, 'Choose a file of items to see the cost.'));
  let items: ItemInput[] = [];

  const classes = h('input', { name: 'classes', value: 'positive, negative, neutral' }) as HTMLInputElement;
  const perItem = h('input', { name: 'labelsPerItem', type: 'number', min: 1, max: 5, value: 3 }) as HTMLInputElement;
  const reward = h('input', { name: 'reward', value: '0.01' }) as HTMLInputElement;
  const duration = h('input', { name: 'duration', type: 'number', min: 10, value: 1200 }) as HTMLInputElement;
  const commitReveal = h('input', { name: 'commitReveal', type: 'checkbox', checked: true }) as HTMLInputElement;
  const reviewReward = h('input', { name: 'reviewReward', value: '', placeholder: 'no review' }) as HTMLInputElement;
  const pool = h('input', { name: 'pool', type: 'number', min: 0, max: 100, value: 50 }) as HTMLInputElement;
  const file = h('input', { name: 'items', type: 'file', accept: '.csv,.json,text/csv,application/json' }) as HTMLInputElement;
  const create = h('button', { id: 'create-task', disabled: true }, 'Create and open task') as HTMLButtonElement;

  const lin = (amount: bigint) => money(app, amount);
  const parseLin = (text: string) => parseAmount(app.token, text);
  function spec(head: number) {
    const names = classes.value.split(',').map((c) => c.trim()).filter(Boolean);
    const duration_ = Number(duration.value);
    return {
      classes: names,
      labelsPerItem: Number(perItem.value),
      rewardPerLabel: parseLin(reward.value),
      commitDeadline: head + Math.floor((duration_ * 2) / 3),
      deadline: head + duration_,
      commitReveal: commitReveal.checked,
      licence: { commercialUse: true, derivativesAllowed: true, derivativeRoyalty: percent(10) },
      contributorPool: percent(Number(pool.value)),
      minReputation: 0,
      goldCommitment: null,
      minGoldAccuracy: 0,
      review: reviewReward.value.trim() ? { rewardPerReview: parseLin(reviewReward.value), minReputation: 0 } : null,
    };
  }

  async function updateQuote() {
    create.disabled = true;
    if (items.length === 0) return;
    try {
      if (items.length > maxItems) throw new Error(`A task takes at most ${maxItems} items; the file has ${items.length}.`);
      const s = spec(0);
      const q = await api.call.dataLabellingApi.quote(s.labelsPerItem, s.rewardPerLabel, s.review?.rewardPerReview ?? null, items.length);
      if (q.isNone) throw new Error('That budget is too large to hold.');
      const [budget, deposits] = q.unwrap();
      const total = budget.toBigInt() + deposits.toBigInt();
      mount(quoteBox,
        h('p', {}, `${items.length} items · ${s.classes.length} classes · ${s.labelsPerItem} labels per item`),
        h('p', {}, 'Budget held: ', h('strong', { id: 'quote-budget' }, lin(budget.toBigInt())),
          ' (every label an item can take, including a tie-break', s.review ? ', and two rounds with review)' : ')'),
        h('p', {}, 'Item deposits: ', h('strong', { id: 'quote-deposits' }, lin(deposits.toBigInt())), ' (returned at the end)'),
        h('p', {}, 'Total you will hold now: ', h('strong', { id: 'quote-total', 'data-plancks': total.toString() }, lin(total)),
          '. Whatever is not earned by labellers comes back when the task ends.'));
      create.disabled = false;
    } catch (e) {
      mount(quoteBox, h('p', { class: 'error' }, (e as Error).message));
    }
  }

  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    try {
      items = parseItems(f.name, await f.text());
    } catch (e) {
      items = [];
      mount(quoteBox, h('p', { class: 'error' }, (e as Error).message));
      return;
    }
    await updateQuote();
  });
  for (const input of [classes, perItem, reward, reviewReward]) input.addEventListener('change', () => void updateQuote());

  create.addEventListener('click', async () => {
    create.disabled = true;
    const run = async () => {
      const head = (await api.rpc.chain.getHeader()).number.toNumber();
      const created = await send(api, api.tx.dataLabellingTasks.createTask(spec(head)), me, logTx(log, 'Create task'));
      const id = eventOf(api, created.events, 'dataLabellingTasks', 'TaskCreated').task.toNumber();
      for (let i = 0; i < items.length; i += maxPerCall) {
        const chunk = items.slice(i, i + maxPerCall);
        await send(api, api.tx.dataLabellingTasks.addItems(id, chunk), me, logTx(log, `Task #${id}: add items ${i + 1}–${i + chunk.length}`));
      }
      await send(api, api.tx.dataLabellingTasks.open(id), me, logTx(log, `Task #${id}: open`));
      log.prepend(h('p', { id: 'created', 'data-task': id }, `Task #${id} is open for labellers.`));
    };
    await app.queue(run).catch(() => undefined);
    create.disabled = false;
    app.refreshHeader();
    void renderMine();
  });

  const mine = h('div', { id: 'my-tasks' });
  async function renderMine() {
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const tasks = (await allTasks(api)).filter((t) => t.requester === me);
    const rows = await Promise.all(tasks.map(async (t) => {
      const list = await loadItems(api, t.id, t.itemCount);
      const done = t.status === 'Open' || t.status === 'Draft' ? `${resolvedCount(list)} / ${t.itemCount}` : '—';
      const canFinalise = t.status === 'Open';
      return h('tr', { 'data-my-task': t.id },
        h('td', {}, `#${t.id}`), h('td', {}, t.status), h('td', {}, done), h('td', {}, `#${t.deadline}${head > t.deadline ? ' (passed)' : ''}`),
        h('td', {}, t.dataset !== null ? h('a', { href: `#/asset/${t.dataset}` }, `#${t.dataset}`) : '—'),
        h('td', {}, canFinalise ? h('button', {
          class: 'finalise',
          onclick: () => {
            const update = logTx(log, `Finalise task #${t.id}`);
            app.queue(() => send(api, api.tx.dataLabellingTasks.finalise(t.id, null), me, update))
              .catch(() => undefined).finally(() => void renderMine());
          },
        }, 'Finalise') : null));
    }));
    mount(mine, tasks.length === 0 ? h('p', { class: 'muted' }, 'You have no tasks yet.')
      : h('table', {}, h('thead', {}, h('tr', {}, ...['Task', 'Status', 'Items done', 'Deadline', 'Dataset', ''].map((c) => h('th', {}, c)))), h('tbody', {}, rows)));
  }
  void renderMine();

  return h('section', { id: 'requester' },
    h('h2', {}, 'Create a labelling task'),
    h('div', { class: 'form' },
      field('Items file (CSV or JSON)', file, 'CSV: one text per line, or “uri,0x<content hash>”. JSON: ["text", …] or [{"uri", "contentHash"}]'),
      field('Classes (comma-separated)', classes),
      field('Labellers per item', perItem),
      field('Reward per accepted label (LIN)', reward),
      field('Review reward (LIN, empty for no review)', reviewReward),
      field('Open for (blocks)', duration, 'Commits close after two thirds of it.'),
      field('Commit-reveal', commitReveal, 'Labellers cannot see each other’s labels before revealing.'),
      field('Labellers’ share of the dataset’s royalties (%)', pool)),
    quoteBox, create,
    h('h3', {}, 'Transactions'), log,
    h('h3', {}, 'Your tasks'), mine);
}
