//! Tests of `features/task.rs`.

use super::*;

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
		s.classes = classes(&[b"only"]);
		assert_noop!(create(s), Error::<Test>::BadClassCount);
		// Class names, items and item lists are bounded in the calls' types: oversize input
		// never decodes.
		{
			use codec::{Decode, Encode};
			type Classes = BoundedVec<BoundedVec<u8, ConstU32<16>>, ConstU32<64>>;
			assert!(Classes::decode(&mut &vec![vec![b'x'; 17]; 2].encode()[..]).is_err());
			assert!(Classes::decode(&mut &vec![vec![b'x'; 16]; 2].encode()[..]).is_ok());
			// An item is its variant's index, then its bytes.
			let item = |len: usize| (0u8, vec![b'a'; len]).encode();
			assert!(crate::ItemInputOf::<Test>::decode(&mut &item(33)[..]).is_err());
			assert!(crate::ItemInputOf::<Test>::decode(&mut &item(32)[..]).is_ok());
			let list = |n: usize| vec![(0u8, vec![b'a'; 1]); n].encode();
			assert!(crate::ItemInputsOf::<Test>::decode(&mut &list(6)[..]).is_err());
			assert!(crate::ItemInputsOf::<Test>::decode(&mut &list(5)[..]).is_ok());
		}
		assert_noop!(create(spec(0, true)), Error::<Test>::BadLabelsPerItem);
		assert_noop!(create(spec(6, true)), Error::<Test>::BadLabelsPerItem);
		let mut s = spec(3, true);
		s.reward_per_label = 0;
		assert_noop!(create(s), Error::<Test>::ZeroReward);
		let mut s = spec(3, true);
		s.commit_deadline = 30;
		assert_noop!(create(s), Error::<Test>::BadDeadline);

		assert_ok!(create(spec(3, true)));
		let add = |who, list: Vec<crate::ItemInputOf<Test>>| {
			Labelling::add_items(RuntimeOrigin::signed(who), 0, items(list))
		};
		assert_noop!(add(L1, vec![text(b"a".to_vec())]), Error::<Test>::NotRequester);
		assert_noop!(add(REQUESTER, vec![]), Error::<Test>::BadItemCount);
		assert_noop!(add(REQUESTER, vec![text(vec![])]), Error::<Test>::BadItemLength);
		assert_noop!(Labelling::open(RuntimeOrigin::signed(REQUESTER), 0), Error::<Test>::NoItems);
		for _ in 0..2 {
			assert_ok!(add(REQUESTER, (0..5).map(|_| text(b"a".to_vec())).collect()));
		}
		assert_noop!(add(REQUESTER, vec![text(b"a".to_vec())]), Error::<Test>::TooManyItems);
		// A requester who cannot pay the budget.
		assert_ok!(Labelling::create_task(RuntimeOrigin::signed(POOR), spec(3, true)));
		assert_noop!(
			Labelling::add_items(RuntimeOrigin::signed(POOR), 1, items(vec![text(b"a".to_vec())])),
			Error::<Test>::InsufficientBalance
		);
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
fn a_draft_past_its_deadline_expires_with_everything_refunded() {
	run_test(|| {
		let id = crate::NextTaskId::<Test>::get();
		assert_ok!(Labelling::create_task(RuntimeOrigin::signed(REQUESTER), spec(2, false)));
		assert_ok!(Labelling::add_items(
			RuntimeOrigin::signed(REQUESTER),
			id,
			items(vec![text(b"x".to_vec())])
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
fn finished_tasks_are_cleared_once_paid_out_and_their_deposit_returned() {
	// The audit's finding: tasks held nothing and were never deleted.
	run_test(|| {
		TaskDeposit::set(&7);
		let id = open_task(1, false, 1);
		// The task's deposit and its item's, on one ticket.
		let ticket = Tasks::<Test>::get(id).unwrap().deposit;
		assert_eq!(held_by_ticket::<u64>(&ticket), Some(7 + ITEM_DEPOSIT));
		assert_noop!(
			Labelling::clear_task(RuntimeOrigin::signed(L1), id),
			Error::<Test>::WrongPhase
		);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), id, 0, 1));
		assert_ok!(Labelling::finalise(RuntimeOrigin::signed(REQUESTER), id, None));
		// Finalising removed the item and released its part of the deposit.
		let ticket = Tasks::<Test>::get(id).unwrap().deposit;
		assert_eq!(held_by_ticket::<u64>(&ticket), Some(7));
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
