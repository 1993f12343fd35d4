// Open tasks: reward per label, progress, deadline, required reputation.
import { blocksToTime } from '../chain';
import { h } from '../dom';
import { allTasks, items, resolvedCount } from '../queries';
import { money, type App } from '../state';

/** The open tasks, refreshed as blocks arrive (so new tasks and progress show up by themselves). */
export async function tasksView(app: App): Promise<HTMLElement> {
  const section = await renderTasks(app);
  let busy = false;
  const unsub = await app.api.rpc.chain.subscribeNewHeads(async () => {
    if (busy) return;
    busy = true;
    try {
      const fresh = await renderTasks(app);
      if (section.isConnected) section.replaceChildren(...fresh.childNodes);
    } finally {
      busy = false;
    }
  });
  app.onLeave(() => unsub());
  return section;
}

async function renderTasks(app: App): Promise<HTMLElement> {
  const { api } = app;
  const head = (await api.rpc.chain.getHeader()).number.toNumber();
  const open = (await allTasks(api)).filter((t) => t.status === 'Open' && t.deadline >= head);
  const rows = await Promise.all(
    open.map(async (t) => {
      const list = await items(api, t.id);
      const done = resolvedCount(list);
      const pct = t.itemCount ? Math.round((100 * done) / t.itemCount) : 0;
      return h('tr', { 'data-task': t.id },
        h('td', {}, `#${t.id}`),
        h('td', {}, t.classes.join(' · ')),
        h('td', { class: 'num' }, money(app, t.rewardPerLabel)),
        h('td', {}, h('div', { class: 'bar', title: `${done} of ${t.itemCount} items done` }, h('span', { style: `width:${pct}%` })),
          `${done} / ${t.itemCount}`),
        h('td', {}, `block #${t.deadline} (in ${blocksToTime(api, t.deadline - head)})`),
        h('td', { class: 'num' }, String(t.minReputation)),
        h('td', {}, t.review ? `yes, ${money(app, t.review.rewardPerReview)}` : 'no'),
        h('td', {}, h('a', { class: 'button', href: `#/label/${t.id}` }, 'Label')),
      );
    }),
  );
  return h('section', {},
    h('h2', {}, 'Open tasks'),
    open.length === 0
      ? h('p', { class: 'muted' }, 'No open tasks right now. Requesters can create one under “Create task”.')
      : h('table', { id: 'tasks' },
        h('thead', {}, h('tr', {}, ...['Task', 'Classes', 'Reward / label', 'Progress', 'Deadline', 'Min. reputation', 'Review', ''].map((c) => h('th', {}, c)))),
        h('tbody', {}, rows)),
  );
}
