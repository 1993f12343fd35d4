//! Unit tests: set-up, commit-reveal, aggregation (majority, ties, disputes), finalisation into a
//! dataset with labellers as contributors, rewards, cancel and expiry refunds.
//!
//! One file per feature (`src/features/`), plus the queries, the trait implementations and the
//! invariants; this file holds what they share.

use crate::{
	mock::*, Error, Event, ItemInput, ItemOutcome, Items, Rewards, TaskSpec, TaskStatus, Tasks,
};

use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect, InspectHold},
		ConstU32,
	},
	BoundedVec,
};

use lineage_primitives::{
	held_by_ticket, ContentHash, ContributionKind, ContributionSource, Licence,
};

use sp_runtime::Perbill;

const REWARD: u64 = 10;

/// A text item (the tests' items fit `MaxItemLen`).
fn text(bytes: Vec<u8>) -> crate::ItemInputOf<Test> {
	ItemInput::Text(BoundedVec::truncate_from(bytes))
}

/// The items of one `add_items` call (the tests' lists fit `MaxItemsPerCall`).
fn items(list: Vec<crate::ItemInputOf<Test>>) -> crate::ItemInputsOf<Test> {
	BoundedVec::truncate_from(list)
}

/// A schema of `names` (the tests' names fit the bounds).
fn classes(names: &[&[u8]]) -> BoundedVec<BoundedVec<u8, ConstU32<16>>, ConstU32<64>> {
	BoundedVec::truncate_from(names.iter().map(|n| BoundedVec::truncate_from(n.to_vec())).collect())
}

fn spec(labels_per_item: u32, commit_reveal: bool) -> crate::TaskSpecOf<Test> {
	TaskSpec {
		classes: classes(&[b"cat", b"dog", b"bird"]),
		labels_per_item,
		reward_per_label: REWARD,
		commit_deadline: 10,
		deadline: 20,
		commit_reveal,
		licence: Licence {
			commercial_use: true,
			derivatives_allowed: true,
			derivative_royalty: Perbill::from_percent(5),
		},
		contributor_pool: Perbill::from_percent(40),
		min_reputation: -10,
		gold_commitment: None,
		min_gold_accuracy: sp_runtime::Percent::from_percent(50),
		review: None,
	}
}

/// An open task with `n` text items.
fn open_task(labels_per_item: u32, commit_reveal: bool, n: usize) -> u64 {
	open_task_with(spec(labels_per_item, commit_reveal), n)
}

/// An open task from `spec` with `n` text items.
fn open_task_with(spec: crate::TaskSpecOf<Test>, n: usize) -> u64 {
	let id = crate::NextTaskId::<Test>::get();
	assert_ok!(Labelling::create_task(RuntimeOrigin::signed(REQUESTER), spec));
	let items = items((0..n).map(|i| text(format!("item {i}").into_bytes())).collect());
	assert_ok!(Labelling::add_items(RuntimeOrigin::signed(REQUESTER), id, items));
	assert_ok!(Labelling::open(RuntimeOrigin::signed(REQUESTER), id));
	id
}

fn earned(labels: u32, amount: u64) -> crate::Earned<u64> {
	crate::Earned { labels, reviews: 0, amount }
}

fn salt(who: u64) -> ContentHash {
	ContentHash::repeat_byte(who as u8)
}

fn commit(task: u64, item: u32, who: u64, label: u8) {
	let c = Labelling::commitment(task, item, label, salt(who), &who);
	assert_ok!(Labelling::commit_label(RuntimeOrigin::signed(who), task, item, c));
}

fn reveal(task: u64, item: u32, who: u64, label: u8) {
	assert_ok!(Labelling::reveal_label(RuntimeOrigin::signed(who), task, item, label, salt(who)));
}

/// Everything held from the requester: its tasks' budgets and deposits.
fn held() -> u64 {
	Balances::balance_on_hold(
		&RuntimeHoldReason::Labelling(crate::HoldReason::TaskBudget),
		&REQUESTER,
	) + Balances::balance_on_hold(
		&RuntimeHoldReason::Labelling(crate::HoldReason::TaskDeposit),
		&REQUESTER,
	)
}

const REVIEW_REWARD: u64 = 3;

/// An open task with review (`REVIEW_REWARD` per review) and `n` text items.
fn open_reviewed_task(labels_per_item: u32, n: usize, min_reputation: i32) -> u64 {
	let id = crate::NextTaskId::<Test>::get();
	let mut s = spec(labels_per_item, false);
	s.review = Some(crate::ReviewSpec { reward_per_review: REVIEW_REWARD, min_reputation });
	assert_ok!(Labelling::create_task(RuntimeOrigin::signed(REQUESTER), s));
	let items = items((0..n).map(|i| text(format!("r{i}").into_bytes())).collect());
	assert_ok!(Labelling::add_items(RuntimeOrigin::signed(REQUESTER), id, items));
	assert_ok!(Labelling::open(RuntimeOrigin::signed(REQUESTER), id));
	id
}

fn label(task: u64, item: u32, who: u64, label: u8) {
	assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(who), task, item, label));
}

fn outcome(task: u64, item: u32) -> ItemOutcome {
	Items::<Test>::get(task, item).unwrap().outcome
}

fn label_fails_after_deadline(id: u64) {
	assert_noop!(
		Labelling::review_item(RuntimeOrigin::signed(L2), id, 1, true),
		Error::<Test>::DeadlinePassed
	);
}

/// A task whose gold commitment is to `answers`, with `n` items and `labels_per_item` labels.
fn open_gold_task(labels_per_item: u32, n: usize, answers: &[(u32, u8)]) -> u64 {
	let mut s = spec(labels_per_item, false);
	s.gold_commitment = Some(Labelling::gold_commitment(answers, ContentHash::repeat_byte(9)));
	open_task_with(s, n)
}

mod aggregate;
mod bond;
mod finalise;
mod invariants;
mod labelling;
mod review;
mod task;
