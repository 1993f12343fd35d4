//! Setting a task up: create, add items (budget and deposits held), open, cancel.

use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, Consideration, Footprint, Get},
	BoundedVec,
};
use lineage_primitives::{held_by_ticket, TaskId};
use sp_runtime::{
	traits::{CheckedAdd, CheckedMul, Zero},
	DispatchError, DispatchResult,
};

use crate::{
	BalanceOf, Config, Error, Event, HoldReason, Item, ItemContents, ItemInput, ItemInputsOf,
	ItemOutcome, Items, LiveTasks, NextTaskId, Pallet, TaskOf, TaskRecord, TaskSpecOf, TaskStatus,
	TaskTicketOf, Tasks, REVIEW_ROUNDS,
};

impl<T: Config> Pallet<T> {
	/// The most labels an item of a task with `labels_per_item` can take: one more after a tie,
	/// when a tie is possible.
	pub fn max_slots(labels_per_item: u32) -> u32 {
		if labels_per_item >= 2 {
			labels_per_item.saturating_add(1)
		} else {
			labels_per_item
		}
	}

	/// The budget one item holds: every label (and review) it can take in every round, paid.
	pub(crate) fn item_budget(task: &TaskOf<T>) -> Result<BalanceOf<T>, DispatchError> {
		Self::per_item_budget(
			task.labels_per_item,
			task.reward_per_label,
			task.review.map(|r| r.reward_per_review),
		)
		.ok_or_else(|| Error::<T>::Overflow.into())
	}

	/// Per item: `rounds × (max_slots × reward_per_label + reward_per_review)`, with two rounds
	/// when the task has review and one otherwise.
	fn per_item_budget(
		labels_per_item: u32,
		reward_per_label: BalanceOf<T>,
		reward_per_review: Option<BalanceOf<T>>,
	) -> Option<BalanceOf<T>> {
		let labels = reward_per_label.checked_mul(&Self::max_slots(labels_per_item).into())?;
		match reward_per_review {
			None => Some(labels),
			Some(review) => labels.checked_add(&review)?.checked_mul(&REVIEW_ROUNDS.into()),
		}
	}

	/// What a task with `spec` and `items` items holds from its requester: `(budget, deposits)`.
	pub fn quote(spec: &TaskSpecOf<T>, items: u32) -> Option<(BalanceOf<T>, BalanceOf<T>)> {
		Self::quote_for(
			spec.labels_per_item,
			spec.reward_per_label,
			spec.review.map(|r| r.reward_per_review),
			items,
		)
	}

	/// What a task with `labels_per_item` at `reward_per_label` (and `reward_per_review` if it
	/// has review) holds for `items` items: `(budget, deposits)`.
	pub fn quote_for(
		labels_per_item: u32,
		reward_per_label: BalanceOf<T>,
		reward_per_review: Option<BalanceOf<T>>,
		items: u32,
	) -> Option<(BalanceOf<T>, BalanceOf<T>)> {
		let per_item = Self::per_item_budget(labels_per_item, reward_per_label, reward_per_review)?;
		let budget = per_item.checked_mul(&items.into())?;
		let deposits = T::ItemDeposit::get().checked_mul(&items.into())?;
		Some((budget, deposits))
	}

