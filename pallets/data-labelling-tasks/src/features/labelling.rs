//! Labelling: commit-reveal (or plain labels), one label per labeller per item.

use codec::Encode;
use frame_support::ensure;
use lineage_primitives::{ContentHash, TaskId};
use sp_runtime::{DispatchError, DispatchResult};

use crate::{
	Config, Error, Event, ItemIndex, ItemOf, ItemOutcome, Items, Label, Pallet, Reputation, TaskOf,
	TaskStatus, Tasks, Vote,
};

impl<T: Config> Pallet<T> {
	/// The commitment a labeller signs for `label` with `salt`.
	pub fn commitment(
		task: TaskId,
		item: ItemIndex,
		label: Label,
		salt: ContentHash,
		who: &T::AccountId,
	) -> ContentHash {
		sp_io::hashing::blake2_256(&(task, item, label, salt, who).encode()).into()
	}

	/// An open task before its deadline, and one of its pending items.
	fn open_item(id: TaskId, index: ItemIndex) -> Result<(TaskOf<T>, ItemOf<T>), DispatchError> {
		let task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(task.status == TaskStatus::Open, Error::<T>::WrongPhase);
		ensure!(
			frame_system::Pallet::<T>::block_number() <= task.deadline,
			Error::<T>::DeadlinePassed
		);
		let item = Items::<T>::get(id, index).ok_or(Error::<T>::UnknownItem)?;
		ensure!(item.outcome == ItemOutcome::Pending, Error::<T>::ItemAlreadyResolved);
		Ok((task, item))
	}

	/// Add `who`'s first vote on an item with a free slot, holding the task's label bond.
	fn add_vote(
		task: &mut TaskOf<T>,
		item: &mut ItemOf<T>,
		who: &T::AccountId,
		vote: Vote,
	) -> DispatchResult {
		ensure!(
			Reputation::<T>::get(who) >= task.min_reputation,
			Error::<T>::InsufficientReputation
		);
		ensure!(item.votes.iter().all(|(w, _)| w != who), Error::<T>::AlreadyLabelled);
		ensure!(!item.excluded.contains(who), Error::<T>::AlreadyLabelled);
		ensure!((item.votes.len() as u32) < item.slots, Error::<T>::ItemFull);
		item.votes.try_push((who.clone(), vote)).map_err(|_| Error::<T>::ItemFull)?;
		Self::hold_bond(who, task.label_bond)?;
		if item.votes.len() as u32 >= item.slots {
			item.full_since = Some(frame_system::Pallet::<T>::block_number());
		}
		task.labels = task.labels.saturating_add(1);
		Ok(())
	}

	/// Commit to a label on an item of a commit-reveal task.
	pub fn do_commit(
		who: &T::AccountId,
		id: TaskId,
		index: ItemIndex,
		commitment: ContentHash,
	) -> DispatchResult {
		let (mut task, mut item) = Self::open_item(id, index)?;
		ensure!(task.commit_reveal, Error::<T>::CommitRevealNotUsed);
		ensure!(
			frame_system::Pallet::<T>::block_number() <= task.commit_deadline,
			Error::<T>::DeadlinePassed
		);
		// A full item whose unrevealed commits are past their reveal window frees their slots.
		if item.votes.len() as u32 >= item.slots {
			Self::evict_expired(id, index, &mut task, &mut item)?;
		}
		Self::add_vote(&mut task, &mut item, who, Vote::Committed(commitment))?;
		Items::<T>::insert(id, index, item);
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::LabelCommitted { task: id, item: index, labeller: who.clone() });
		Ok(())
	}

	/// Reveal a committed label; aggregate the item if it is complete.
	pub fn do_reveal(
		who: &T::AccountId,
		id: TaskId,
		index: ItemIndex,
		label: Label,
		salt: ContentHash,
	) -> DispatchResult {
		let (mut task, mut item) = Self::open_item(id, index)?;
		ensure!(task.commit_reveal, Error::<T>::CommitRevealNotUsed);
		ensure!((label as usize) < task.classes.len(), Error::<T>::LabelOutOfRange);
		let full = item.votes.len() as u32 >= item.slots;
		let commit_window_over = frame_system::Pallet::<T>::block_number() > task.commit_deadline;
		ensure!(full || commit_window_over, Error::<T>::RevealTooEarly);
		let expected = Self::commitment(id, index, label, salt, who);
		let vote = item
			.votes
			.iter_mut()
			.find(|(w, _)| w == who)
			.map(|(_, v)| v)
			.ok_or(Error::<T>::NotALabeller)?;
		match vote {
			Vote::Committed(hash) => ensure!(*hash == expected, Error::<T>::RevealMismatch),
			Vote::Revealed(_) => return Err(Error::<T>::AlreadyLabelled.into()),
		}
		*vote = Vote::Revealed(label);
		Self::deposit_event(Event::LabelRevealed {
			task: id,
			item: index,
			labeller: who.clone(),
			label,
		});
		Self::aggregate_if_complete(id, index, &mut task, &mut item, false)?;
		Items::<T>::insert(id, index, item);
		Tasks::<T>::insert(id, task);
		Ok(())
	}

	/// A plain label on a task without commit-reveal; aggregate the item if it is complete.
	pub fn do_submit(
		who: &T::AccountId,
		id: TaskId,
		index: ItemIndex,
		label: Label,
	) -> DispatchResult {
		let (mut task, mut item) = Self::open_item(id, index)?;
		ensure!(!task.commit_reveal, Error::<T>::CommitRevealRequired);
		ensure!((label as usize) < task.classes.len(), Error::<T>::LabelOutOfRange);
		Self::add_vote(&mut task, &mut item, who, Vote::Revealed(label))?;
		Self::deposit_event(Event::LabelRevealed {
			task: id,
			item: index,
			labeller: who.clone(),
			label,
		});
		Self::aggregate_if_complete(id, index, &mut task, &mut item, false)?;
		Items::<T>::insert(id, index, item);
		Tasks::<T>::insert(id, task);
		Ok(())
	}
}
