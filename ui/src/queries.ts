// Reading Lineage's labelling, attribution and revenue state into plain objects for the screens,
// once (live views are in live.ts). Chain data is typed by client/types/, generated from the
// runtime's metadata.
import type { ApiPromise } from '@polkadot/api';
import type { Option } from '@polkadot/types-codec';
import type {
  LineagePrimitivesRuntimeApiAssetView, PalletDataLabellingTasksItem, PalletDataLabellingTasksTaskRecord,
} from '@polkadot/types/lookup';
import { bytesToText } from './chain';

export interface Task {
  id: number;
  requester: string;
  status: string;
  classes: string[];
  labelsPerItem: number;
  rewardPerLabel: bigint;
  commitDeadline: number;
  deadline: number;
  commitReveal: boolean;
  minReputation: number;
  itemCount: number;
  review: { rewardPerReview: bigint; minReputation: number } | null;
  dataset: number | null;
}

export interface Item {
  index: number;
  votes: { who: string; revealed: number | null }[];
  slots: number;
  outcome: string;
  outcomeLabel: number | null;
  excluded: string[];
  text: string;
  isUri: boolean;
}

/** An item's content: inline text, or a URI. */
export interface Content {
  isUri: boolean;
  text: string;
}

/** A task record as the screens use it. */
export function toTask(id: number, t: PalletDataLabellingTasksTaskRecord): Task {
  const review = t.review.unwrapOr(null);
  return {
    id,
    requester: t.requester.toString(),
    status: t.status.type,
    classes: t.classes.map(bytesToText),
    labelsPerItem: t.labelsPerItem.toNumber(),
    rewardPerLabel: t.rewardPerLabel.toBigInt(),
    commitDeadline: t.commitDeadline.toNumber(),
    deadline: t.deadline.toNumber(),
    commitReveal: t.commitReveal.isTrue,
    minReputation: t.minReputation.toNumber(),
    itemCount: t.itemCount.toNumber(),
    review: review ? { rewardPerReview: review.rewardPerReview.toBigInt(), minReputation: review.minReputation.toNumber() } : null,
    dataset: t.dataset.isSome ? t.dataset.unwrap().toNumber() : null,
  };
}

/** Item `index` as the screens use it, with its content (empty text if unknown). */
export function toItem(index: number, it: PalletDataLabellingTasksItem, content: Content | undefined): Item {
  const { outcome } = it;
  return {
    index,
    votes: it.votes.map(([who, vote]) => ({ who: who.toString(), revealed: vote.isRevealed ? vote.asRevealed.toNumber() : null })),
    slots: it.slots.toNumber(),
    outcome: outcome.type,
    outcomeLabel: outcome.isAccepted ? outcome.asAccepted.toNumber() : outcome.isUnderReview ? outcome.asUnderReview.toNumber() : null,
    excluded: it.excluded.map((a) => a.toString()),
    text: content?.text ?? '',
    isUri: content?.isUri ?? false,
  };
}

/** Every task on chain, newest first (the whole map: for screens that need all of them, once). */
export async function allTasks(api: ApiPromise): Promise<Task[]> {
  const entries = await api.query.dataLabellingTasks.tasks.entries();
  return entries
    .filter(([, v]) => v.isSome)
    .map(([k, v]) => toTask(k.args[0].toNumber(), v.unwrap()))
    .sort((a, b) => b.id - a.id);
}

export async function task(api: ApiPromise, id: number): Promise<Task | null> {
  const t = await api.query.dataLabellingTasks.tasks(id);
  return t.isSome ? toTask(id, t.unwrap()) : null;
}

/** The tasks `ids` (those that exist), by id. */
export async function tasksById(api: ApiPromise, ids: number[]): Promise<Map<number, Task>> {
  const records = await api.query.dataLabellingTasks.tasks.multi(ids);
  return new Map(records.flatMap((t, i) => (t.isSome ? [[ids[i], toTask(ids[i], t.unwrap())] as const] : [])));
}

/** The `[task, index]` keys of a task's items. */
export function itemKeys(taskId: number, count: number): [number, number][] {
  return Array.from({ length: count }, (_, i) => [taskId, i]);
}

/** The contents of a task's `count` items, by index (they never change once added). */
export async function contents(api: ApiPromise, taskId: number, count: number): Promise<Map<number, Content>> {
  const found = await api.query.dataLabellingTasks.itemContents.multi(itemKeys(taskId, count));
  const map = new Map<number, Content>();
  found.forEach((c, index) => {
    if (c.isSome) {
      const [isUri, bytes] = c.unwrap();
      map.set(index, { isUri: isUri.isTrue, text: bytesToText(bytes) });
    }
  });
  return map;
}

