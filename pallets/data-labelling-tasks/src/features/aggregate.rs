//! Aggregation: strict plurality, one tie-break slot, otherwise disputed. Integer-only.

use codec::Encode;
use frame_support::{ensure, traits::Get};
use lineage_primitives::{ContentHash, TaskId};
use sp_runtime::{
	traits::{CheckedAdd, Saturating},
	DispatchResult,
};

use crate::{
	BalanceOf, Config, Error, Event, ItemIndex, ItemOf, ItemOutcome, Label, Pallet, Rewards,
	TaskOf, Vote,
};

/// The plurality of `labels`: `Some(label)` if one label has strictly more votes than every
/// other, `None` on a tie or no labels.
pub fn plurality(labels: impl Iterator<Item = Label>) -> Option<Label> {
	let mut counts = [0u32; 256];
	for label in labels {
		counts[label as usize] = counts[label as usize].saturating_add(1);
	}
	let best = *counts.iter().max()?;
	if best == 0 {
		return None;
	}
	let mut winners = counts.iter().enumerate().filter(|(_, c)| **c == best);
	let (winner, _) = winners.next()?;
	if winners.next().is_some() {
		None
	} else {
		Some(winner as Label)
	}
}

/// The label finalisation gives an item whose outcome is `outcome` and whose votes are `votes`,
/// once the votes of labellers who `failed` the gold check are dropped: an accepted or reviewed
/// label stands if nobody's vote was dropped; otherwise (and for a pending item) the strict
/// plurality of the remaining revealed labels; a disputed or rejected item has none. `finalise`
/// resolves items by this rule, and off-chain readers (the gateway's trainer) rebuild a task's
/// dataset with it.
pub fn final_label<AccountId>(
	outcome: ItemOutcome,
	votes: &[(AccountId, Vote)],
	failed: impl Fn(&AccountId) -> bool,
) -> Option<Label> {
	let stripped = votes.iter().any(|(who, _)| failed(who));
	let remaining = || {
		votes.iter().filter(|(who, _)| !failed(who)).filter_map(|(_, vote)| match vote {
			Vote::Revealed(label) => Some(*label),
			Vote::Committed(_) => None,
		})
	};
	match outcome {
		ItemOutcome::Accepted(label) | ItemOutcome::UnderReview(label) if !stripped => Some(label),
		ItemOutcome::Accepted(_) | ItemOutcome::UnderReview(_) | ItemOutcome::Pending =>
			plurality(remaining()),
		ItemOutcome::Disputed | ItemOutcome::Rejected => None,
	}
}

/// The content hash of task `task`'s dataset: blake2-256 of the SCALE encoding of
/// `(task, accepted)`, its accepted items' `(content hash, label)` in item order.
pub fn dataset_root(task: TaskId, accepted: &[(ContentHash, Label)]) -> ContentHash {
	sp_io::hashing::blake2_256(&(task, accepted).encode()).into()
}

/// The labels revealed on `item` so far.
pub(crate) fn revealed_labels<T: Config>(item: &ItemOf<T>) -> impl Iterator<Item = Label> + '_ {
	item.votes.iter().filter_map(|(_, v)| match v {
		Vote::Revealed(l) => Some(*l),
		Vote::Committed(_) => None,
	})
}

impl<T: Config> Pallet<T> {
	/// Resolve `item` once every slot holds a revealed label — or, when `finalising`, on whatever
	/// is revealed. Credits the labellers of the winning label.
	pub(crate) fn aggregate_if_complete(
		id: TaskId,
		index: ItemIndex,
		task: &mut TaskOf<T>,
		item: &mut ItemOf<T>,
		finalising: bool,
	) -> DispatchResult {
		let revealed_count = revealed_labels::<T>(item).count() as u32;
		let complete = revealed_count >= item.slots;
		if item.outcome != ItemOutcome::Pending || !(complete || finalising) || revealed_count == 0
		{
			return Ok(());
		}
		match plurality(revealed_labels::<T>(item)) {
			Some(label) if task.review.is_some() => item.outcome = ItemOutcome::UnderReview(label),
			Some(label) => Self::accept_label(id, index, task, item, label)?,
			None if !finalising && item.slots < Self::max_slots(task.labels_per_item) => {
				item.slots = item.slots.saturating_add(1);
				item.full_since = None;
				Self::deposit_event(Event::TieBreakSlotOpened { task: id, item: index });
				return Ok(());
			},
			None => {
				Self::settle_bonds(id, index, task, item, None)?;
				item.outcome = ItemOutcome::Disputed;
			},
		}
		Self::deposit_event(Event::ItemResolved { task: id, item: index, outcome: item.outcome });
		Ok(())
	}

	/// Accept `label` as `item`'s: credit the labellers who chose it (+1 reputation each, on a
	/// task paying at least `MinRewardForReputation` per label) and take one reputation from
	/// those who did not; settle the item's label bonds.
	pub(crate) fn accept_label(
		id: TaskId,
		index: ItemIndex,
		task: &mut TaskOf<T>,
		item: &mut ItemOf<T>,
		label: Label,
	) -> DispatchResult {
		let earns_reputation = task.reward_per_label >= T::MinRewardForReputation::get();
		for (who, vote) in item.votes.iter() {
			match vote {
				Vote::Revealed(l) if *l == label => {
					Self::credit(id, task, who, task.reward_per_label, true)?;
					if earns_reputation {
						Self::adjust_reputation(who, 1);
					}
				},
				Vote::Revealed(_) => Self::adjust_reputation(who, -1),
				Vote::Committed(_) => {},
			}
		}
		Self::settle_bonds(id, index, task, item, Some(label))?;
		item.outcome = ItemOutcome::Accepted(label);
		Ok(())
	}

	/// Move `who`'s reputation by `delta`, within `±MaxReputation`.
	pub(crate) fn adjust_reputation(who: &T::AccountId, delta: i32) {
		let bound = T::MaxReputation::get().max(0);
		crate::Reputation::<T>::mutate(who, |r| *r = r.saturating_add(delta).clamp(-bound, bound));
	}

	/// Credit `who` `amount` for one accepted label (`label`) or one review (otherwise).
	pub(crate) fn credit(
		id: TaskId,
		task: &mut TaskOf<T>,
		who: &T::AccountId,
		amount: BalanceOf<T>,
		label: bool,
	) -> DispatchResult {
		let owed = task.owed.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		ensure!(owed <= task.escrow, Error::<T>::Overflow);
		task.owed = owed;
		Rewards::<T>::mutate(id, who, |entry| {
			let earned = entry.get_or_insert_with(Default::default);
			if label {
				earned.labels = earned.labels.saturating_add(1);
			} else {
				earned.reviews = earned.reviews.saturating_add(1);
			}
			earned.amount = earned.amount.saturating_add(amount);
		});
		Ok(())
	}
}
