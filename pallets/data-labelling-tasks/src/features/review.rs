//! Review: a reviewer accepts or rejects an item's aggregated label; a rejected item is reopened
//! once for new labellers.

use frame_support::ensure;
use lineage_primitives::TaskId;
use sp_runtime::DispatchResult;

use crate::{
	Config, Error, Event, ItemIndex, ItemOutcome, Items, Pallet, Reputation, TaskStatus, Tasks,
	Vote, REVIEW_ROUNDS,
};

impl<T: Config> Pallet<T> {
	/// `reviewer` accepts or rejects item `index` of task `id`, which is under review.
	pub fn do_review(
		reviewer: &T::AccountId,
		id: TaskId,
		index: ItemIndex,
		accept: bool,
	) -> DispatchResult {
		let mut task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(task.status == TaskStatus::Open, Error::<T>::WrongPhase);
		ensure!(
			frame_system::Pallet::<T>::block_number() <= task.deadline,
			Error::<T>::DeadlinePassed
		);
		let review = task.review.ok_or(Error::<T>::NoReview)?;
		let mut item = Items::<T>::get(id, index).ok_or(Error::<T>::UnknownItem)?;
		let ItemOutcome::UnderReview(label) = item.outcome else {
			return Err(Error::<T>::NotUnderReview.into());
		};
		ensure!(
			Reputation::<T>::get(reviewer) >= review.min_reputation,
			Error::<T>::InsufficientReputation
		);
		let labelled =
			item.votes.iter().any(|(w, _)| w == reviewer) || item.excluded.contains(reviewer);
		ensure!(!labelled, Error::<T>::CannotReviewOwnItem);

		Self::credit(id, &mut task, reviewer, review.reward_per_review, false)?;
		Self::deposit_event(Event::ItemReviewed {
			task: id,
			item: index,
			reviewer: reviewer.clone(),
			label,
			accepted: accept,
		});
		if accept {
			Self::accept_label(id, index, &mut task, &mut item, label)?;
			Self::deposit_event(Event::ItemResolved {
				task: id,
				item: index,
				outcome: item.outcome,
			});
		} else {
			for (who, vote) in item.votes.iter() {
				if *vote == Vote::Revealed(label) {
					Self::adjust_reputation(who, -1);
				}
			}
			// Review overruled labellers who agreed: their bonds come back.
			Self::settle_bonds(id, index, &task, &item, None)?;
			if item.round.saturating_add(1) < REVIEW_ROUNDS {
				// This round's labellers may not label the item again.
				for (who, _) in core::mem::take(&mut item.votes) {
					item.excluded.try_push(who).map_err(|_| Error::<T>::Overflow)?;
				}
				item.round = item.round.saturating_add(1);
				item.slots = task.labels_per_item;
				item.full_since = None;
				item.outcome = ItemOutcome::Pending;
				Self::deposit_event(Event::ItemReopened { task: id, item: index });
			} else {
				item.outcome = ItemOutcome::Rejected;
				Self::deposit_event(Event::ItemResolved {
					task: id,
					item: index,
					outcome: item.outcome,
				});
			}
		}
		Items::<T>::insert(id, index, item);
		Tasks::<T>::insert(id, task);
		Ok(())
	}
}
