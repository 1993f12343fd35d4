//! Unit tests: set-up, commit-reveal, aggregation (majority, ties, disputes), finalisation into a
//! dataset with labellers as contributors, rewards, cancel and expiry refunds.

use crate::{
	mock::*, Error, Event, ItemInput, ItemOutcome, Items, Rewards, TaskSpec, TaskStatus, Tasks,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use lineage_primitives::{ContentHash, ContributionKind, ContributionSource, Licence};
use sp_runtime::Perbill;

const REWARD: u64 = 10;

fn spec(labels_per_item: u32, commit_reveal: bool) -> TaskSpec<u64, u64> {
	TaskSpec {
		classes: vec![b"cat".to_vec(), b"dog".to_vec(), b"bird".to_vec()],
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
fn open_task_with(spec: TaskSpec<u64, u64>, n: usize) -> u64 {
	let id = crate::NextTaskId::<Test>::get();
	assert_ok!(Labelling::create_task(RuntimeOrigin::signed(REQUESTER), spec));
	let items = (0..n).map(|i| ItemInput::Text(format!("item {i}").into_bytes())).collect();
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

fn held() -> u64 {
	Balances::balance_on_hold(
		&RuntimeHoldReason::Labelling(crate::HoldReason::TaskBudget),
		&REQUESTER,
	)
}

#[test]
fn adding_items_holds_their_budget_and_deposits() {
	run_test(|| {
		let id = open_task(3, true, 2);
		// Per item: (3 + 1 tie-break) × 10 + deposit 2.
		assert_eq!(held(), 2 * (4 * REWARD + ITEM_DEPOSIT));
		assert_eq!(Labelling::quote(&spec(3, true), 2), Some((80, 4)));
		assert_eq!(Tasks::<Test>::get(id).unwrap().status, TaskStatus::Open);
		assert_eq!(crate::ItemContents::<Test>::get(id, 1).unwrap().1.to_vec(), b"item 1".to_vec());
	});
}

#[test]
fn bad_specs_and_items_are_refused_by_name() {
	run_test(|| {
		let create = |s| Labelling::create_task(RuntimeOrigin::signed(REQUESTER), s);
		let mut s = spec(3, true);
		s.classes = vec![b"only".to_vec()];
		assert_noop!(create(s), Error::<Test>::BadClassCount);
		let mut s = spec(3, true);
		s.classes[0] = vec![b'x'; 17];
		assert_noop!(create(s), Error::<Test>::ClassNameTooLong);
		assert_noop!(create(spec(0, true)), Error::<Test>::BadLabelsPerItem);
		assert_noop!(create(spec(6, true)), Error::<Test>::BadLabelsPerItem);
		let mut s = spec(3, true);
		s.reward_per_label = 0;
		assert_noop!(create(s), Error::<Test>::ZeroReward);
		let mut s = spec(3, true);
		s.commit_deadline = 30;
		assert_noop!(create(s), Error::<Test>::BadDeadline);

		assert_ok!(create(spec(3, true)));
		let add = |who, items| Labelling::add_items(RuntimeOrigin::signed(who), 0, items);
		assert_noop!(add(L1, vec![ItemInput::Text(b"a".to_vec())]), Error::<Test>::NotRequester);
		assert_noop!(add(REQUESTER, vec![]), Error::<Test>::BadItemCount);
		assert_noop!(
			add(REQUESTER, vec![ItemInput::Text(vec![b'a'; 33])]),
			Error::<Test>::BadItemLength
		);
		assert_noop!(add(REQUESTER, vec![ItemInput::Text(vec![])]), Error::<Test>::BadItemLength);
		assert_noop!(Labelling::open(RuntimeOrigin::signed(REQUESTER), 0), Error::<Test>::NoItems);
		for _ in 0..2 {
			assert_ok!(add(REQUESTER, (0..5).map(|_| ItemInput::Text(b"a".to_vec())).collect()));
		}
		assert_noop!(
			add(REQUESTER, vec![ItemInput::Text(b"a".to_vec())]),
			Error::<Test>::TooManyItems
		);
		// A requester who cannot pay the budget.
		assert_ok!(Labelling::create_task(RuntimeOrigin::signed(POOR), spec(3, true)));
		assert_noop!(
			Labelling::add_items(
				RuntimeOrigin::signed(POOR),
				1,
				vec![ItemInput::Text(b"a".to_vec())]
			),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn a_majority_accepts_its_labels_and_rejects_the_rest() {
	run_test(|| {
		let id = open_task(3, true, 1);
		commit(id, 0, L1, 1);
		commit(id, 0, L2, 1);
		// Nobody can reveal before the item has all its commits.
		assert_noop!(
			Labelling::reveal_label(RuntimeOrigin::signed(L1), id, 0, 1, salt(L1)),
			Error::<Test>::RevealTooEarly
		);
		commit(id, 0, L3, 2);
		let c = Labelling::commitment(id, 0, 0, salt(L4), &L4);
		assert_noop!(
			Labelling::commit_label(RuntimeOrigin::signed(L4), id, 0, c),
			Error::<Test>::ItemFull
		);
		assert_noop!(
			Labelling::commit_label(RuntimeOrigin::signed(L1), id, 0, c),
			Error::<Test>::AlreadyLabelled
		);
		reveal(id, 0, L1, 1);
		reveal(id, 0, L2, 1);
		reveal(id, 0, L3, 2);
		assert_eq!(Items::<Test>::get(id, 0).unwrap().outcome, ItemOutcome::Accepted(1));
		assert_eq!(Rewards::<Test>::get(id, L1), Some(earned(1, REWARD)));
		assert_eq!(Rewards::<Test>::get(id, L2), Some(earned(1, REWARD)));
		assert_eq!(Rewards::<Test>::get(id, L3), None);
	});
}

#[test]
fn a_copied_commitment_does_not_reveal() {
	run_test(|| {
		let id = open_task(2, true, 1);
		// L2 copies L1's commitment: the commitment includes L1's account, so it cannot match.
		let c = Labelling::commitment(id, 0, 1, salt(L1), &L1);
		assert_ok!(Labelling::commit_label(RuntimeOrigin::signed(L1), id, 0, c));
		assert_ok!(Labelling::commit_label(RuntimeOrigin::signed(L2), id, 0, c));
		assert_noop!(
			Labelling::reveal_label(RuntimeOrigin::signed(L2), id, 0, 1, salt(L1)),
			Error::<Test>::RevealMismatch
		);
		assert_noop!(
			Labelling::reveal_label(RuntimeOrigin::signed(L1), id, 0, 2, salt(L1)),
			Error::<Test>::RevealMismatch
		);
		assert_noop!(
			Labelling::reveal_label(RuntimeOrigin::signed(L1), id, 0, 3, salt(L1)),
			Error::<Test>::LabelOutOfRange
		);
		assert_noop!(
			Labelling::reveal_label(RuntimeOrigin::signed(L3), id, 0, 1, salt(L3)),
			Error::<Test>::NotALabeller
		);
		reveal(id, 0, L1, 1);
	});
}

#[test]
fn a_tie_opens_one_more_slot_and_a_second_tie_is_disputed() {
	run_test(|| {
		let id = open_task(2, false, 2);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 0));
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L2), id, 0, 1));
		System::assert_last_event(Event::TieBreakSlotOpened { task: id, item: 0 }.into());
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L3), id, 0, 1));
		assert_eq!(Items::<Test>::get(id, 0).unwrap().outcome, ItemOutcome::Accepted(1));
		assert_eq!(Rewards::<Test>::get(id, L2), Some(earned(1, REWARD)));
		assert_eq!(Rewards::<Test>::get(id, L3), Some(earned(1, REWARD)));

		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 1, 0));
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L2), id, 1, 1));
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L3), id, 1, 2));
		assert_eq!(Items::<Test>::get(id, 1).unwrap().outcome, ItemOutcome::Disputed);
		assert_noop!(
			Labelling::submit_label(RuntimeOrigin::signed(L4), id, 1, 2),
			Error::<Test>::ItemResolved
		);
		let plain = open_task(2, false, 1);
		assert_noop!(
			Labelling::commit_label(RuntimeOrigin::signed(L4), plain, 0, ContentHash::zero()),
			Error::<Test>::CommitRevealNotUsed
		);
		let committed = open_task(2, true, 1);
		assert_noop!(
			Labelling::submit_label(RuntimeOrigin::signed(L4), committed, 0, 0),
			Error::<Test>::CommitRevealRequired
		);
	});
}

