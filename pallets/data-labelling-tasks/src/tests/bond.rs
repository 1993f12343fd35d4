//! Tests of `features/bond.rs`.

use super::*;

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
