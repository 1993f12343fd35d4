//! Benchmarks for every call at its worst case: the longest schema, the longest items, items
//! full of labels, a review that accepts a full item, and a finalisation that aggregates every
//! item, scores every labeller against gold answers for every item, registers the dataset and
//! records every labeller and reviewer.

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use lineage_primitives::{ContentHash, Licence, TaskId};
use sp_runtime::{
	traits::{Bounded, Saturating, Zero},
	Perbill, Percent,
};

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 4u32.into());
	who
}

/// A labeller or reviewer with enough for a few label bonds (hundreds of them are created, so
/// they cannot each hold a requester's fortune without overflowing the issuance).
fn labeller<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = T::LabelBond::get()
		.saturating_add(T::Currency::minimum_balance())
		.saturating_mul(100u32.into());
	T::Currency::set_balance(&who, amount);
	who
}

fn spec<T: Config>(
	labels_per_item: u32,
	commit_reveal: bool,
	gold: Option<ContentHash>,
) -> TaskSpecOf<T> {
	let now = frame_system::Pallet::<T>::block_number();
	let review = ReviewSpec {
		reward_per_review: T::Currency::minimum_balance().saturating_mul(5u32.into()),
		min_reputation: i32::MIN,
	};
	let name = BoundedVec::truncate_from(vec![b'c'; T::MaxClassNameLen::get() as usize]);
	TaskSpec {
		classes: BoundedVec::truncate_from(
			(0..T::MaxClasses::get()).map(|_| name.clone()).collect(),
		),
		labels_per_item,
		reward_per_label: T::Currency::minimum_balance().saturating_mul(10u32.into()),
		commit_deadline: now.saturating_add(100u32.into()),
		deadline: now.saturating_add(200u32.into()),
		commit_reveal,
		licence: Licence {
			commercial_use: true,
			derivatives_allowed: true,
			derivative_royalty: Perbill::from_percent(5),
		},
		contributor_pool: Perbill::from_percent(50),
		min_reputation: i32::MIN,
		gold_commitment: gold,
		min_gold_accuracy: Percent::from_percent(50),
		review: Some(review),
	}
}

fn item<T: Config>(n: u32) -> ItemInputOf<T> {
	let mut text = vec![b'i'; T::MaxItemLen::get() as usize];
	text[..4].copy_from_slice(&n.to_le_bytes());
	ItemInput::Text(BoundedVec::truncate_from(text))
}

/// An open task of `requester` with `n` items, with review.
fn open_task<T: Config>(
	requester: &T::AccountId,
	labels_per_item: u32,
	commit_reveal: bool,
	n: u32,
	gold: Option<ContentHash>,
) -> TaskId {
	open_task_with::<T>(requester, spec::<T>(labels_per_item, commit_reveal, gold), n)
}