/** Items from their records (index order; missing ones skipped) and contents. */
export function toItems(records: Option<PalletDataLabellingTasksItem>[], text?: Map<number, Content>): Item[] {
  return records.flatMap((r, index) => (r.isSome ? [toItem(index, r.unwrap(), text?.get(index))] : []));
}

/** A task's `count` items with their contents, in index order. */
export async function items(api: ApiPromise, taskId: number, count: number): Promise<Item[]> {
  const [records, text] = await Promise.all([
    api.query.dataLabellingTasks.items.multi(itemKeys(taskId, count)),
    contents(api, taskId, count),
  ]);
  return toItems(records, text);
}

/** Items with an outcome (accepted, disputed or rejected), of a task's items. */
export function resolvedCount(list: Item[]): number {
  return list.filter((i) => i.outcome !== 'Pending' && i.outcome !== 'UnderReview').length;
}

export interface AccountInfo {
  free: bigint;
  reputation: number;
}

export async function accountInfo(api: ApiPromise, address: string): Promise<AccountInfo> {
  const [acct, rep] = await Promise.all([api.query.system.account(address), api.query.dataLabellingTasks.reputation(address)]);
  return { free: acct.data.free.toBigInt(), reputation: rep.toNumber() };
}

export interface TaskReward {
  task: number;
  labels: number;
  reviews: number;
  amount: bigint;
}

/** `address`'s uncollected rewards, per task (its key of every task, not the whole map). */
export async function taskRewards(api: ApiPromise, address: string): Promise<TaskReward[]> {
  const next = (await api.query.dataLabellingTasks.nextTaskId()).toNumber();
  const ids = Array.from({ length: next }, (_, i) => i);
  const found = await api.query.dataLabellingTasks.rewards.multi(ids.map((id) => [id, address]));
  return found.flatMap((v, i) => {
    if (v.isNone) return [];
    const e = v.unwrap();
    return [{ task: ids[i], labels: e.labels.toNumber(), reviews: e.reviews.toNumber(), amount: e.amount.toBigInt() }];
  });
}

export interface Royalty {
  asset: number;
  asOwner: bigint;
  asContributor: bigint;
  locked: boolean;
}

export async function royalties(api: ApiPromise, address: string): Promise<Royalty[]> {
  const views = await api.call.royaltySplitApi.claimable(address);
  return views.map((v) => ({
    asset: v.asset.toNumber(),
    asOwner: v.asOwner.toBigInt(),
    asContributor: v.asContributor.toBigInt(),
    locked: v.locked.isTrue,
  }));
}

export interface Asset {
  id: number;
  owner: string;
  kind: string;
  uri: string;
  status: string;
  parents: { id: number; relation: string }[];
  contentHash: string;
}

function toAsset(id: number, a: LineagePrimitivesRuntimeApiAssetView): Asset {
  return {
    id,
    owner: a.owner.toString(),
    kind: a.kind.type,
    uri: bytesToText(a.uri),
    status: a.status.type,
    parents: a.parents.map(([p, r]) => ({ id: p.toNumber(), relation: r.type })),
    contentHash: a.contentHash.toHex(),
  };
}

export async function asset(api: ApiPromise, id: number): Promise<Asset | null> {
  const v = await api.call.assetRegistryApi.asset(id);
  return v.isSome ? toAsset(id, v.unwrap()) : null;
}

export async function allAssets(api: ApiPromise): Promise<Asset[]> {
  const next = (await api.query.assetRegistry.nextAssetId()).toNumber();
  const ids = Array.from({ length: Math.min(next, 200) }, (_, i) => next - 1 - i);
  const found = await Promise.all(ids.map((id) => asset(api, id)));
  return found.filter((a): a is Asset => a !== null);
}

/** `id`'s flattened royalty table: each ancestor and its share (parts per billion). */
export async function royaltyTable(api: ApiPromise, id: number): Promise<{ asset: number; share: number }[]> {
  const rows = await api.call.assetRegistryApi.royaltyTable(id);
  return rows.map(([a, s]) => ({ asset: a.toNumber(), share: s.toNumber() }));
}

export async function children(api: ApiPromise, id: number): Promise<{ id: number; relation: string }[]> {
  const rows = await api.call.assetRegistryApi.children(id, null, 50);
  return rows.map(([c, r]) => ({ id: c.toNumber(), relation: r.type }));
}

export interface Contributor {
  who: string;
  points: bigint;
  byKind: { kind: string; points: bigint }[];
}

export async function contributors(api: ApiPromise, id: number): Promise<Contributor[]> {
  const rows = await api.call.contributorAttributionApi.contributors(id, null, 100);
  return rows.map((c) => ({
    who: c.who.toString(),
    points: c.points.toBigInt(),
    byKind: c.byKind.map(([k, p]) => ({ kind: k.type, points: p.toBigInt() })),
  }));
}
