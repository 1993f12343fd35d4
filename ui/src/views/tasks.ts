// Open tasks: reward per label, progress, deadline, required reputation.
import { blocksToTime } from '../chain';
import { h } from '../dom';
import { watchTaskBoard, type TaskBoard } from '../live';
import { money, type App } from '../state';

/**
 * The open tasks, kept current by storage subscriptions (new tasks and progress show up by
 * themselves; deadlines move on with each block).
 */
export async function tasksView(app: App): Promise<HTMLElement> {
  const section = h('section', {});
  let shown: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => { shown = resolve; });
  const subs = watchTaskBoard(app.api, (board) => {
    section.replaceChildren(...renderTasks(app, board));
    shown();
  });
  app.onLeave(() => subs.stop());
  await ready;
  return section;
}

function renderTasks(app: App, { head, open }: TaskBoard): HTMLElement[] {
  const rows = open.map(({ task: t, done }) => {
    const pct = t.itemCount ? Math.round((100 * done) / t.itemCount) : 0;
    return h('tr', { 'data-task': t.id },
      h('td', {}, `#${t.id}`),
      h('td', {}, t.classes.join(' · ')),
      h('td', { class: 'num' }, money(app, t.rewardPerLabel)),
      h('td', {}, h('div', { class: 'bar', title: `${done} of ${t.itemCount} items done` }, h('span', { style: `width:${pct}%` })),
        `${done} / ${t.itemCount}`),
      h('td', {}, `block #${t.deadline} (in ${blocksToTime(app.api, t.deadline - head)})`),
      h('td', { class: 'num' }, String(t.minReputation)),
      h('td', {}, t.review ? `yes, ${money(app, t.review.rewardPerReview)}` : 'no'),
      h('td', {}, h('a', { class: 'button', href: `#/label/${t.id}` }, 'Label')),
    );
  });
  return [
    h('h2', {}, 'Open tasks'),
    open.length === 0
      ? h('p', { class: 'muted' }, 'No open tasks right now. Requesters can create one under “Create task”.')
      : h('table', { id: 'tasks' },
        h('thead', {}, h('tr', {}, ...['Task', 'Classes', 'Reward / label', 'Progress', 'Deadline', 'Min. reputation', 'Review', ''].map((c) => h('th', {}, c)))),
        h('tbody', {}, rows)),
  ];
}