#[test]
fn finalising_registers_the_dataset_credits_labellers_and_refunds_the_rest() {
	run_test(|| {
		let id = open_task(2, false, 3);
		// Item 0: both say 1 (accepted); item 1: one label only (accepted at finalisation);
		// item 2: no labels.
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 1));
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L2), id, 0, 1));
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 1, 2));
		assert_noop!(
			Labelling::finalise(RuntimeOrigin::signed(L1), id, None),
			Error::<Test>::TooEarly
		);
		let before = Balances::balance(&REQUESTER);
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, None));
		System::assert_last_event(
			Event::TaskFinalised {
				task: id,
				dataset: Some(100),
				accepted_items: 2,
				disputed_items: 0,
			}
			.into(),
		);
		// Held: 3 × (3 × 10 + 2) = 96; owed 3 labels × 10 = 30; the rest comes back.
		assert_eq!(Balances::balance(&REQUESTER), before + 96 - 30);
		assert_eq!(held(), 30);
		DATASETS.with(|d| assert_eq!(d.borrow()[0].0, REQUESTER));
		POOLS.with(|p| assert_eq!(p.borrow().clone(), vec![(100, Perbill::from_percent(40))]));
		let mut points = POINTS.with(|p| p.borrow().clone());
		points.sort_by_key(|p| p.1);
		assert_eq!(
			points,
			vec![
				(100, L1, ContributionKind::Label, 2, ContributionSource::LabellingTask(id)),
				(100, L2, ContributionKind::Label, 1, ContributionSource::LabellingTask(id)),
			]
		);
		assert_noop!(
			Labelling::claim_rewards(RuntimeOrigin::signed(L3), id),
			Error::<Test>::NothingToClaim
		);
		assert_ok!(Labelling::claim_rewards(RuntimeOrigin::signed(L1), id));
		assert_eq!(Balances::balance(&L1), 10 + 2 * REWARD);
		assert_ok!(Labelling::claim_rewards(RuntimeOrigin::signed(L2), id));
		assert_eq!(held(), 0);
		assert_noop!(
			Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, None),
			Error::<Test>::WrongPhase
		);
	});
}

