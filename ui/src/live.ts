// Live views of chain state: storage subscriptions, so the node pushes a screen what changed
// instead of the screen re-reading whole maps every block.
import type { ApiPromise } from '@polkadot/api';
import { contents, itemKeys, resolvedCount, toItems, toTask, type AccountInfo, type Item, type Task } from './queries';

type Unsub = () => void;

/** Subscriptions a screen holds: `stop()` ends them all, including those still starting. */
export class Subscriptions {
  private live = new Set<Promise<Unsub>>();
  private hooks: (() => void)[] = [];
  stopped = false;

  /** Hold `sub` until `drop` or `stop`; a failed subscription is logged, not thrown. */
  add(sub: Promise<Unsub>): Promise<Unsub> {
    sub.catch((e) => console.warn('subscription failed:', e));
    if (this.stopped) this.end(sub);
    else this.live.add(sub);
    return sub;
  }

  /** End one subscription. */
  drop(sub: Promise<Unsub>): void {
    this.live.delete(sub);
    this.end(sub);
  }

  /** Run `fn` on `stop()` (to end what this holds besides subscriptions). */
  onStop(fn: () => void): void {
    this.hooks.push(fn);
  }

  stop(): void {
    this.stopped = true;
    for (const sub of this.live) this.end(sub);
    this.live.clear();
    for (const fn of this.hooks.splice(0)) fn();
  }

  private end(sub: Promise<Unsub>): void {
    sub.then((unsub) => unsub(), () => undefined);
  }
}

/** `address`'s free balance and reputation, now and whenever either changes. */
export function watchAccount(api: ApiPromise, address: string, onChange: (info: AccountInfo) => void): Subscriptions {
  const subs = new Subscriptions();
  let free: bigint | null = null;
  let reputation: number | null = null;
  const emit = () => {
    if (!subs.stopped && free !== null && reputation !== null) onChange({ free, reputation });
  };
  subs.add(api.query.system.account(address, (account) => {
    free = account.data.free.toBigInt();
    emit();
  }));
  subs.add(api.query.dataLabellingTasks.reputation(address, (r) => {
    reputation = r.toNumber();
    emit();
  }));
  return subs;
}

/** A task's `count` items (with their contents, read once), now and whenever one changes. */
export function watchItems(api: ApiPromise, taskId: number, count: number, onChange: (items: Item[]) => void): Subscriptions {
  const subs = new Subscriptions();
  subs.add(contents(api, taskId, count).then((text) =>
    api.query.dataLabellingTasks.items.multi(itemKeys(taskId, count), (records) => {
      if (!subs.stopped) onChange(toItems(records, text));
    })));
  return subs;
}

export interface OpenTask {
  task: Task;
  /** Items resolved (accepted, disputed or rejected). */
  done: number;
}

export interface TaskBoard {
  head: number;
  /** Open tasks whose deadline has not passed, newest first. */
  open: OpenTask[];
}

/**
 * The open tasks with their progress, on every new block and whenever a task or one of an open
 * task's items changes. Subscribes to the task records (ids below `nextTaskId`) and to the items
 * of the open tasks only.
 */
export function watchTaskBoard(api: ApiPromise, onChange: (board: TaskBoard) => void): Subscriptions {
  const subs = new Subscriptions();
  let head: number | null = null;
  let tasks: Map<number, Task> | null = null;
  /** Per followed task: its item count, how many are resolved (null until known), the subscription. */
  type Progress = { count: number; done: number | null; sub: Subscriptions };
  const progress = new Map<number, Progress>();
  let taskSub: Promise<Unsub> | null = null;

  const emit = () => {
    if (subs.stopped || head === null || tasks === null) return;
    const now = head;
    const open = [...tasks.values()].filter((t) => t.status === 'Open' && t.deadline >= now).sort((a, b) => b.id - a.id);
    const done = open.map((t) => progress.get(t.id)?.done ?? null);
    if (done.some((d) => d === null)) return; // an open task's items are still loading
    onChange({ head: now, open: open.map((task, i) => ({ task, done: done[i] ?? 0 })) });
  };

  // Follow the items of exactly the open tasks (a task's item count is fixed once it is open).
  const followItems = () => {
    const open = new Map([...(tasks?.values() ?? [])].filter((t) => t.status === 'Open').map((t) => [t.id, t.itemCount]));
    for (const [id, p] of progress) {
      if (open.get(id) !== p.count) {
        p.sub.stop();
        progress.delete(id);
      }
    }
    for (const [id, count] of open) {
      if (progress.has(id)) continue;
      const entry: Progress = { count, done: null, sub: watchItems(api, id, count, (list) => {
        entry.done = resolvedCount(list);
        emit();
      }) };
      progress.set(id, entry);
    }
  };

  subs.add(api.rpc.chain.subscribeNewHeads((header) => {
    head = header.number.toNumber();
    emit();
  }));
  subs.add(api.query.dataLabellingTasks.nextTaskId((next) => {
    if (taskSub) subs.drop(taskSub);
    const ids = Array.from({ length: next.toNumber() }, (_, i) => i);
    taskSub = subs.add(api.query.dataLabellingTasks.tasks.multi(ids, (records) => {
      tasks = new Map(records.flatMap((r, i) => (r.isSome ? [[ids[i], toTask(ids[i], r.unwrap())] as const] : [])));
      followItems();
      emit();
    }));
  }));
  subs.onStop(() => {
    for (const p of progress.values()) p.sub.stop();
    progress.clear();
  });
  return subs;
}
