//! Finishing a task: resolve what is left, register the dataset, credit the labellers as
//! contributors, return what is unspent; and paying rewards out.

use alloc::{collections::BTreeMap, vec::Vec};
use codec::Encode;
use frame_support::{
	ensure,
	storage::with_storage_layer,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
};
use lineage_primitives::{
	held_by_ticket, ContentHash, ContributionKind, ContributionSource, ContributorLedger,
	DatasetRegistrar, Points, TaskId,
};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, DispatchResult, Percent,
};

use super::aggregate::{dataset_root, final_label};
use crate::{
	BalanceOf, Config, Error, Event, GoldRevealOf, HoldReason, ItemContents, ItemIndex,
	ItemOutcome, Items, Label, Pallet, Rewards, TaskStatus, Tasks, Vote,
};

impl<T: Config> Pallet<T> {
	/// The commitment a requester makes to gold `answers` with `salt`.
	pub fn gold_commitment(answers: &[(ItemIndex, Label)], salt: ContentHash) -> ContentHash {
		sp_io::hashing::blake2_256(&(answers, salt).encode()).into()
	}

	/// Finalise task `id` (returns its item count, for the weight): the requester any time while
	/// open; after the deadline the requester alone for `FinaliseGrace` blocks (so it can reveal
	/// the gold answers first), then anyone. After the deadline a task that never opened, or
	/// accepted no item, ends Expired.
	///
	/// Labellers below the gold accuracy forfeit the task's rewards, which go to the treasury
	/// (not back to the requester), and their labels are dropped before aggregation: the
	/// requester does not keep work it did not pay for. Nothing a third party registers can
	/// make this fail: the dataset registrar never refuses a hash someone else registered.
	pub fn do_finalise(
		who: &T::AccountId,
		id: TaskId,
		gold: Option<GoldRevealOf<T>>,
	) -> Result<u32, DispatchError> {
		let mut task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		let task_items = task.item_count;
		let now = frame_system::Pallet::<T>::block_number();
		let past_deadline = now > task.deadline;
		let past_grace = now > task.deadline.saturating_add(T::FinaliseGrace::get());
		let is_requester = who == &task.requester;
		match task.status {
			TaskStatus::Open => {
				ensure!(past_deadline || is_requester, Error::<T>::TooEarly);
				ensure!(is_requester || past_grace, Error::<T>::RequesterGracePeriod);
			},
			// A draft can only expire: its requester cancels it before then.
			TaskStatus::Draft => ensure!(past_deadline, Error::<T>::WrongPhase),
			_ => return Err(Error::<T>::WrongPhase.into()),
		}
		let answers: BTreeMap<ItemIndex, Label> = match gold {
			None => BTreeMap::new(),
			Some(reveal) => {
				let commitment = task.gold_commitment.ok_or(Error::<T>::NoGold)?;
				ensure!(
					Self::gold_commitment(&reveal.answers, reveal.salt) == commitment,
					Error::<T>::GoldMismatch
				);
				// At most one answer per item, each for an item of the task: the gold check's
				// reads are bounded by the task's items.
				ensure!(
					reveal.answers.len() as u32 <= task.item_count &&
						reveal.answers.iter().all(|(index, _)| *index < task.item_count),
					Error::<T>::BadGoldAnswers
				);
				reveal.answers.into_iter().collect()
			},
		};
		let failed = Self::gold_failures(id, &task, &answers);

		// Resolve every pending item on what was revealed by labellers who passed the gold
		// check; collect the accepted ones in order.
		let mut accepted: Vec<(ContentHash, u8)> = Vec::new();
		let mut disputed = 0u32;
		for index in 0..task.item_count {
			let Some(mut item) = Items::<T>::take(id, index) else { continue };
			ItemContents::<T>::remove(id, index);
			// What the dataset gets of this item: the one rule, which the settling below follows.
			let label = final_label(item.outcome, &item.votes, |w| failed.contains_key(w));
			let bonds_held = Self::bonds_held(&item);
			if bonds_held {
				for (labeller, _) in item.votes.iter().filter(|(w, _)| failed.contains_key(w)) {
					Self::slash_bond(labeller, task.label_bond)?;
				}
			}
			let before = item.votes.len();
			item.votes.retain(|(labeller, _)| !failed.contains_key(labeller));
			let stripped = item.votes.len() != before;
			// Under review with labels of labellers who failed the gold check: aggregate again on
			// the remaining labels before anything is credited or settled.
			if stripped && matches!(item.outcome, ItemOutcome::UnderReview(_)) {
				item.outcome = ItemOutcome::Pending;
			}
			Self::aggregate_if_complete(id, index, &mut task, &mut item, true)?;
			// Nobody reviewed it in time: accepted as the labellers agreed.
			if let ItemOutcome::UnderReview(label) = item.outcome {
				Self::accept_label(id, index, &mut task, &mut item, label)?;
			}
			// Nothing revealed: the commits never opened lose their bonds.
			if bonds_held && item.outcome == ItemOutcome::Pending {
				Self::settle_bonds(id, index, &task, &item, None)?;
			}
			// Accepted before the gold check with failing labellers' votes: the dataset keeps
			// the item only if the remaining labels still agree.
			if let (true, ItemOutcome::Accepted(_)) = (stripped, item.outcome) {
				item.outcome = match super::aggregate::plurality(
					super::aggregate::revealed_labels::<T>(&item),
				) {
					Some(label) => ItemOutcome::Accepted(label),
					None => ItemOutcome::Disputed,
				};
			}
			if item.outcome != label.map_or(item.outcome, ItemOutcome::Accepted) {
				frame_support::defensive!("finalise settled an item other than `final_label` says");
			}
			match (label, item.outcome) {
				(Some(label), _) => accepted.push((item.content_hash, label)),
				(None, ItemOutcome::Disputed | ItemOutcome::Rejected) =>
					disputed = disputed.saturating_add(1),
				(None, _) => {},
			}
		}

		// Forfeited rewards go to the treasury: a requester gains nothing by failing labellers.
		for (labeller, (correct, labelled)) in failed {
			if let Some(earned) = Rewards::<T>::take(id, &labeller) {
				Self::pay_from_budget(&mut task, &T::Treasury::get(), earned.amount)?;
			}
			Self::adjust_reputation(&labeller, -5);
			Self::deposit_event(Event::GoldFailed { task: id, labeller, correct, labelled });
		}

		// Everything not owed to labellers and reviewers goes back before the dataset's deposit
		// is taken: the unspent budget, and the items' part of the task's deposit.
		let unspent = task.escrow.saturating_sub(task.owed);
		T::Currency::release(
			&HoldReason::TaskBudget.into(),
			&task.requester,
			unspent,
			Precision::BestEffort,
		)?;
		let deposit_before: BalanceOf<T> = held_by_ticket(&task.deposit).unwrap_or_default();
		task.deposit = Self::release_item_deposits(&task.requester, task.deposit);
		let deposit_after: BalanceOf<T> = held_by_ticket(&task.deposit).unwrap_or_default();
		let refunded = unspent.saturating_add(deposit_before.saturating_sub(deposit_after));
		task.escrow = task.owed;
		Self::task_ended(&task.requester);

		if accepted.is_empty() && past_deadline {
			task.status = TaskStatus::Expired;
			Tasks::<T>::insert(id, task);
			Self::deposit_event(Event::TaskExpired { task: id, refunded });
			return Ok(task_items);
		}

		let dataset = if accepted.is_empty() {
			None
		} else {
			// In a storage layer of its own: if the requester cannot cover the dataset's deposit,
			// the task still finalises (labellers' rewards and bonds must never depend on the
			// requester's free balance), only without a dataset.
			match with_storage_layer(|| Self::register_task_dataset(id, &task, &accepted)) {
				Ok(dataset) => Some(dataset),
				Err(error) => {
					Self::deposit_event(Event::DatasetNotRegistered { task: id, error });
					None
				},
			}
		};
		task.dataset = dataset;
		task.status = TaskStatus::Finalised;
		let accepted_items = accepted.len() as u32;
		Tasks::<T>::insert(id, task);
		Self::deposit_event(Event::TaskFinalised {
			task: id,
			dataset,
			accepted_items,
			disputed_items: disputed,
		});
		Ok(task_items)
	}