#[test]
fn anyone_finalises_after_the_deadline_and_commits_never_revealed_earn_nothing() {
	run_test(|| {
		let id = open_task(3, true, 1);
		commit(id, 0, L1, 0);
		commit(id, 0, L2, 0);
		// The commit window closes with two of three commits: reveals open.
		System::set_block_number(11);
		reveal(id, 0, L1, 0);
		System::set_block_number(21);
		assert_noop!(
			Labelling::reveal_label(RuntimeOrigin::signed(L2), id, 0, 0, salt(L2)),
			Error::<Test>::DeadlinePassed
		);
		// The requester's grace period: nobody else can finalise (and skip the gold check) yet.
		assert_noop!(
			Labelling::finalise(RuntimeOrigin::signed(L3), id, None),
			Error::<Test>::RequesterGracePeriod
		);
		System::set_block_number(21 + FINALISE_GRACE);
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(L3), id, None));
		assert_eq!(Rewards::<Test>::get(id, L1), Some(earned(1, REWARD)));
		assert_eq!(Rewards::<Test>::get(id, L2), None);
		assert_eq!(held(), REWARD);
	});
}

#[test]
fn a_task_without_labels_can_be_cancelled_with_everything_refunded() {
	run_test(|| {
		let id = open_task(2, false, 2);
		assert_noop!(Labelling::cancel(RuntimeOrigin::signed(L1), id), Error::<Test>::NotRequester);
		assert_ok!(Labelling::cancel(RuntimeOrigin::signed(REQUESTER), id));
		assert_eq!(held(), 0);
		assert_eq!(Balances::balance(&REQUESTER), 10_000);
		assert!(Items::<Test>::get(id, 0).is_none());
		let id = open_task(2, false, 1);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 0));
		assert_noop!(
			Labelling::cancel(RuntimeOrigin::signed(REQUESTER), id),
			Error::<Test>::HasLabels
		);
	});
}

#[test]
fn a_task_with_nothing_accepted_registers_no_dataset() {
	run_test(|| {
		let id = open_task(1, false, 1);
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, None));
		System::assert_last_event(
			Event::TaskFinalised { task: id, dataset: None, accepted_items: 0, disputed_items: 0 }
				.into(),
		);
		assert_eq!(Balances::balance(&REQUESTER), 10_000);
	});
}

#[test]
fn try_state_catches_a_budget_that_does_not_match_the_hold() {
	new_test_ext().execute_with(|| {
		let id = open_task(2, false, 1);
		assert_ok!(Labelling::do_try_state());
		Tasks::<Test>::mutate(id, |t| t.as_mut().unwrap().escrow += 1);
		assert!(Labelling::do_try_state().is_err());
	});
}

#[test]
fn plurality_is_strict() {
	use crate::features::aggregate::plurality;
	assert_eq!(plurality([1u8, 1, 2].into_iter()), Some(1));
	assert_eq!(plurality([1u8, 2].into_iter()), None);
	assert_eq!(plurality([0u8, 0, 1, 1, 2].into_iter()), None);
	assert_eq!(plurality([5u8].into_iter()), Some(5));
	assert_eq!(plurality(core::iter::empty()), None);
}

#[test]
fn labellers_failing_the_gold_items_forfeit_their_rewards() {
	run_test(|| {
		// Items 0 and 1 are gold, with answers 1 and 2; item 2 is ordinary.
		let answers = vec![(0u32, 1u8), (1, 2)];
		let gold_salt = ContentHash::repeat_byte(9);
		let mut s = spec(1, false);
		s.gold_commitment = Some(Labelling::gold_commitment(&answers, gold_salt));
		let id = crate::NextTaskId::<Test>::get();
		assert_ok!(Labelling::create_task(RuntimeOrigin::signed(REQUESTER), s));
		let items = (0..3).map(|i| ItemInput::Text(format!("g{i}").into_bytes())).collect();
		assert_ok!(Labelling::add_items(RuntimeOrigin::signed(REQUESTER), id, items));
		assert_ok!(Labelling::open(RuntimeOrigin::signed(REQUESTER), id));
		// L1 answers gold item 0 correctly and item 2; L2 gets gold item 1 wrong.
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 1));
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L2), id, 1, 0));
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 2, 0));
		assert_eq!(Rewards::<Test>::get(id, L2), Some(earned(1, REWARD)));
		let wrong = crate::GoldReveal {
			answers: vec![(0, 1), (1, 0)].try_into().unwrap(),
			salt: gold_salt,
		};
		assert_noop!(
			Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, Some(wrong)),
			Error::<Test>::GoldMismatch
		);
		let before = Balances::balance(&REQUESTER);
		let reveal = crate::GoldReveal { answers: answers.try_into().unwrap(), salt: gold_salt };
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, Some(reveal)));
		assert!(System::events().iter().any(|r| r.event ==
			Event::GoldFailed { task: id, labeller: L2, correct: 0, labelled: 1 }.into()));
		assert_eq!(Rewards::<Test>::get(id, L2), None);
		assert_eq!(Rewards::<Test>::get(id, L1), Some(earned(2, 2 * REWARD)));
		// 3 items × (1 × 10 + 2) held; L1's 20 stays owed, L2's forfeited 10 goes to the
		// treasury, everything else comes back.
		assert_eq!(Balances::balance(&REQUESTER), before + 36 - 20 - REWARD);
		assert_eq!(Balances::balance(&TREASURY), 1 + REWARD);
		assert_eq!(crate::Reputation::<Test>::get(L2), 1 - 5);
		let points = POINTS.with(|p| p.borrow().clone());
		assert!(points.iter().all(|p| p.1 != L2), "a gold failure earns no points");
		// L2's label is not in the dataset: items 0 and 2 only.
		System::assert_has_event(
			Event::TaskFinalised {
				task: id,
				dataset: Some(100),
				accepted_items: 2,
				disputed_items: 1,
			}
			.into(),
		);
	});
}

