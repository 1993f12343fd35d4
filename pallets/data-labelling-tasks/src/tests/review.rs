//! Tests of `features/review.rs`.

use super::*;

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
