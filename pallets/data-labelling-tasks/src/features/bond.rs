//! Label bonds: held from a labeller per label, settled once the label's item is resolved.
//! A label that agrees with the item's plurality (or an item that ends with none) gets its bond
//! back; a label that loses, is never revealed, or whose labeller fails the gold check is
//! slashed to the treasury — never to the requester, who must gain nothing from it.

use frame_support::{
	ensure,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use lineage_primitives::TaskId;
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, DispatchResult,
};

use crate::{
	BalanceOf, Config, Error, Event, HoldReason, ItemIndex, ItemOf, ItemOutcome, Label, Pallet,
	TaskOf, Vote,
};

impl<T: Config> Pallet<T> {
	/// Hold `bond` from `who` for one label.
	pub(crate) fn hold_bond(who: &T::AccountId, bond: BalanceOf<T>) -> DispatchResult {
		if bond.is_zero() {
			return Ok(());
		}
		T::Currency::hold(&HoldReason::LabelBond.into(), who, bond)
			.map_err(|_| Error::<T>::InsufficientBond.into())
	}

	/// Return `who`'s bond of `bond`.
	fn return_bond(who: &T::AccountId, bond: BalanceOf<T>) -> DispatchResult {
		T::Currency::release(&HoldReason::LabelBond.into(), who, bond, Precision::BestEffort)
			.map(|_| ())
	}

	/// Slash `who`'s bond of `bond` to the treasury.
	pub(crate) fn slash_bond(who: &T::AccountId, bond: BalanceOf<T>) -> DispatchResult {
		if bond.is_zero() {
			return Ok(());
		}
		T::Currency::transfer_on_hold(
			&HoldReason::LabelBond.into(),
			who,
			&T::Treasury::get(),
			bond,
			Precision::BestEffort,
			Restriction::Free,
			Fortitude::Force,
		)
		.map(|_| ())
	}

	/// Whether `item`'s bonds are still held: it is still taking labels or under review.
	pub(crate) fn bonds_held(item: &ItemOf<T>) -> bool {
		matches!(item.outcome, ItemOutcome::Pending | ItemOutcome::UnderReview(_))
	}

	/// Settle every bond on `item`'s votes: `winner` is the label that won (`None`: the item
	/// ends with no plurality, so every revealed label gets its bond back). An unrevealed
	/// commit is slashed only once the task's deadline has passed, i.e. after its labeller had
	/// the whole reveal window (a requester finalising early cannot slash it).
	pub(crate) fn settle_bonds(
		id: TaskId,
		index: ItemIndex,
		task: &TaskOf<T>,
		item: &ItemOf<T>,
		winner: Option<Label>,
	) -> DispatchResult {
		let bond = task.label_bond;
		if bond.is_zero() || item.votes.is_empty() {
			return Ok(());
		}
		let reveal_window_over = frame_system::Pallet::<T>::block_number() > task.deadline;
		let (mut returned, mut slashed) = (0u32, 0u32);
		for (who, vote) in item.votes.iter() {
			let keeps = match (vote, winner) {
				(Vote::Committed(_), _) => !reveal_window_over,
				(Vote::Revealed(_), None) => true,
				(Vote::Revealed(label), Some(w)) => *label == w,
			};
			if keeps {
				Self::return_bond(who, bond)?;
				returned = returned.saturating_add(1);
			} else {
				Self::slash_bond(who, bond)?;
				slashed = slashed.saturating_add(1);
			}
		}
		Self::deposit_event(Event::BondsSettled { task: id, item: index, returned, slashed });
		Ok(())
	}
}

impl<T: Config> Pallet<T> {
	/// The block `item`'s reveals opened: when it filled up or when the commit window closed,
	/// whichever came first; `None` if neither has happened.
	fn reveals_opened(task: &TaskOf<T>, item: &ItemOf<T>) -> Option<BlockNumberFor<T>> {
		let now = frame_system::Pallet::<T>::block_number();
		let window_closed = (now > task.commit_deadline).then_some(task.commit_deadline);
		match (item.full_since, window_closed) {
			(Some(full), Some(closed)) => Some(full.min(closed)),
			(one, other) => one.or(other),
		}
	}

	/// Evict `item`'s unrevealed commits whose reveal window has passed: slash their bonds and
	/// free their slots. Returns how many were evicted.
	pub(crate) fn evict_expired(
		id: TaskId,
		index: ItemIndex,
		task: &mut TaskOf<T>,
		item: &mut ItemOf<T>,
	) -> Result<u32, DispatchError> {
		if !Self::bonds_held(item) {
			return Ok(0);
		}
		let Some(opened) = Self::reveals_opened(task, item) else { return Ok(0) };
		if frame_system::Pallet::<T>::block_number() <=
			opened.saturating_add(T::RevealWindow::get())
		{
			return Ok(0);
		}
		let mut evicted = 0u32;
		for (who, vote) in item.votes.iter() {
			if matches!(vote, Vote::Committed(_)) {
				Self::slash_bond(who, task.label_bond)?;
				evicted = evicted.saturating_add(1);
			}
		}
		if evicted > 0 {
			item.votes.retain(|(_, vote)| !matches!(vote, Vote::Committed(_)));
			item.full_since = None;
			task.labels = task.labels.saturating_sub(evicted);
			Self::deposit_event(Event::CommitsEvicted { task: id, item: index, evicted });
		}
		Ok(evicted)
	}

	/// Evict item `index` of task `id`'s expired unrevealed commits (anyone may).
	pub fn do_evict_unrevealed(id: TaskId, index: ItemIndex) -> DispatchResult {
		let mut task = crate::Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(task.status == crate::TaskStatus::Open, Error::<T>::WrongPhase);
		let mut item = crate::Items::<T>::get(id, index).ok_or(Error::<T>::UnknownItem)?;
		let evicted = Self::evict_expired(id, index, &mut task, &mut item)?;
		ensure!(evicted > 0, Error::<T>::NothingToEvict);
		crate::Items::<T>::insert(id, index, item);
		crate::Tasks::<T>::insert(id, task);
		Ok(())
	}
}