/// An open task of `requester` from `spec` with `n` items.
fn open_task_with<T: Config>(requester: &T::AccountId, spec: TaskSpecOf<T>, n: u32) -> TaskId {
	let id = Pallet::<T>::do_create_task(requester, spec).expect("a valid spec");
	let per_call = T::MaxItemsPerCall::get().max(1);
	let mut added = 0;
	while added < n {
		let count = per_call.min(n - added);
		let items = BoundedVec::truncate_from((added..added + count).map(item::<T>).collect());
		Pallet::<T>::do_add_items(requester, id, items).expect("a funded requester adds items");
		added += count;
	}
	Pallet::<T>::do_open(requester, id).expect("a task with items opens");
	id
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_task() {
		let requester = funded::<T>("requester", 0);
		let s = spec::<T>(T::MaxLabelsPerItem::get(), true, Some(ContentHash::zero()));

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), s);

		assert!(Tasks::<T>::contains_key(0));
	}

	#[benchmark]
	fn add_items(n: Linear<1, { T::MaxItemsPerCall::get() }>) {
		let requester = funded::<T>("requester", 0);
		let id = Pallet::<T>::do_create_task(
			&requester,
			spec::<T>(T::MaxLabelsPerItem::get(), true, None),
		)
		.expect("a valid spec");
		let items = BoundedVec::truncate_from((0..n).map(item::<T>).collect());

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), id, items);

		assert_eq!(Tasks::<T>::get(id).map(|t| t.item_count), Some(n));
	}

	#[benchmark]
	fn open() {
		let requester = funded::<T>("requester", 0);
		let id = Pallet::<T>::do_create_task(
			&requester,
			spec::<T>(T::MaxLabelsPerItem::get(), true, None),
		)
		.expect("a valid spec");
		Pallet::<T>::do_add_items(&requester, id, BoundedVec::truncate_from(vec![item::<T>(0)]))
			.expect("adds");

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), id);

		assert_eq!(Tasks::<T>::get(id).map(|t| t.status), Some(TaskStatus::Open));
	}

	/// The last free commit slot of an item.
	#[benchmark]
	fn commit_label() {
		let requester = funded::<T>("requester", 0);
		let l = T::MaxLabelsPerItem::get();
		let id = open_task::<T>(&requester, l, true, 1, None);
		for i in 0..l.saturating_sub(1) {
			let who = labeller::<T>("labeller", i);
			Pallet::<T>::do_commit(&who, id, 0, ContentHash::zero()).expect("commits");
		}
		let who = labeller::<T>("labeller", l);
		let c = Pallet::<T>::commitment(id, 0, 0, ContentHash::zero(), &who);

		#[extrinsic_call]
		_(RawOrigin::Signed(who), id, 0, c);

		assert_eq!(Items::<T>::get(id, 0).map(|i| i.votes.len() as u32), Some(l));
	}

	/// The last reveal of a full item of a task without review: it aggregates and credits every
	/// labeller.
	#[benchmark]
	fn reveal_label() {
		let requester = funded::<T>("requester", 0);
		let l = T::MaxLabelsPerItem::get();
		let mut s = spec::<T>(l, true, None);
		s.review = None;
		let id = open_task_with::<T>(&requester, s, 1);
		let labellers: Vec<T::AccountId> = (0..l).map(|i| labeller::<T>("labeller", i)).collect();
		for who in &labellers {
			let c = Pallet::<T>::commitment(id, 0, 1, ContentHash::zero(), who);
			Pallet::<T>::do_commit(who, id, 0, c).expect("commits");
		}
		for who in labellers.iter().skip(1) {
			Pallet::<T>::do_reveal(who, id, 0, 1, ContentHash::zero()).expect("reveals");
		}
		let last = labellers[0].clone();

		#[extrinsic_call]
		_(RawOrigin::Signed(last), id, 0, 1, ContentHash::zero());

		assert_eq!(Items::<T>::get(id, 0).map(|i| i.outcome), Some(ItemOutcome::Accepted(1)));
	}

	/// Accepting a full item whose labellers all agree: every labeller credited.
	#[benchmark]
	fn review_item() {
		let requester = funded::<T>("requester", 0);
		let l = T::MaxLabelsPerItem::get();
		let id = open_task::<T>(&requester, l, false, 1, None);
		for i in 0..l {
			Pallet::<T>::do_submit(&labeller::<T>("labeller", i), id, 0, 1).expect("labels");
		}
		let reviewer = labeller::<T>("reviewer", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(reviewer.clone()), id, 0, true);

		assert_eq!(Items::<T>::get(id, 0).map(|i| i.outcome), Some(ItemOutcome::Accepted(1)));
		assert!(Rewards::<T>::get(id, &reviewer).is_some());
	}

	/// `n` items, all gold, each rejected once by its own reviewer and relabelled by a full
	/// second round that ties, takes the tie-break slot and ends with a plurality for the gold
	/// answer: every item holds the most votes an item can (`MaxLabelsPerItem + 1`) plus a full
	/// excluded round. At finalisation the minority fails the gold check (its bonds slashed to
	/// the treasury, its labels stripped), every item is aggregated again on what remains and
	/// accepted, every remaining labeller is credited and gets its bond back, and every labeller
	/// and reviewer is recorded; the reveal names an answer for every item.
	#[benchmark]
	fn finalise(n: Linear<1, { T::MaxItems::get() }>) {
		let requester = funded::<T>("requester", 0);
		let l = T::MaxLabelsPerItem::get();
		let answers: Vec<(ItemIndex, Label)> = (0..n).map(|i| (i, 1)).collect();
		let salt = ContentHash::repeat_byte(7);
		let id = open_task::<T>(
			&requester,
			l,
			false,
			n,
			Some(Pallet::<T>::gold_commitment(&answers, salt)),
		);
		// The second round: alternate labels 1 and 2 (and one 3 when `l` is odd), which ties, then
		// the tie-break slot's label 1 wins.
		let second_round = |j: u32| -> Label {
			if j >= l {
				1
			} else if l % 2 == 1 && j == l - 1 {
				3
			} else {
				1 + (j % 2) as Label
			}
		};
		let per_item = l.saturating_add(1);
		for index in 0..n {
			for j in 0..l {
				Pallet::<T>::do_submit(&labeller::<T>("first", index * l + j), id, index, 1)
					.expect("labels");
			}
			Pallet::<T>::do_review(&labeller::<T>("reviewer", index), id, index, false)
				.expect("rejects");
			for j in 0..per_item {
				let pending = Items::<T>::get(id, index).map(|i| i.outcome == ItemOutcome::Pending);
				if pending != Some(true) {
					break;
				}
				let who = labeller::<T>("labeller", index * per_item + j);
				Pallet::<T>::do_submit(&who, id, index, second_round(j)).expect("labels");
			}
		}
		let reveal =
			GoldReveal { answers: answers.try_into().expect("one answer per item fits"), salt };
		let treasury = T::Treasury::get();
		let treasury_before = T::Currency::balance(&treasury);

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), id, Some(reveal));

		assert_eq!(Tasks::<T>::get(id).map(|t| t.status), Some(TaskStatus::Finalised));
		if l >= 2 && !T::LabelBond::get().is_zero() {
			assert!(
				T::Currency::balance(&treasury) > treasury_before,
				"the minority's bonds were slashed"
			);
		}
	}

	/// `n` items, each full of commits never revealed and past their reveal window: every
	/// commit is evicted (its bond slashed to the treasury) before the task is cancelled and
	/// everything it holds returned.
	#[benchmark]
	fn cancel(n: Linear<1, { T::MaxItems::get() }>) {
		let requester = funded::<T>("requester", 0);
		let l = T::MaxLabelsPerItem::get();
		let id = open_task::<T>(&requester, l, true, n, None);
		for index in 0..n {
			for j in 0..l {
				let who = labeller::<T>("labeller", index * l + j);
				Pallet::<T>::do_commit(&who, id, index, ContentHash::zero()).expect("commits");
			}
		}
		let now = frame_system::Pallet::<T>::block_number();
		let past_window = now.saturating_add(T::RevealWindow::get()).saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(past_window);

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), id);

		assert_eq!(Tasks::<T>::get(id).map(|t| t.status), Some(TaskStatus::Cancelled));
	}

	#[benchmark]
	fn claim_rewards() {
		let requester = funded::<T>("requester", 0);
		let id = open_task::<T>(&requester, 1, false, 1, None);
		let who = labeller::<T>("labeller", 0);
		Pallet::<T>::do_submit(&who, id, 0, 1).expect("labels");
		Pallet::<T>::do_finalise(&requester, id, None).expect("finalises");

		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), id);

		assert!(Rewards::<T>::get(id, &who).is_none());
	}

	/// A full item of commits, none revealed, past the reveal window: every one evicted.
	#[benchmark]
	fn evict_unrevealed() {
		let requester = funded::<T>("requester", 0);
		let l = T::MaxLabelsPerItem::get();
		let id = open_task::<T>(&requester, l, true, 1, None);
		for i in 0..l {
			Pallet::<T>::do_commit(&labeller::<T>("labeller", i), id, 0, ContentHash::zero())
				.expect("commits");
		}
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(
			now.saturating_add(T::RevealWindow::get()).saturating_add(1u32.into()),
		);
		let anyone = labeller::<T>("anyone", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(anyone), id, 0);

		assert_eq!(Items::<T>::get(id, 0).map(|i| i.votes.len()), Some(0));
	}

	#[benchmark]
	fn clear_task() {
		let requester = funded::<T>("requester", 0);
		let id = open_task::<T>(&requester, 1, false, 1, None);
		Pallet::<T>::do_cancel(&requester, id).expect("a task without labels cancels");

		#[extrinsic_call]
		_(RawOrigin::Signed(requester), id);

		assert!(Tasks::<T>::get(id).is_none());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
