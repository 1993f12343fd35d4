//! Tests of `features/commitment.rs`.

use super::*;

#[test]
fn a_front_runner_copying_a_registration_loses_the_hash_to_the_earlier_commitment() {
	// The audit's attack: BOB watches the pool and copies ALICE's registration with a higher tip.
	// ALICE committed first, so her reveal takes the hash over and her record shows the proof.
	run_test(|| {
		commit(ALICE, 1, 7);
		assert_eq!(commitment_held(ALICE), COMMITMENT_DEPOSIT);
		System::set_block_number(2);
		assert_ok!(register(BOB, 1, 0, &[])); // the copy lands first
		let alice_asset = reveal(ALICE, 1, 7).unwrap();
		assert_eq!(AssetRegistry::asset_by_hash(hash(1)), Some(alice_asset));
		let record = Assets::<Test>::get(alice_asset).unwrap();
		assert_eq!(record.owner, ALICE);
		assert_eq!(record.committed_at, Some(1));
		assert_eq!(AssetRegistry::asset_view(alice_asset).unwrap().committed_at, Some(1));
		System::assert_has_event(
			Event::ContentHashReassigned { content_hash: hash(1), from: 0, to: alice_asset }.into(),
		);
		assert_eq!(commitment_held(ALICE), 0);
		// The commitment is spent: it cannot be revealed twice.
		assert_noop!(reveal(ALICE, 1, 7), Error::<Test>::UnknownCommitment);
	});
}

#[test]
fn a_later_commitment_cannot_take_a_hash_from_an_earlier_one() {
	run_test(|| {
		commit(ALICE, 1, 7);
		System::set_block_number(2);
		commit(BOB, 1, 8);
		System::set_block_number(3);
		let first = reveal(ALICE, 1, 7).unwrap();
		assert_noop!(reveal(BOB, 1, 8), Error::<Test>::DuplicateContentHash);
		assert_eq!(AssetRegistry::asset_by_hash(hash(1)), Some(first));
		// Revealed in the other order, the earlier commitment still wins.
		commit(ALICE, 2, 7);
		System::set_block_number(4);
		commit(BOB, 2, 8);
		System::set_block_number(5);
		let bobs = reveal(BOB, 2, 8).unwrap();
		let alices = reveal(ALICE, 2, 7).unwrap();
		assert_ne!(bobs, alices);
		assert_eq!(AssetRegistry::asset_by_hash(hash(2)), Some(alices));
	});
}

#[test]
fn a_plain_registration_before_the_commitment_keeps_the_hash() {
	run_test(|| {
		assert_ok!(register(BOB, 1, 0, &[]));
		System::set_block_number(2);
		commit(ALICE, 1, 7);
		System::set_block_number(3);
		assert_noop!(reveal(ALICE, 1, 7), Error::<Test>::DuplicateContentHash);
		assert_eq!(AssetRegistry::asset_by_hash(hash(1)), Some(0));
	});
}

#[test]
fn reveals_are_checked_and_bounded_in_time() {
	run_test(|| {
		commit(ALICE, 1, 7);
		assert_noop!(
			AssetRegistry::commit_registration(
				RuntimeOrigin::signed(ALICE),
				AssetRegistry::registration_commitment(hash(1), &ALICE, hash(7))
			),
			Error::<Test>::DuplicateCommitment
		);
		// Same block: too early (a copy made after seeing the reveal could share the block).
		assert_noop!(reveal(ALICE, 1, 7), Error::<Test>::RevealTooEarly);
		System::set_block_number(2);
		// Wrong salt, or someone else revealing ALICE's commitment.
		assert_noop!(reveal(ALICE, 1, 8), Error::<Test>::UnknownCommitment);
		assert_noop!(reveal(BOB, 1, 7), Error::<Test>::UnknownCommitment);
		System::set_block_number(1 + REVEAL_WINDOW + 1);
		assert_noop!(reveal(ALICE, 1, 7), Error::<Test>::RevealWindowPassed);
	});
}

#[test]
fn stale_commitments_are_cleared_and_their_deposit_goes_back_to_the_committer() {
	run_test(|| {
		let c = commit(ALICE, 1, 7);
		assert_noop!(
			AssetRegistry::clear_commitment(RuntimeOrigin::signed(BOB), ALICE, c),
			Error::<Test>::CommitmentStillLive
		);
		System::set_block_number(1 + REVEAL_WINDOW + 1);
		assert_ok!(AssetRegistry::clear_commitment(RuntimeOrigin::signed(BOB), ALICE, c));
		assert_eq!(commitment_held(ALICE), 0);
		assert_eq!(commitment_held(BOB), 0);
		System::assert_last_event(
			Event::CommitmentCleared { committer: ALICE, commitment: c }.into(),
		);
		// The committer may clear its own at any time.
		let c = commit(ALICE, 2, 7);
		assert_ok!(AssetRegistry::clear_commitment(RuntimeOrigin::signed(ALICE), ALICE, c));
		assert_noop!(
			AssetRegistry::clear_commitment(RuntimeOrigin::signed(ALICE), ALICE, c),
			Error::<Test>::UnknownCommitment
		);
	});
}

#[test]
fn copying_someones_commitment_neither_blocks_nor_owns_it() {
	// The reviewer's attack on commit-reveal: copy the victim's commitment from the pool and land
	// first, then clear it just before the victim reveals. Commitments are keyed by their maker.
	run_test(|| {
		let c = AssetRegistry::registration_commitment(hash(1), &ALICE, hash(7));
		assert_ok!(AssetRegistry::commit_registration(RuntimeOrigin::signed(BOB), c));
		assert_ok!(AssetRegistry::commit_registration(RuntimeOrigin::signed(ALICE), c));
		System::set_block_number(2);
		assert_ok!(AssetRegistry::clear_commitment(RuntimeOrigin::signed(BOB), BOB, c));
		assert_noop!(
			AssetRegistry::clear_commitment(RuntimeOrigin::signed(BOB), ALICE, c),
			Error::<Test>::CommitmentStillLive
		);
		let id = reveal(ALICE, 1, 7).unwrap();
		assert_eq!(AssetRegistry::asset_by_hash(hash(1)), Some(id));
		// BOB cannot reveal ALICE's commitment as his own.
		assert_noop!(reveal(BOB, 1, 7), Error::<Test>::UnknownCommitment);
	});
}

#[test]
fn a_commitment_in_the_same_block_as_a_plain_registration_does_not_take_it() {
	// The reviewer's finding: seeing a plain registration in the pool, commit in the same block
	// and take the hash next block. Only a strictly earlier commitment wins.
	run_test(|| {
		assert_ok!(register(BOB, 1, 0, &[]));
		commit(ALICE, 1, 7);
		System::set_block_number(2);
		assert_noop!(reveal(ALICE, 1, 7), Error::<Test>::DuplicateContentHash);
	});
}