#[test]
fn reputation_moves_with_accepted_and_rejected_labels_and_gates_tasks() {
	run_test(|| {
		let id = open_task(3, false, 1);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 1));
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L2), id, 0, 1));
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L3), id, 0, 2));
		assert_eq!(crate::Reputation::<Test>::get(L1), 1);
		assert_eq!(crate::Reputation::<Test>::get(L3), -1);
		let mut s = spec(1, false);
		s.min_reputation = 0;
		let strict = crate::NextTaskId::<Test>::get();
		assert_ok!(Labelling::create_task(RuntimeOrigin::signed(REQUESTER), s));
		assert_ok!(Labelling::add_items(
			RuntimeOrigin::signed(REQUESTER),
			strict,
			vec![ItemInput::Text(b"x".to_vec())]
		));
		assert_ok!(Labelling::open(RuntimeOrigin::signed(REQUESTER), strict));
		assert_noop!(
			Labelling::submit_label(RuntimeOrigin::signed(L3), strict, 0, 0),
			Error::<Test>::InsufficientReputation
		);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), strict, 0, 0));
	});
}

#[test]
fn a_requester_has_a_bounded_number_of_live_tasks() {
	run_test(|| {
		for _ in 0..3 {
			assert_ok!(Labelling::create_task(RuntimeOrigin::signed(REQUESTER), spec(1, false)));
		}
		assert_noop!(
			Labelling::create_task(RuntimeOrigin::signed(REQUESTER), spec(1, false)),
			Error::<Test>::TooManyTasks
		);
		assert_ok!(Labelling::cancel(RuntimeOrigin::signed(REQUESTER), 0));
		assert_ok!(Labelling::create_task(RuntimeOrigin::signed(REQUESTER), spec(1, false)));
	});
}

const REVIEW_REWARD: u64 = 3;

/// An open task with review (`REVIEW_REWARD` per review) and `n` text items.
fn open_reviewed_task(labels_per_item: u32, n: usize, min_reputation: i32) -> u64 {
	let id = crate::NextTaskId::<Test>::get();
	let mut s = spec(labels_per_item, false);
	s.review = Some(crate::ReviewSpec { reward_per_review: REVIEW_REWARD, min_reputation });
	assert_ok!(Labelling::create_task(RuntimeOrigin::signed(REQUESTER), s));
	let items = (0..n).map(|i| ItemInput::Text(format!("r{i}").into_bytes())).collect();
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

#[test]
fn review_budget_holds_two_rounds_of_labels_and_reviews() {
	run_test(|| {
		let mut s = spec(3, false);
		s.review = Some(crate::ReviewSpec { reward_per_review: REVIEW_REWARD, min_reputation: 0 });
		// Per item and round: 4 labels × 10 + one review; two rounds.
		assert_eq!(
			Labelling::quote(&s, 2),
			Some((2 * 2 * (4 * REWARD + REVIEW_REWARD), 2 * ITEM_DEPOSIT))
		);
		assert_eq!(
			Labelling::quote_for(3, REWARD, Some(REVIEW_REWARD), 2),
			Labelling::quote(&s, 2)
		);
		s.review = Some(crate::ReviewSpec { reward_per_review: 0, min_reputation: 0 });
		assert_noop!(
			Labelling::create_task(RuntimeOrigin::signed(REQUESTER), s),
			Error::<Test>::ZeroReward
		);
		open_reviewed_task(3, 2, 0);
		assert_eq!(held(), 2 * (2 * (4 * REWARD + REVIEW_REWARD) + ITEM_DEPOSIT));
	});
}

#[test]
fn an_accepted_review_credits_the_labellers_and_the_reviewer_gets_review_points() {
	run_test(|| {
		let id = open_reviewed_task(2, 1, -10);
		label(id, 0, L1, 1);
		label(id, 0, L2, 1);
		assert_eq!(outcome(id, 0), ItemOutcome::UnderReview(1));
		assert_eq!(Rewards::<Test>::get(id, L1), None, "nothing is credited before review");
		assert_noop!(
			Labelling::review_item(RuntimeOrigin::signed(L1), id, 0, true),
			Error::<Test>::CannotReviewOwnItem
		);
		assert_ok!(Labelling::review_item(RuntimeOrigin::signed(L3), id, 0, true));
		assert_eq!(outcome(id, 0), ItemOutcome::Accepted(1));
		assert_noop!(
			Labelling::review_item(RuntimeOrigin::signed(L4), id, 0, true),
			Error::<Test>::NotUnderReview
		);
		assert_eq!(Rewards::<Test>::get(id, L1), Some(earned(1, REWARD)));
		assert_eq!(
			Rewards::<Test>::get(id, L3),
			Some(crate::Earned { labels: 0, reviews: 1, amount: REVIEW_REWARD })
		);
		assert_eq!(crate::Reputation::<Test>::get(L1), 1);
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, None));
		let points = POINTS.with(|p| p.borrow().clone());
		assert!(points.iter().any(|p| p.1 == L1 && p.2 == ContributionKind::Label && p.3 == 1));
		assert!(points.iter().any(|p| p.1 == L3 && p.2 == ContributionKind::Review && p.3 == 1));
		assert!(points.iter().all(|p| !(p.1 == L3 && p.2 == ContributionKind::Label)));
		let before = Balances::balance(&L3);
		assert_ok!(Labelling::claim_rewards(RuntimeOrigin::signed(L3), id));
		assert_eq!(Balances::balance(&L3), before + REVIEW_REWARD);
	});
}

