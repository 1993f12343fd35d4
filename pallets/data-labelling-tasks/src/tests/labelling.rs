//! Tests of `features/labelling.rs`.

use super::*;

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
			items(vec![text(b"x".to_vec())])
		));
		assert_ok!(Labelling::open(RuntimeOrigin::signed(REQUESTER), strict));
		assert_noop!(
			Labelling::submit_label(RuntimeOrigin::signed(L3), strict, 0, 0),
			Error::<Test>::InsufficientReputation
		);
		assert_ok!(Labelling::submit_label(RuntimeOrigin::signed(L1), strict, 0, 0));
	});
}
