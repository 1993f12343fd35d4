//! The invariants `try_state` checks after every test, in the fuzz driver and on `try-runtime`.

use crate::{
	BalanceOf, Config, HoldReason, ItemOutcome, Items, LiveTasks, Pallet, Rewards, TaskStatus,
	Tasks,
};
use alloc::collections::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use lineage_primitives::held_by_ticket;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// The invariants:
	/// - each requester's budget hold equals the escrow of their tasks, and their deposit hold what
	///   their tasks' tickets hold;
	/// - each labeller's bond hold equals the task's bond for every label of theirs on an item
	///   still pending or under review;
	/// - a task never owes more than it holds, and what it owes is exactly its unclaimed rewards;
	/// - only tasks with review have items under review; no item holds more labels than slots;
	/// - finished tasks hold only what they owe and have no items left;
	/// - each requester's live-task count is their number of draft or open tasks.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut live: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut bonds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (id, task) in Tasks::<T>::iter() {
			ensure!(task.owed <= task.escrow, "a task owes more than it holds");
			let rewards = Rewards::<T>::iter_prefix(id)
				.fold(BalanceOf::<T>::default(), |acc, (_, earned)| {
					acc.saturating_add(earned.amount)
				});
			ensure!(rewards == task.owed, "a task's owed total is not its unclaimed rewards");
			let mut items = 0u32;
			for (_, item) in Items::<T>::iter_prefix(id) {
				items = items.saturating_add(1);
				if Self::bonds_held(&item) {
					for (who, _) in item.votes.iter() {
						let b = bonds.entry(who.clone()).or_default();
						*b = b.saturating_add(task.label_bond);
					}
				}
				ensure!(
					task.review.is_some() || !matches!(item.outcome, ItemOutcome::UnderReview(_)),
					"an item of a task without review is under review"
				);
				ensure!(
					item.votes.len() as u32 <= item.slots,
					"an item holds more labels than its slots"
				);
			}
			if matches!(
				task.status,
				TaskStatus::Finalised | TaskStatus::Cancelled | TaskStatus::Expired
			) {
				ensure!(task.escrow == task.owed, "a finished task holds more than it owes");
				ensure!(items == 0, "a finished task still has items");
			}
			if matches!(task.status, TaskStatus::Draft | TaskStatus::Open) {
				*live.entry(task.requester.clone()).or_default() += 1;
			}
			let entry = held.entry(task.requester.clone()).or_default();
			*entry = entry.saturating_add(task.escrow);
			let ticket =
				held_by_ticket::<BalanceOf<T>>(&task.deposit).ok_or("unreadable ticket")?;
			let entry = deposits.entry(task.requester.clone()).or_default();
			*entry = entry.saturating_add(ticket);
		}
		for (requester, count) in LiveTasks::<T>::iter() {
			ensure!(
				live.remove(&requester) == Some(count),
				"a requester's live-task count is wrong"
			);
		}
		ensure!(live.is_empty(), "a requester with live tasks has no live-task count");
		for (requester, expected) in held {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::TaskBudget.into(), &requester) ==
					expected,
				"a requester's budget hold is not their tasks' escrow"
			);
		}
		for (requester, expected) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::TaskDeposit.into(), &requester) ==
					expected,
				"a requester's deposit hold is not what their tasks' tickets hold"
			);
		}
		for (labeller, expected) in bonds {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::LabelBond.into(), &labeller) == expected,
				"a labeller's bond hold is not the bonds of its unresolved labels"
			);
		}
		Ok(())
	}
}
