//! Tests of `features/aggregate.rs`.

use super::*;

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
			Error::<Test>::ItemAlreadyResolved
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
fn plurality_is_strict() {
	use crate::features::aggregate::plurality;
	assert_eq!(plurality([1u8, 1, 2].into_iter()), Some(1));
	assert_eq!(plurality([1u8, 2].into_iter()), None);
	assert_eq!(plurality([0u8, 0, 1, 1, 2].into_iter()), None);
	assert_eq!(plurality([5u8].into_iter()), Some(5));
	assert_eq!(plurality(core::iter::empty()), None);
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
			items(vec![text(b"x".to_vec())])
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