#[test]
fn a_rejected_item_reopens_for_new_labellers_once_then_is_rejected() {
	run_test(|| {
		let id = open_reviewed_task(2, 1, -10);
		label(id, 0, L1, 1);
		label(id, 0, L2, 1);
		assert_ok!(Labelling::review_item(RuntimeOrigin::signed(L3), id, 0, false));
		System::assert_last_event(Event::ItemReopened { task: id, item: 0 }.into());
		assert_eq!(outcome(id, 0), ItemOutcome::Pending);
		assert_eq!(crate::Reputation::<Test>::get(L1), -1, "a rejected label costs reputation");
		assert_eq!(Rewards::<Test>::get(id, L1), None);
		// The first round's labellers may neither label nor review it again.
		assert_noop!(
			Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 1),
			Error::<Test>::AlreadyLabelled
		);
		label(id, 0, L3, 0);
		label(id, 0, L4, 0);
		assert_eq!(outcome(id, 0), ItemOutcome::UnderReview(0));
		assert_noop!(
			Labelling::review_item(RuntimeOrigin::signed(L2), id, 0, false),
			Error::<Test>::CannotReviewOwnItem
		);
		assert_ok!(Labelling::review_item(RuntimeOrigin::signed(POOR), id, 0, false));
		assert_eq!(outcome(id, 0), ItemOutcome::Rejected);
		assert_eq!(Rewards::<Test>::get(id, L3).map(|e| e.amount), Some(REVIEW_REWARD));
		assert_eq!(Rewards::<Test>::get(id, L4), None);
		// Only the two reviews are paid; the rest goes back when it ends.
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, None));
		System::assert_last_event(
			Event::TaskFinalised { task: id, dataset: None, accepted_items: 0, disputed_items: 1 }
				.into(),
		);
		assert_eq!(Balances::balance(&REQUESTER), 10_000 - 2 * REVIEW_REWARD);
		assert_eq!(held(), 2 * REVIEW_REWARD);
	});
}

#[test]
fn review_needs_a_task_with_review_and_the_reviewer_reputation() {
	run_test(|| {
		let plain = open_task(1, false, 1);
		assert_noop!(
			Labelling::review_item(RuntimeOrigin::signed(L3), plain, 0, true),
			Error::<Test>::NoReview
		);
		let id = open_reviewed_task(1, 2, 1);
		assert_noop!(
			Labelling::review_item(RuntimeOrigin::signed(L3), id, 0, true),
			Error::<Test>::NotUnderReview
		);
		label(id, 0, L1, 1);
		// L3 has no reputation yet; L2 earns one by an accepted label on the plain task.
		assert_noop!(
			Labelling::review_item(RuntimeOrigin::signed(L3), id, 0, true),
			Error::<Test>::InsufficientReputation
		);
		label(plain, 0, L2, 0);
		assert_ok!(Labelling::review_item(RuntimeOrigin::signed(L2), id, 0, true));
		System::set_block_number(21);
		label_fails_after_deadline(id);
	});
}

fn label_fails_after_deadline(id: u64) {
	assert_noop!(
		Labelling::review_item(RuntimeOrigin::signed(L2), id, 1, true),
		Error::<Test>::DeadlinePassed
	);
}

#[test]
fn items_nobody_reviewed_are_accepted_at_finalisation() {
	run_test(|| {
		let id = open_reviewed_task(1, 1, 0);
		label(id, 0, L1, 2);
		assert_eq!(outcome(id, 0), ItemOutcome::UnderReview(2));
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, None));
		assert_eq!(Rewards::<Test>::get(id, L1), Some(earned(1, REWARD)));
		System::assert_last_event(
			Event::TaskFinalised {
				task: id,
				dataset: Some(100),
				accepted_items: 1,
				disputed_items: 0,
			}
			.into(),
		);
	});
}