	/// Register task `id`'s dataset of `accepted` labels (owned by the requester), record its
	/// labellers and reviewers as contributors and seal them at the task's pool.
	fn register_task_dataset(
		id: TaskId,
		task: &crate::TaskOf<T>,
		accepted: &[(ContentHash, u8)],
	) -> Result<lineage_primitives::AssetId, DispatchError> {
		let root = dataset_root(id, accepted);
		let uri = alloc::format!("lineage:task/{id}").into_bytes();
		let dataset =
			T::Datasets::register_dataset(&task.requester, root, uri, task.licence, Vec::new())?;
		for (account, earned) in Rewards::<T>::iter_prefix(id) {
			for (kind, points) in [
				(ContributionKind::Label, earned.labels),
				(ContributionKind::Review, earned.reviews),
			] {
				if points > 0 {
					let source = ContributionSource::LabellingTask(id);
					T::Contributors::record(dataset, &account, kind, Points::from(points), source)?;
				}
			}
		}
		// The labellers' share is fixed for good: no more points, no smaller pool.
		T::Contributors::seal_contributors(dataset, task.contributor_pool)?;
		Ok(dataset)
	}

	/// The labellers of task `id` whose accuracy on the revealed gold `answers` is below the
	/// task's minimum, with `(correct, labelled)` on gold items. Reads only the gold items.
	pub(crate) fn gold_failures(
		id: TaskId,
		task: &crate::TaskOf<T>,
		answers: &BTreeMap<ItemIndex, Label>,
	) -> BTreeMap<T::AccountId, (u32, u32)> {
		let mut scores: BTreeMap<T::AccountId, (u32, u32)> = BTreeMap::new();
		for (index, answer) in answers {
			let Some(item) = Items::<T>::get(id, index) else { continue };
			for (labeller, vote) in item.votes.iter() {
				if let Vote::Revealed(label) = vote {
					let score = scores.entry(labeller.clone()).or_default();
					score.1 = score.1.saturating_add(1);
					if label == answer {
						score.0 = score.0.saturating_add(1);
					}
				}
			}
		}
		scores.retain(|_, (correct, labelled)| {
			Percent::from_rational(*correct, *labelled) < task.min_gold_accuracy
		});
		scores
	}

