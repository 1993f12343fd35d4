// Reading Lineage's labelling, attribution and revenue state into plain objects for the screens.
import type { ApiPromise } from '@polkadot/api';
import { bytesToText } from './chain';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Codec = any;

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

function toTask(id: number, t: Codec): Task {
  const review = t.review.isSome ? t.review.unwrap() : null;
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

export async function allTasks(api: ApiPromise): Promise<Task[]> {
  const entries = await api.query.dataLabellingTasks.tasks.entries();
  return entries
    .filter(([, v]) => (v as Codec).isSome)
    .map(([k, v]) => toTask((k.args[0] as Codec).toNumber(), (v as Codec).unwrap()))
    .sort((a, b) => b.id - a.id);
}

export async function task(api: ApiPromise, id: number): Promise<Task | null> {
  const t = (await api.query.dataLabellingTasks.tasks(id)) as Codec;
  return t.isSome ? toTask(id, t.unwrap()) : null;
}

export async function items(api: ApiPromise, taskId: number): Promise<Item[]> {
  const [records, contents] = await Promise.all([
    api.query.dataLabellingTasks.items.entries(taskId),
    api.query.dataLabellingTasks.itemContents.entries(taskId),
  ]);
  const text = new Map<number, { isUri: boolean; text: string }>();
  for (const [k, v] of contents) {
    const [isUri, bytes] = (v as Codec).unwrap();
    text.set((k.args[1] as Codec).toNumber(), { isUri: isUri.isTrue, text: bytesToText(bytes) });
  }
  return records
    .map(([k, v]) => {
      const index = (k.args[1] as Codec).toNumber();
      const it = (v as Codec).unwrap();
      const outcome = it.outcome;
      const outcomeLabel = outcome.isAccepted ? outcome.asAccepted.toNumber() : outcome.isUnderReview ? outcome.asUnderReview.toNumber() : null;
      return {
        index,
        votes: it.votes.map(([who, vote]: [Codec, Codec]) => ({
          who: who.toString(),
          revealed: vote.isRevealed ? vote.asRevealed.toNumber() : null,
        })),
        slots: it.slots.toNumber(),
        outcome: outcome.type,
        outcomeLabel,
        excluded: it.excluded.map((a: Codec) => a.toString()),
        text: text.get(index)?.text ?? '',
        isUri: text.get(index)?.isUri ?? false,
      };
    })
    .sort((a, b) => a.index - b.index);
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
  const [acct, rep] = await Promise.all([
    api.query.system.account(address) as Promise<Codec>,
    api.query.dataLabellingTasks.reputation(address) as Promise<Codec>,
  ]);
  return { free: acct.data.free.toBigInt(), reputation: rep.toNumber() };
}

export interface TaskReward {
  task: number;
  labels: number;
  reviews: number;
  amount: bigint;
}

export async function taskRewards(api: ApiPromise, address: string): Promise<TaskReward[]> {
  const entries = await api.query.dataLabellingTasks.rewards.entries();
  return entries
    .filter(([k]) => (k.args[1] as Codec).toString() === address)
    .map(([k, v]) => {
      const e = (v as Codec).unwrap();
      return { task: (k.args[0] as Codec).toNumber(), labels: e.labels.toNumber(), reviews: e.reviews.toNumber(), amount: e.amount.toBigInt() };
    })
    .sort((a, b) => a.task - b.task);
}

export interface Royalty {
  asset: number;
  asOwner: bigint;
  asContributor: bigint;
  locked: boolean;
}

export async function royalties(api: ApiPromise, address: string): Promise<Royalty[]> {
  const views = (await api.call.royaltySplitApi.claimable(address)) as Codec;
  return views.map((v: Codec) => ({
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

export async function asset(api: ApiPromise, id: number): Promise<Asset | null> {
  const v = (await api.call.assetRegistryApi.asset(id)) as Codec;
  if (v.isNone) return null;
  const a = v.unwrap();
  return {
    id,
    owner: a.owner.toString(),
    kind: a.kind.type,
    uri: bytesToText(a.uri),
    status: a.status.type,
    parents: a.parents.map(([p, r]: [Codec, Codec]) => ({ id: p.toNumber(), relation: r.type })),
    contentHash: a.contentHash.toHex(),
  };
}

export async function allAssets(api: ApiPromise): Promise<Asset[]> {
  const next = ((await api.query.assetRegistry.nextAssetId()) as Codec).toNumber();
  const ids = Array.from({ length: Math.min(next, 200) }, (_, i) => next - 1 - i);
  const found = await Promise.all(ids.map((id) => asset(api, id)));
  return found.filter((a): a is Asset => a !== null);
}

/** `id`'s flattened royalty table: each ancestor and its share (parts per billion). */
export async function royaltyTable(api: ApiPromise, id: number): Promise<{ asset: number; share: number }[]> {
  const rows = (await api.call.assetRegistryApi.royaltyTable(id)) as Codec;
  return rows.map(([a, s]: [Codec, Codec]) => ({ asset: a.toNumber(), share: s.toNumber() }));
}

export async function children(api: ApiPromise, id: number): Promise<{ id: number; relation: string }[]> {
  const rows = (await api.call.assetRegistryApi.children(id, null, 50)) as Codec;
  return rows.map(([c, r]: [Codec, Codec]) => ({ id: c.toNumber(), relation: r.type }));
}

export interface Contributor {
  who: string;
  points: bigint;
  byKind: { kind: string; points: bigint }[];
}

export async function contributors(api: ApiPromise, id: number): Promise<Contributor[]> {
  const rows = (await api.call.contributorAttributionApi.contributors(id, null, 100)) as Codec;
  return rows.map((c: Codec) => ({
    who: c.who.toString(),
    points: c.points.toBigInt(),
    byKind: c.byKind.map(([k, p]: [Codec, Codec]) => ({ kind: k.type, points: p.toBigInt() })),
  }));
}

/** Percent text for a Perbill in parts per billion. */
export function perbill(parts: number): string {
  return `${(parts / 10_000_000).toFixed(2).replace(/\.?0+$/, '')}%`;
}