#[test]
fn a_draft_past_its_deadline_expires_with_everything_refunded() {
	run_test(|| {
		let id = crate::NextTaskId::<Test>::get();
		assert_ok!(Labelling::create_task(RuntimeOrigin::signed(REQUESTER), spec(2, false)));
		assert_ok!(Labelling::add_items(
			RuntimeOrigin::signed(REQUESTER),
			id,
			vec![ItemInput::Text(b"x".to_vec())]
		));
		assert_noop!(
			Labelling::finalise(RuntimeOrigin::signed(L1), id, None),
			Error::<Test>::WrongPhase
		);
		System::set_block_number(21);
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(L1), id, None));
		System::assert_last_event(
			Event::TaskExpired { task: id, refunded: 3 * REWARD + ITEM_DEPOSIT }.into(),
		);
		assert_eq!(Tasks::<Test>::get(id).unwrap().status, TaskStatus::Expired);
		assert_eq!(Balances::balance(&REQUESTER), 10_000);
		assert_eq!(held(), 0);
		assert_eq!(crate::LiveTasks::<Test>::get(REQUESTER), None);
		assert_noop!(
			Labelling::finalise(RuntimeOrigin::signed(L1), id, None),
			Error::<Test>::WrongPhase
		);
	});
}

#[test]
fn an_open_task_that_accepted_nothing_expires_and_its_reviewers_still_claim() {
	run_test(|| {
		let id = open_reviewed_task(1, 2, -10);
		label(id, 0, L1, 1);
		assert_ok!(Labelling::review_item(RuntimeOrigin::signed(L2), id, 0, false));
		System::set_block_number(21 + FINALISE_GRACE);
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(L4), id, None));
		assert_eq!(Tasks::<Test>::get(id).unwrap().status, TaskStatus::Expired);
		assert!(DATASETS.with(|d| d.borrow().is_empty()));
		assert_eq!(held(), REVIEW_REWARD);
		assert_ok!(Labelling::claim_rewards(RuntimeOrigin::signed(L2), id));
		assert_eq!(held(), 0);
		assert_eq!(Balances::balance(&REQUESTER), 10_000 - REVIEW_REWARD);
	});
}

/// A task whose gold commitment is to `answers`, with `n` items and `labels_per_item` labels.
fn open_gold_task(labels_per_item: u32, n: usize, answers: &[(u32, u8)]) -> u64 {
	let mut s = spec(labels_per_item, false);
	s.gold_commitment = Some(Labelling::gold_commitment(answers, ContentHash::repeat_byte(9)));
	open_task_with(s, n)
}

#[test]
fn a_requester_committing_wrong_gold_answers_keeps_neither_the_labels_nor_the_rewards() {
	// The audit's attack: commit wrong gold answers so every labeller forfeits, get the rewards
	// back and keep the labels. Now the failing labellers' labels are dropped (no dataset) and
	// their rewards go to the treasury.
	run_test(|| {
		let wrong = vec![(0u32, 2u8), (1, 2)];
		let id = open_gold_task(2, 3, &wrong);
		for item in 0..3 {
			assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, item, 0));
			assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L2), id, item, 0));
		}
		let before = Balances::balance(&REQUESTER);
		let reveal = crate::GoldReveal {
			answers: wrong.try_into().unwrap(),
			salt: ContentHash::repeat_byte(9),
		};
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, Some(reveal)));
		System::assert_last_event(
			Event::TaskFinalised { task: id, dataset: None, accepted_items: 0, disputed_items: 3 }
				.into(),
		);
		assert!(DATASETS.with(|d| d.borrow().is_empty()), "the requester keeps no labels");
		// Held 3 × (3 × 10 + 2) = 96; 6 labels × 10 were credited and forfeited to the treasury.
		assert_eq!(Balances::balance(&TREASURY), 1 + 6 * REWARD);
		assert_eq!(Balances::balance(&REQUESTER), before + 96 - 6 * REWARD);
		assert_eq!(held(), 0);
	});
}

#[test]
fn a_stranger_cannot_finalise_past_the_deadline_to_skip_the_gold_check() {
	run_test(|| {
		let answers = vec![(0u32, 1u8)];
		let id = open_gold_task(1, 2, &answers);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 0));
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 1, 0));
		System::set_block_number(21);
		assert_noop!(
			Labelling::finalise(RuntimeOrigin::signed(L1), id, None),
			Error::<Test>::RequesterGracePeriod
		);
		System::set_block_number(20 + FINALISE_GRACE);
		assert_noop!(
			Labelling::finalise(RuntimeOrigin::signed(L1), id, None),
			Error::<Test>::RequesterGracePeriod
		);
		// The requester reveals within the grace period: L1 fails the gold item.
		let reveal = crate::GoldReveal {
			answers: answers.try_into().unwrap(),
			salt: ContentHash::repeat_byte(9),
		};
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, Some(reveal)));
		assert_eq!(Rewards::<Test>::get(id, L1), None);
	});
}

