//! Tests of `features/finalise.rs`.

use super::*;

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
fn labellers_failing_the_gold_items_forfeit_their_rewards() {
	run_test(|| {
		// Items 0 and 1 are gold, with answers 1 and 2; item 2 is ordinary.
		let answers = vec![(0u32, 1u8), (1, 2)];
		let gold_salt = ContentHash::repeat_byte(9);
		let mut s = spec(1, false);
		s.gold_commitment = Some(Labelling::gold_commitment(&answers, gold_salt));
		let id = crate::NextTaskId::<Test>::get();
		assert_ok!(Labelling::create_task(RuntimeOrigin::signed(REQUESTER), s));
		let items = items((0..3).map(|i| text(format!("g{i}").into_bytes())).collect());
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
fn a_deposit_price_rise_the_requester_cannot_cover_does_not_stop_a_task_from_finishing() {
	// Releasing the items' part of a task's deposit re-prices its ticket: if `TaskDeposit` rose
	// past what the requester can hold (a runtime upgrade), finalise and cancel must still go
	// through, keeping the old ticket, so labellers' rewards never depend on the requester.
	run_test(|| {
		TaskDeposit::set(&7);
		let id = open_task(1, false, 1);
		let cancelled = open_task(1, false, 1);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 1));
		TaskDeposit::set(&1_000_000);
		assert_ok!(Labelling::cancel(RuntimeOrigin::signed(REQUESTER), cancelled));
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, None));
		for task in [id, cancelled] {
			let ticket = Tasks::<Test>::get(task).unwrap().deposit;
			assert_eq!(held_by_ticket::<u64>(&ticket), Some(7 + ITEM_DEPOSIT), "the old ticket");
		}
		assert_ok!(Labelling::claim_rewards(RuntimeOrigin::signed(L1), id));
		assert_eq!(Balances::balance(&L1), 10 + REWARD);
		// Clearing returns exactly what each ticket held.
		assert_ok!(Labelling::clear_task(RuntimeOrigin::signed(L2), id));
		assert_ok!(Labelling::clear_task(RuntimeOrigin::signed(L2), cancelled));
		assert_eq!(held(), 0);
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