	/// Create a Draft task from `spec`, checking every field.
	pub fn do_create_task(
		requester: &T::AccountId,
		spec: TaskSpecOf<T>,
	) -> Result<TaskId, DispatchError> {
		// At most `MaxClasses` (the type's bound); a task needs two to choose between.
		ensure!(spec.classes.len() >= 2, Error::<T>::BadClassCount);
		let classes = spec.classes;
		ensure!(
			spec.labels_per_item >= 1 && spec.labels_per_item <= T::MaxLabelsPerItem::get(),
			Error::<T>::BadLabelsPerItem
		);
		ensure!(!spec.reward_per_label.is_zero(), Error::<T>::ZeroReward);
		if let Some(review) = &spec.review {
			ensure!(!review.reward_per_review.is_zero(), Error::<T>::ZeroReward);
		}
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			// A reveal window must follow the commit window.
			spec.commit_deadline > now && spec.commit_deadline < spec.deadline,
			Error::<T>::BadDeadline
		);
		let live = LiveTasks::<T>::get(requester).unwrap_or(0);
		ensure!(live < T::MaxLiveTasks::get(), Error::<T>::TooManyTasks);
		let id = NextTaskId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		// Every item's budget must be representable.
		Self::per_item_budget(
			spec.labels_per_item,
			spec.reward_per_label,
			spec.review.map(|r| r.reward_per_review),
		)
		.ok_or(Error::<T>::Overflow)?;
		let task = TaskRecord {
			requester: requester.clone(),
			status: TaskStatus::Draft,
			classes,
			labels_per_item: spec.labels_per_item,
			reward_per_label: spec.reward_per_label,
			label_bond: T::LabelBond::get(),
			commit_deadline: spec.commit_deadline,
			deadline: spec.deadline,
			commit_reveal: spec.commit_reveal,
			licence: spec.licence,
			contributor_pool: spec.contributor_pool,
			min_reputation: spec.min_reputation,
			gold_commitment: spec.gold_commitment,
			min_gold_accuracy: spec.min_gold_accuracy,
			review: spec.review,
			item_count: 0,
			labels: 0,
			escrow: Zero::zero(),
			owed: Zero::zero(),
			dataset: None,
			deposit: Self::task_ticket(requester, None, 0)?,
		};
		NextTaskId::<T>::put(next);
		LiveTasks::<T>::insert(requester, live.saturating_add(1));
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::TaskCreated { task: id, requester: requester.clone() });
		Ok(id)
	}

	/// The task `id`, checked to be `requester`'s.
	pub(crate) fn requester_task(
		requester: &T::AccountId,
		id: TaskId,
	) -> Result<TaskOf<T>, DispatchError> {
		let task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(&task.requester == requester, Error::<T>::NotRequester);
		Ok(task)
	}

	/// Add `inputs` to a Draft task, holding their budget and deposits.
	pub fn do_add_items(
		requester: &T::AccountId,
		id: TaskId,
		inputs: ItemInputsOf<T>,
	) -> DispatchResult {
		let mut task = Self::requester_task(requester, id)?;
		ensure!(task.status == TaskStatus::Draft, Error::<T>::WrongPhase);
		let count = inputs.len() as u32;
		// At most `MaxItemsPerCall` (the type's bound).
		ensure!(count >= 1, Error::<T>::BadItemCount);
		let first = task.item_count;
		let total = first.checked_add(count).ok_or(Error::<T>::Overflow)?;
		ensure!(total <= T::MaxItems::get(), Error::<T>::TooManyItems);
		let mut prepared = Vec::with_capacity(inputs.len());
		for input in inputs {
			let (is_uri, bytes, content_hash) = match input {
				ItemInput::Text(text) => {
					let hash = sp_io::hashing::blake2_256(&text).into();
					(false, text, hash)
				},
				ItemInput::Uri { uri, content_hash } => (true, uri, content_hash),
			};
			// At most `MaxItemLen` bytes (the type's bound), and not empty.
			ensure!(!bytes.is_empty(), Error::<T>::BadItemLength);
			prepared.push((is_uri, bytes, content_hash));
		}
		let budget = Self::item_budget(&task)?
			.checked_mul(&count.into())
			.ok_or(Error::<T>::Overflow)?;
		let deposits =
			T::ItemDeposit::get().checked_mul(&count.into()).ok_or(Error::<T>::Overflow)?;
		let held = budget.checked_add(&deposits).ok_or(Error::<T>::Overflow)?;
		task.escrow = task.escrow.checked_add(&budget).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::TaskBudget.into(), requester, budget)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		task.deposit = Self::task_ticket(requester, Some(task.deposit), total)?;

		let slots = task.labels_per_item;
		for (offset, (is_uri, bytes, content_hash)) in prepared.into_iter().enumerate() {
			let index = first.saturating_add(offset as u32);
			Items::<T>::insert(
				id,
				index,
				Item {
					content_hash,
					votes: BoundedVec::new(),
					slots,
					outcome: ItemOutcome::Pending,
					round: 0,
					excluded: BoundedVec::new(),
					full_since: None,
				},
			);
			ItemContents::<T>::insert(id, index, (is_uri, bytes));
		}
		task.item_count = total;
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::ItemsAdded { task: id, first, count, held });
		Ok(())
	}

	/// Open a Draft task with items.
	pub fn do_open(requester: &T::AccountId, id: TaskId) -> DispatchResult {
		let mut task = Self::requester_task(requester, id)?;
		ensure!(task.status == TaskStatus::Draft, Error::<T>::WrongPhase);
		ensure!(task.item_count > 0, Error::<T>::NoItems);
		ensure!(
			frame_system::Pallet::<T>::block_number() < task.commit_deadline,
			Error::<T>::DeadlinePassed
		);
		task.status = TaskStatus::Open;
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::TaskOpened { task: id });
		Ok(())
	}

	/// A requester's live task ended (finalised or cancelled).
	pub(crate) fn task_ended(requester: &T::AccountId) {
		LiveTasks::<T>::mutate_exists(requester, |n| {
			*n = n.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0);
		});
	}

	/// Hold the deposit for a task storing `items` items from `requester`: a new ticket, or
	/// `ticket` resized (holding more or releasing the difference); `InsufficientDeposit` if the
	/// requester cannot cover it.
	pub(crate) fn task_ticket(
		requester: &T::AccountId,
		ticket: Option<TaskTicketOf<T>>,
		items: u32,
	) -> Result<TaskTicketOf<T>, DispatchError> {
		let footprint = Self::task_footprint(items);
		match ticket {
			None => TaskTicketOf::<T>::new(requester, footprint),
			Some(ticket) => ticket.update(requester, footprint),
		}
		.map_err(|_| Error::<T>::InsufficientDeposit.into())
	}

	/// Shrink `requester`'s `ticket` to a task storing no items, releasing the items' part. Never
	/// fails: if the price rose since the ticket was taken (a runtime upgrade) and the requester
	/// cannot cover the new one, the old ticket stays as it is, so finishing a task never depends
	/// on the requester's free balance.
	pub(crate) fn release_item_deposits(
		requester: &T::AccountId,
		ticket: TaskTicketOf<T>,
	) -> TaskTicketOf<T> {
		ticket.clone().update(requester, Self::task_footprint(0)).unwrap_or(ticket)
	}

	/// The footprint of a task storing `items` items.
	pub fn task_footprint(items: u32) -> Footprint {
		Footprint::from_parts(items as usize, 0)
	}

	/// Remove a task's items and release their part of its deposit.
	pub(crate) fn remove_items(id: TaskId, mut task: TaskOf<T>) -> TaskOf<T> {
		for index in 0..task.item_count {
			Items::<T>::remove(id, index);
			ItemContents::<T>::remove(id, index);
		}
		task.deposit = Self::release_item_deposits(&task.requester, task.deposit);
		task
	}

	/// Cancel a task without labels: release everything.
	pub fn do_cancel(requester: &T::AccountId, id: TaskId) -> Result<u32, DispatchError> {
		let mut task = Self::requester_task(requester, id)?;
		ensure!(
			matches!(task.status, TaskStatus::Draft | TaskStatus::Open),
			Error::<T>::WrongPhase
		);
		// Junk commits past their reveal window do not block a cancel: they are evicted first.
		if task.status == TaskStatus::Open && task.labels > 0 {
			for index in 0..task.item_count {
				if let Some(mut item) = Items::<T>::get(id, index) {
					if Self::evict_expired(id, index, &mut task, &mut item)? > 0 {
						Items::<T>::insert(id, index, item);
					}
				}
			}
		}
		ensure!(task.labels == 0, Error::<T>::HasLabels);
		let task_items = task.item_count;
		let mut task = Self::remove_items(id, task);
		T::Currency::release(
			&HoldReason::TaskBudget.into(),
			requester,
			task.escrow,
			Precision::BestEffort,
		)?;
		task.escrow = Zero::zero();
		task.status = TaskStatus::Cancelled;
		Self::task_ended(requester);
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::TaskCancelled { task: id });
		Ok(task_items)
	}

	/// Delete a finished task, paying every reward still unclaimed to its owner and returning
	/// the task's deposit to the requester. Anyone may do it: nobody is owed anything after.
	pub fn do_clear_task(id: TaskId) -> DispatchResult {
		let mut task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(
			matches!(
				task.status,
				TaskStatus::Finalised | TaskStatus::Cancelled | TaskStatus::Expired
			),
			Error::<T>::WrongPhase
		);
		let unclaimed: Vec<(T::AccountId, BalanceOf<T>)> = crate::Rewards::<T>::iter_prefix(id)
			.map(|(who, earned)| (who, earned.amount))
			.collect();
		for (who, amount) in unclaimed {
			Self::pay_reward(id, &mut task, &who, amount)?;
		}
		let deposit_returned = held_by_ticket(&task.deposit).unwrap_or_default();
		task.deposit.drop(&task.requester)?;
		Tasks::<T>::remove(id);
		Self::deposit_event(Event::TaskCleared { task: id, deposit_returned });
		Ok(())
	}
}