	/// Pay `who` their rewards from a finalised or expired task, out of the requester's hold.
	pub fn do_claim_rewards(who: &T::AccountId, id: TaskId) -> DispatchResult {
		let mut task = Tasks::<T>::get(id).ok_or(Error::<T>::UnknownTask)?;
		ensure!(
			matches!(task.status, TaskStatus::Finalised | TaskStatus::Expired),
			Error::<T>::WrongPhase
		);
		let amount = Rewards::<T>::get(id, who).ok_or(Error::<T>::NothingToClaim)?.amount;
		ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);
		Self::pay_reward(id, &mut task, who, amount)?;
		Tasks::<T>::insert(id, task);
		Ok(())
	}

	/// Pay `who` its `amount` of rewards from `task`'s hold and remove its entry.
	pub(crate) fn pay_reward(
		id: TaskId,
		task: &mut crate::TaskOf<T>,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		Self::pay_from_budget(task, who, amount)?;
		Rewards::<T>::remove(id, who);
		Self::deposit_event(Event::RewardsClaimed { task: id, claimer: who.clone(), amount });
		Ok(())
	}

	/// Pay `amount` of rewards owed by `task` from its budget hold to `to` (their earner, or the
	/// treasury for forfeited ones).
	fn pay_from_budget(
		task: &mut crate::TaskOf<T>,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::transfer_on_hold(
				&HoldReason::TaskBudget.into(),
				&task.requester,
				to,
				amount,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)?;
		}
		task.owed = task.owed.saturating_sub(amount);
		task.escrow = task.escrow.saturating_sub(amount);
		Ok(())
	}
}