#[test]
fn finalising_seals_the_datasets_contributors_at_the_tasks_pool() {
	// The audit's finding: after finalisation the requester could lower the dataset's pool
	// (until it first earned) or add points diluting the labellers. Finalise now seals it.
	run_test(|| {
		let id = open_task(1, false, 1);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 1));
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, None));
		SEALED.with(|s| assert_eq!(s.borrow().clone(), vec![100]));
		POOLS.with(|p| assert_eq!(p.borrow().clone(), vec![(100, Perbill::from_percent(40))]));
	});
}

#[test]
fn losing_and_unrevealed_labels_lose_their_bonds_to_the_treasury() {
	// The audit's junk-commit and Sybil findings: a label now costs a bond that only a label
	// agreeing with the plurality gets back.
	run_test(|| {
		let bond = |who| {
			Balances::balance_on_hold(
				&RuntimeHoldReason::Labelling(crate::HoldReason::LabelBond),
				&who,
			)
		};
		let id = open_task(3, false, 1);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 1));
		assert_eq!(bond(L1), LABEL_BOND);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L2), id, 0, 1));
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L3), id, 0, 2));
		// Resolved: L1 and L2 get theirs back, L3's goes to the treasury.
		assert_eq!((bond(L1), bond(L2), bond(L3)), (0, 0, 0));
		assert_eq!(Balances::balance(&TREASURY), 1 + LABEL_BOND);
		assert_eq!(Balances::balance(&L3), 10 - LABEL_BOND);
		System::assert_has_event(
			Event::BondsSettled { task: id, item: 0, returned: 2, slashed: 1 }.into(),
		);

		// Commits never revealed by the deadline lose their bonds at finalisation.
		let id = open_task(2, true, 1);
		commit(id, 0, L4, 0);
		assert_eq!(bond(L4), LABEL_BOND);
		System::set_block_number(21);
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, None));
		assert_eq!(bond(L4), 0);
		assert_eq!(Balances::balance(&L4), 10 - LABEL_BOND);
		assert_eq!(Balances::balance(&TREASURY), 1 + 2 * LABEL_BOND);
	});
}

#[test]
fn a_labeller_who_cannot_cover_the_bond_cannot_take_a_slot() {
	run_test(|| {
		let id = open_task(1, false, 1);
		assert_noop!(
			Labelling::submit_label(RuntimeOrigin::signed(BROKE), id, 0, 1),
			Error::<Test>::InsufficientBond
		);
	});
}

#[test]
fn cheap_tasks_earn_no_reputation() {
	// The audit's finding: reputation was farmed on one's own tasks at one unit per label.
	run_test(|| {
		let mut s = spec(1, false);
		s.reward_per_label = MIN_REWARD_FOR_REPUTATION - 1;
		let id = crate::NextTaskId::<Test>::get();
		assert_ok!(Labelling::create_task(RuntimeOrigin::signed(REQUESTER), s));
		assert_ok!(Labelling::add_items(
			RuntimeOrigin::signed(REQUESTER),
			id,
			vec![ItemInput::Text(b"x".to_vec())]
		));
		assert_ok!(Labelling::open(RuntimeOrigin::signed(REQUESTER), id));
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 1));
		assert_eq!(Rewards::<Test>::get(id, L1), Some(earned(1, MIN_REWARD_FOR_REPUTATION - 1)));
		assert_eq!(crate::Reputation::<Test>::get(L1), 0);
		// At the minimum, it does.
		let id = open_task(1, false, 1);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 1));
		assert_eq!(crate::Reputation::<Test>::get(L1), 1);
	});
}

#[test]
fn finished_tasks_are_cleared_once_paid_out_and_their_deposit_returned() {
	// The audit's finding: tasks held nothing and were never deleted.
	run_test(|| {
		TaskDeposit::set(&7);
		let id = open_task(1, false, 1);
		assert_eq!(Tasks::<Test>::get(id).unwrap().deposit, 7);
		assert_noop!(
			Labelling::clear_task(RuntimeOrigin::signed(L1), id),
			Error::<Test>::WrongPhase
		);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 1));
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, None));
		// A reward never claimed cannot keep the deposit locked: clearing pays it out.
		let before = Balances::balance(&REQUESTER);
		let labeller_before = Balances::balance(&L1);
		assert_ok!(Labelling::clear_task(RuntimeOrigin::signed(L2), id));
		assert!(Tasks::<Test>::get(id).is_none());
		assert_eq!(Balances::balance(&REQUESTER), before + 7);
		assert_eq!(Balances::balance(&L1), labeller_before + REWARD);
		assert_eq!(held(), 0);
		System::assert_last_event(Event::TaskCleared { task: id, deposit_returned: 7 }.into());
	});
}

#[test]
fn a_requester_finalising_early_cannot_slash_unrevealed_commits() {
	// The reviewer's attack: finalise an open task before its commit deadline, when no commit
	// could have been revealed yet, to slash every labeller's bond.
	run_test(|| {
		let bond = |who| {
			Balances::balance_on_hold(
				&RuntimeHoldReason::Labelling(crate::HoldReason::LabelBond),
				&who,
			)
		};
		let id = open_task(3, true, 1);
		commit(id, 0, L1, 0);
		commit(id, 0, L2, 0);
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, None));
		assert_eq!((bond(L1), bond(L2)), (0, 0));
		assert_eq!((Balances::balance(&L1), Balances::balance(&L2)), (10, 10));
		assert_eq!(Balances::balance(&TREASURY), 1);
		// And a task must leave a reveal window after its commit window.
		let mut s = spec(1, true);
		s.deadline = s.commit_deadline;
		assert_noop!(
			Labelling::create_task(RuntimeOrigin::signed(REQUESTER), s),
			Error::<Test>::BadDeadline
		);
	});
}

#[test]
fn a_gold_reveal_cannot_name_more_answers_than_items() {
	run_test(|| {
		let answers: Vec<(u32, u8)> = vec![(0, 1), (7, 1)];
		let id = open_gold_task(1, 2, &answers);
		let reveal = crate::GoldReveal {
			answers: answers.try_into().unwrap(),
			salt: ContentHash::repeat_byte(9),
		};
		assert_noop!(
			Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, Some(reveal)),
			Error::<Test>::BadGoldAnswers
		);
	});
}

#[test]
fn a_requester_who_cannot_pay_the_dataset_deposit_cannot_lock_the_labellers_rewards() {
	// The reviewer's attack: empty the requester's free balance so that registering the dataset
	// fails and every `finalise` with it. The task now finalises without a dataset.
	run_test(|| {
		let id = open_task(1, false, 1);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 1));
		FAIL_REGISTRATION.with(|f| *f.borrow_mut() = true);
		System::set_block_number(21 + FINALISE_GRACE);
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(L2), id, None));
		assert_eq!(Tasks::<Test>::get(id).unwrap().status, TaskStatus::Finalised);
		assert_eq!(Tasks::<Test>::get(id).unwrap().dataset, None);
		assert!(POINTS.with(|p| p.borrow().is_empty()), "nothing of the failed registration stays");
		assert_ok!(Labelling::claim_rewards(RuntimeOrigin::signed(L1), id));
		assert_eq!(Balances::balance(&L1), 10 + REWARD);
	});
}

#[test]
fn junk_commits_past_their_reveal_window_free_their_slots_and_cannot_block_cancel() {
	// The audit's finding 8: junk commits filled every slot (`ItemFull`), were never revealed
	// and blocked `cancel`. After the reveal window they are evicted and their bonds slashed.
	run_test(|| {
		let id = open_task(2, true, 1);
		commit(id, 0, L1, 0);
		commit(id, 0, L2, 0);
		// Full: a third labeller cannot join, and eviction is too early.
		let c = Labelling::commitment(id, 0, 1, salt(L3), &L3);
		assert_noop!(
			Labelling::commit_label(RuntimeOrigin::signed(L3), id, 0, c),
			Error::<Test>::ItemFull
		);
		assert_noop!(
			Labelling::evict_unrevealed(RuntimeOrigin::signed(L3), id, 0),
			Error::<Test>::NothingToEvict
		);
		assert_noop!(
			Labelling::cancel(RuntimeOrigin::signed(REQUESTER), id),
			Error::<Test>::HasLabels
		);
		// L1 reveals; L2 never does. After the window, a new commit takes L2's slot.
		reveal(id, 0, L1, 0);
		System::set_block_number(1 + REVEAL_WINDOW + 1);
		assert_ok!(Labelling::commit_label(RuntimeOrigin::signed(L3), id, 0, c));
		System::assert_has_event(Event::CommitsEvicted { task: id, item: 0, evicted: 1 }.into());
		assert_eq!(Balances::balance(&L2), 10 - LABEL_BOND);
		assert_eq!(Balances::balance(&TREASURY), 1 + LABEL_BOND);

		// A task whose only labels are expired junk commits can be cancelled.
		let id = open_task(2, true, 1);
		commit(id, 0, L4, 0);
		commit(id, 0, L2, 1);
		assert_noop!(
			Labelling::cancel(RuntimeOrigin::signed(REQUESTER), id),
			Error::<Test>::HasLabels
		);
		System::set_block_number(System::block_number() + REVEAL_WINDOW + 1);
		assert_ok!(Labelling::cancel(RuntimeOrigin::signed(REQUESTER), id));
		assert_eq!(Tasks::<Test>::get(id).unwrap().status, TaskStatus::Cancelled);
	});
}

#[test]
fn an_oversize_gold_reveal_fails_at_decoding_before_any_hashing() {
	use codec::{Decode, Encode};
	use frame_support::traits::Get;
	let max = <Test as crate::Config>::MaxItems::get();
	let answers: Vec<(u32, u8)> = (0..=max).map(|i| (i, 1)).collect();
	let encoded = (answers, ContentHash::repeat_byte(9)).encode();
	assert!(crate::GoldRevealOf::<Test>::decode(&mut &encoded[..]).is_err());
	let fits: Vec<(u32, u8)> = (0..max).map(|i| (i, 1)).collect();
	let encoded = (fits, ContentHash::repeat_byte(9)).encode();
	assert!(crate::GoldRevealOf::<Test>::decode(&mut &encoded[..]).is_ok());
}
