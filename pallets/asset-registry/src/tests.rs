//! Unit tests: every call's success and failure paths, the royalty stack, deposits. Each test
//! ends with the pallet's `try_state` invariants (see `mock::run_test`).

use crate::{mock::*, AssetByHash, Assets, Children, Error, Event, HoldReason, RoyaltyTables};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use lineage_primitives::{
	AssetId, AssetInspect, AssetKind, AssetStatus, ContentHash, DatasetRegistrar, Licence, Relation,
};
use sp_runtime::{DispatchError, Perbill};

fn hash(n: u8) -> ContentHash {
	ContentHash::repeat_byte(n)
}

fn licence(derivatives_allowed: bool, royalty_percent: u32) -> Licence {
	Licence {
		commercial_use: true,
		derivatives_allowed,
		derivative_royalty: Perbill::from_percent(royalty_percent),
	}
}

/// Register an asset with content hash `n`, a 4-byte URI, and `parents` (all `DerivedFrom`),
/// revealing the commitment made with salt `salt` if one is given.
fn register_with(
	who: AccountId,
	n: u8,
	royalty: u32,
	parents: &[AssetId],
	salt: Option<u8>,
) -> Result<AssetId, DispatchError> {
	let before = crate::NextAssetId::<Test>::get();
	AssetRegistry::register_asset(
		RuntimeOrigin::signed(who),
		AssetKind::Model,
		hash(n),
		b"ipfs".to_vec(),
		licence(true, royalty),
		parents.iter().map(|p| (*p, Relation::DerivedFrom)).collect(),
		salt.map(hash),
	)?;
	Ok(before)
}

/// A plain registration (no commitment).
fn register(
	who: AccountId,
	n: u8,
	royalty: u32,
	parents: &[AssetId],
) -> Result<AssetId, DispatchError> {
	register_with(who, n, royalty, parents, None)
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::AssetDeposit.into(), &who)
}

fn table(id: AssetId) -> Vec<(AssetId, Perbill)> {
	RoyaltyTables::<Test>::get(id).into_inner()
}

#[test]
fn register_stores_the_record_indexes_the_hash_and_holds_the_deposit() {
	run_test(|| {
		assert_ok!(AssetRegistry::register_asset(
			RuntimeOrigin::signed(ALICE),
			AssetKind::Dataset,
			hash(1),
			b"ipfs://data".to_vec(),
			licence(true, 5),
			vec![],
			None,
		));
		let record = Assets::<Test>::get(0).unwrap();
		assert_eq!(record.owner, ALICE);
		assert_eq!(record.kind, AssetKind::Dataset);
		assert_eq!(record.uri.to_vec(), b"ipfs://data".to_vec());
		assert_eq!(record.registered_at, 1);
		assert_eq!(record.status, AssetStatus::Active);
		assert_eq!(AssetByHash::<Test>::get(hash(1)), Some(0));
		assert_eq!(AssetRegistry::asset_by_hash(hash(1)), Some(0));
		let deposit = ASSET_DEPOSIT + 11 * BYTE_DEPOSIT;
		assert_eq!(record.deposit, deposit);
		assert_eq!(held(ALICE), deposit);
		assert_eq!(Balances::balance(&ALICE), START_BALANCE - deposit);
		System::assert_last_event(
			Event::AssetRegistered {
				asset_id: 0,
				owner: ALICE,
				kind: AssetKind::Dataset,
				content_hash: hash(1),
			}
			.into(),
		);
	});
}

#[test]
fn ids_are_sequential() {
	run_test(|| {
		assert_eq!(register(ALICE, 1, 0, &[]), Ok(0));
		assert_eq!(register(BOB, 2, 0, &[]), Ok(1));
		assert_eq!(register(ALICE, 3, 0, &[0, 1]), Ok(2));
	});
}

#[test]
fn the_first_registration_of_a_hash_wins() {
	run_test(|| {
		assert_ok!(register(ALICE, 1, 0, &[]));
		assert_noop!(register(BOB, 1, 0, &[]), Error::<Test>::DuplicateContentHash);
		assert_eq!(<AssetRegistry as AssetInspect<AccountId>>::owner(0), Some(ALICE));
	});
}

#[test]
fn parents_must_exist_be_live_distinct_and_allow_derivatives() {
	run_test(|| {
		assert_noop!(register(ALICE, 1, 0, &[7]), Error::<Test>::UnknownParent);
		assert_ok!(register(ALICE, 1, 0, &[]));
		assert_noop!(register(ALICE, 2, 0, &[0, 0]), Error::<Test>::DuplicateParent);

		assert_ok!(AssetRegistry::register_asset(
			RuntimeOrigin::signed(BOB),
			AssetKind::Dataset,
			hash(3),
			vec![],
			licence(false, 0),
			vec![],
			None,
		));
		assert_noop!(register(ALICE, 4, 0, &[1]), Error::<Test>::DerivativesNotAllowed);

		assert_ok!(AssetRegistry::retire(RuntimeOrigin::signed(ALICE), 0));
		assert_noop!(register(ALICE, 5, 0, &[0]), Error::<Test>::UnknownParent);
	});
}

#[test]
fn too_many_parents_or_too_long_a_uri_are_refused() {
	run_test(|| {
		for n in 0..=MAX_PARENTS as u8 {
			assert_ok!(register(ALICE, n, 0, &[]));
		}
		let parents: Vec<AssetId> = (0..=MAX_PARENTS as u64).collect();
		assert_noop!(register(ALICE, 100, 0, &parents), Error::<Test>::TooManyParents);
		assert_noop!(
			AssetRegistry::register_asset(
				RuntimeOrigin::signed(ALICE),
				AssetKind::Model,
				hash(101),
				vec![b'x'; 65],
				licence(true, 0),
				vec![],
				None,
			),
			Error::<Test>::UriTooLong
		);
	});
}

#[test]
fn a_chain_stacks_absolute_shares_without_dilution() {
	run_test(|| {
		// dataset (10%) <- model (5%) <- fine-tune (3%) <- agent
		assert_ok!(register(ALICE, 1, 10, &[]));
		assert_ok!(register(ALICE, 2, 5, &[0]));
		assert_ok!(register(BOB, 3, 3, &[1]));
		assert_ok!(register(BOB, 4, 0, &[2]));
		assert_eq!(table(1), vec![(0, Perbill::from_percent(10))]);
		assert_eq!(
			table(3),
			vec![
				(0, Perbill::from_percent(10)),
				(1, Perbill::from_percent(5)),
				(2, Perbill::from_percent(3)),
			]
		);
		assert_eq!(<AssetRegistry as AssetInspect<AccountId>>::royalty_table(3), table(3));
		assert!(<AssetRegistry as AssetInspect<AccountId>>::royalty_table(0).is_empty());
	});
}

#[test]
fn a_diamond_counts_every_path_to_the_shared_ancestor() {
	run_test(|| {
		//        root (4%)
		//       /        \
		//   left (1%)   right (2%)
		//       \        /
		//         child
		assert_ok!(register(ALICE, 1, 4, &[]));
		assert_ok!(register(ALICE, 2, 1, &[0]));
		assert_ok!(register(BOB, 3, 2, &[0]));
		assert_ok!(register(BOB, 4, 0, &[1, 2]));
		assert_eq!(
			table(3),
			vec![
				(0, Perbill::from_percent(8)),
				(1, Perbill::from_percent(1)),
				(2, Perbill::from_percent(2)),
			]
		);
		// And the child is listed under both parents.
		assert_eq!(Children::<Test>::get(1, 3), Some(Relation::DerivedFrom));
		assert_eq!(Children::<Test>::get(2, 3), Some(Relation::DerivedFrom));
	});
}

#[test]
fn the_royalty_stack_is_capped() {
	run_test(|| {
		assert_ok!(register(ALICE, 1, 30, &[]));
		assert_ok!(register(ALICE, 2, 20, &[]));
		// 30% + 20% = 50%: exactly the maximum is allowed.
		assert_ok!(register(BOB, 3, 1, &[0, 1]));
		// 50% + 1% > 50%.
		assert_noop!(register(BOB, 4, 0, &[2]), Error::<Test>::RoyaltyStackTooHigh);
	});
}

#[test]
fn too_many_ancestors_are_refused() {
	run_test(|| {
		// A chain of MAX_ANCESTORS + 1 assets: the last has MAX_ANCESTORS ancestors.
		assert_ok!(register(ALICE, 0, 0, &[]));
		for n in 1..=MAX_ANCESTORS as u8 {
			assert_ok!(register(ALICE, n, 0, &[(n - 1) as AssetId]));
		}
		assert_eq!(table(MAX_ANCESTORS as AssetId).len(), MAX_ANCESTORS as usize);
		assert_noop!(
			register(ALICE, 200, 0, &[MAX_ANCESTORS as AssetId]),
			Error::<Test>::TooManyAncestors
		);
	});
}

#[test]
fn registration_needs_the_deposit() {
	run_test(|| {
		assert_noop!(register(POOR, 1, 0, &[]), Error::<Test>::InsufficientDeposit);
	});
}

#[test]
fn parent_links_cost_a_deposit_each() {
	run_test(|| {
		assert_ok!(register(ALICE, 1, 0, &[]));
		assert_ok!(register(ALICE, 2, 0, &[]));
		assert_ok!(register(BOB, 3, 0, &[0, 1]));
		assert_eq!(held(BOB), ASSET_DEPOSIT + 4 * BYTE_DEPOSIT + 2 * PARENT_DEPOSIT);
	});
}

#[test]
fn ownership_moves_only_when_the_recipient_accepts_and_holds_the_deposit() {
	run_test(|| {
		assert_ok!(register(ALICE, 1, 0, &[]));
		let deposit = held(ALICE);
		assert_noop!(
			AssetRegistry::offer_ownership(RuntimeOrigin::signed(BOB), 0, BOB),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			AssetRegistry::offer_ownership(RuntimeOrigin::signed(ALICE), 0, ALICE),
			Error::<Test>::AlreadyOwner
		);
		assert_noop!(
			AssetRegistry::accept_ownership(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::NoOwnershipOffer
		);
		assert_ok!(AssetRegistry::offer_ownership(RuntimeOrigin::signed(ALICE), 0, BOB));
		System::assert_last_event(
			Event::OwnershipOffered { asset_id: 0, owner: ALICE, to: BOB }.into(),
		);
		// Nothing moved yet.
		assert_eq!(<AssetRegistry as AssetInspect<AccountId>>::owner(0), Some(ALICE));
		assert_eq!(held(BOB), 0);
		assert_noop!(
			AssetRegistry::accept_ownership(RuntimeOrigin::signed(POOR), 0),
			Error::<Test>::NotOfferedToYou
		);
		assert_ok!(AssetRegistry::accept_ownership(RuntimeOrigin::signed(BOB), 0));
		assert_eq!(<AssetRegistry as AssetInspect<AccountId>>::owner(0), Some(BOB));
		assert_eq!(held(ALICE), 0);
		assert_eq!(held(BOB), deposit);
		assert!(crate::OwnershipOffers::<Test>::get(0).is_none());
		System::assert_last_event(
			Event::OwnershipTransferred { asset_id: 0, from: ALICE, to: BOB }.into(),
		);
	});
}

#[test]
fn an_unsolicited_transfer_places_no_hold_on_the_victim() {
	// The audit's attack: transferring an asset to a victim (royalty-split's pot, the treasury,
	// anyone) held the victim's free balance. Now an offer holds nothing, and the victim's
	// balance is untouched until it accepts, which it never has to.
	run_test(|| {
		let victim_free = Balances::balance(&POOR);
		for n in 1..=3u8 {
			let id = register(ALICE, n, 0, &[]).unwrap();
			assert_ok!(AssetRegistry::offer_ownership(RuntimeOrigin::signed(ALICE), id, POOR));
		}
		assert_eq!(held(POOR), 0);
		assert_eq!(Balances::balance(&POOR), victim_free);
		// A victim too poor for the deposit cannot even be made to take it by accepting.
		assert_noop!(
			AssetRegistry::accept_ownership(RuntimeOrigin::signed(POOR), 0),
			Error::<Test>::InsufficientDeposit
		);
	});
}

#[test]
fn an_offer_can_be_withdrawn_or_replaced_and_dies_with_retirement() {
	run_test(|| {
		assert_ok!(register(ALICE, 1, 0, &[]));
		assert_noop!(
			AssetRegistry::withdraw_ownership_offer(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::NoOwnershipOffer
		);
		assert_ok!(AssetRegistry::offer_ownership(RuntimeOrigin::signed(ALICE), 0, BOB));
		assert_noop!(
			AssetRegistry::withdraw_ownership_offer(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::NotOwner
		);
		assert_ok!(AssetRegistry::withdraw_ownership_offer(RuntimeOrigin::signed(ALICE), 0));
		System::assert_last_event(Event::OwnershipOfferWithdrawn { asset_id: 0 }.into());
		assert_noop!(
			AssetRegistry::accept_ownership(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::NoOwnershipOffer
		);
		// A new offer replaces the old one.
		assert_ok!(AssetRegistry::offer_ownership(RuntimeOrigin::signed(ALICE), 0, BOB));
		assert_ok!(AssetRegistry::offer_ownership(RuntimeOrigin::signed(ALICE), 0, POOR));
		assert_noop!(
			AssetRegistry::accept_ownership(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::NotOfferedToYou
		);
		// Retiring removes the offer.
		assert_ok!(AssetRegistry::retire(RuntimeOrigin::signed(ALICE), 0));
		assert_noop!(
			AssetRegistry::accept_ownership(RuntimeOrigin::signed(POOR), 0),
			Error::<Test>::NoOwnershipOffer
		);
	});
}

fn commit(who: AccountId, n: u8, salt: u8) -> ContentHash {
	let c = AssetRegistry::registration_commitment(hash(n), &who, hash(salt));
	assert_ok!(AssetRegistry::commit_registration(RuntimeOrigin::signed(who), c));
	c
}

/// The registration revealing `who`'s commitment to hash `n` with salt `salt`.
fn reveal(who: AccountId, n: u8, salt: u8) -> Result<AssetId, DispatchError> {
	register_with(who, n, 0, &[], Some(salt))
}

fn commitment_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::CommitmentDeposit.into(), &who)
}

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
fn a_squatted_dataset_hash_never_fails_the_dataset_and_governance_can_reassign_it() {
	// The audit's attack on labelling tasks: register the dataset root a task will register at
	// finalisation. The task's registration still succeeds; the index stays with the squatter
	// until governance reassigns it.
	run_test(|| {
		assert_ok!(register(BOB, 9, 0, &[]));
		let id = <AssetRegistry as DatasetRegistrar<AccountId>>::register_dataset(
			&ALICE,
			hash(9),
			b"lineage:task/0".to_vec(),
			licence(true, 0),
			vec![],
		)
		.unwrap();
		assert_eq!(Assets::<Test>::get(id).unwrap().owner, ALICE);
		assert_eq!(AssetRegistry::asset_by_hash(hash(9)), Some(0));
		System::assert_has_event(
			Event::DatasetHashAlreadyIndexed { asset_id: id, content_hash: hash(9), indexed_as: 0 }
				.into(),
		);
		assert_noop!(
			AssetRegistry::reassign_hash(RuntimeOrigin::signed(ALICE), hash(9), id),
			DispatchError::BadOrigin
		);
		assert_noop!(
			AssetRegistry::reassign_hash(RuntimeOrigin::root(), hash(8), id),
			Error::<Test>::HashMismatch
		);
		assert_ok!(AssetRegistry::reassign_hash(RuntimeOrigin::root(), hash(9), id));
		assert_eq!(AssetRegistry::asset_by_hash(hash(9)), Some(id));
		assert_noop!(
			AssetRegistry::reassign_hash(RuntimeOrigin::root(), hash(9), id),
			Error::<Test>::AlreadyIndexed
		);
	});
}

#[test]
fn set_uri_adjusts_the_byte_deposit_both_ways() {
	run_test(|| {
		assert_ok!(register(ALICE, 1, 0, &[]));
		assert_ok!(AssetRegistry::set_uri(RuntimeOrigin::signed(ALICE), 0, vec![b'a'; 20]));
		assert_eq!(held(ALICE), ASSET_DEPOSIT + 20 * BYTE_DEPOSIT);
		assert_ok!(AssetRegistry::set_uri(RuntimeOrigin::signed(ALICE), 0, vec![b'b'; 2]));
		assert_eq!(held(ALICE), ASSET_DEPOSIT + 2 * BYTE_DEPOSIT);
		assert_eq!(Assets::<Test>::get(0).unwrap().uri.to_vec(), vec![b'b'; 2]);
		assert_noop!(
			AssetRegistry::set_uri(RuntimeOrigin::signed(BOB), 0, vec![]),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			AssetRegistry::set_uri(RuntimeOrigin::signed(ALICE), 0, vec![0; 65]),
			Error::<Test>::UriTooLong
		);
		assert_noop!(
			AssetRegistry::set_uri(RuntimeOrigin::signed(ALICE), 9, vec![]),
			Error::<Test>::UnknownAsset
		);
	});
}

#[test]
fn retire_returns_the_deposit_and_keeps_the_record() {
	run_test(|| {
		assert_ok!(register(ALICE, 1, 0, &[]));
		let deposit = held(ALICE);
		assert_noop!(AssetRegistry::retire(RuntimeOrigin::signed(BOB), 0), Error::<Test>::NotOwner);
		assert_ok!(AssetRegistry::retire(RuntimeOrigin::signed(ALICE), 0));
		assert_eq!(held(ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), START_BALANCE);
		assert_eq!(
			<AssetRegistry as AssetInspect<AccountId>>::status(0),
			Some(AssetStatus::Retired)
		);
		assert_eq!(AssetByHash::<Test>::get(hash(1)), Some(0), "the proof of registration stays");
		System::assert_last_event(
			Event::AssetRetired { asset_id: 0, deposit_returned: deposit }.into(),
		);
		assert_noop!(
			AssetRegistry::retire(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::AssetRetired
		);
		assert_noop!(
			AssetRegistry::set_uri(RuntimeOrigin::signed(ALICE), 0, vec![]),
			Error::<Test>::AssetRetired
		);
		// The hash stays taken.
		assert_noop!(register(BOB, 1, 0, &[]), Error::<Test>::DuplicateContentHash);
	});
}

#[test]
fn governance_freezes_and_unfreezes() {
	run_test(|| {
		assert_ok!(register(ALICE, 1, 0, &[]));
		assert_noop!(
			AssetRegistry::freeze(RuntimeOrigin::signed(ALICE), 0, b"x".to_vec()),
			DispatchError::BadOrigin
		);
		assert_noop!(
			AssetRegistry::freeze(RuntimeOrigin::root(), 0, vec![0; 33]),
			Error::<Test>::ReasonTooLong
		);
		assert_noop!(AssetRegistry::unfreeze(RuntimeOrigin::root(), 0), Error::<Test>::NotFrozen);
		assert_ok!(AssetRegistry::freeze(RuntimeOrigin::root(), 0, b"takedown".to_vec()));
		System::assert_last_event(
			Event::AssetFrozen { asset_id: 0, reason: b"takedown".to_vec() }.into(),
		);
		assert_eq!(
			<AssetRegistry as AssetInspect<AccountId>>::status(0),
			Some(AssetStatus::Frozen)
		);
		assert_eq!(AssetRegistry::asset_view(0).unwrap().freeze_reason, Some(b"takedown".to_vec()));
		assert_noop!(
			AssetRegistry::freeze(RuntimeOrigin::root(), 0, vec![]),
			Error::<Test>::AssetFrozen
		);
		// A frozen asset cannot be retired (its deposit stays while governance looks at it)...
		assert_noop!(
			AssetRegistry::retire(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::AssetFrozen
		);
		// ...but it can still be a parent: its upstream shares keep accruing.
		assert_ok!(register(BOB, 2, 0, &[0]));
		assert_ok!(AssetRegistry::unfreeze(RuntimeOrigin::root(), 0));
		assert_eq!(
			<AssetRegistry as AssetInspect<AccountId>>::status(0),
			Some(AssetStatus::Active)
		);
		assert_eq!(AssetRegistry::asset_view(0).unwrap().freeze_reason, None);
		assert_noop!(
			AssetRegistry::freeze(RuntimeOrigin::root(), 9, vec![]),
			Error::<Test>::UnknownAsset
		);
	});
}

#[test]
fn children_are_paged() {
	run_test(|| {
		assert_ok!(register(ALICE, 1, 0, &[]));
		for n in 2..=8u8 {
			assert_ok!(register(BOB, n, 0, &[0]));
		}
		let mut all = Vec::new();
		let mut after = None;
		loop {
			let page = AssetRegistry::children_page(0, after, 100);
			assert!(page.len() <= 3, "pages are capped by MaxChildrenPage");
			if page.is_empty() {
				break;
			}
			after = page.last().map(|(id, _)| *id);
			all.extend(page);
		}
		let mut ids: Vec<AssetId> = all.iter().map(|(id, _)| *id).collect();
		ids.sort();
		assert_eq!(ids, (1..=7).collect::<Vec<_>>());
	});
}

#[test]
fn other_pallets_register_datasets_through_the_trait() {
	run_test(|| {
		let id = <AssetRegistry as DatasetRegistrar<AccountId>>::register_dataset(
			&BOB,
			hash(9),
			b"ipfs://labels".to_vec(),
			licence(true, 2),
			vec![],
		)
		.unwrap();
		assert_eq!(<AssetRegistry as AssetInspect<AccountId>>::kind(id), Some(AssetKind::Dataset));
		assert_eq!(<AssetRegistry as AssetInspect<AccountId>>::owner(id), Some(BOB));
	});
}

#[test]
fn try_state_catches_a_stale_royalty_table() {
	new_test_ext().execute_with(|| {
		assert_ok!(register(ALICE, 1, 10, &[]));
		assert_ok!(register(ALICE, 2, 0, &[0]));
		assert_ok!(AssetRegistry::do_try_state());
		RoyaltyTables::<Test>::insert(
			1,
			frame_support::BoundedVec::truncate_from(vec![(0, Perbill::from_percent(11))]),
		);
		assert!(AssetRegistry::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_missing_deposit() {
	new_test_ext().execute_with(|| {
		assert_ok!(register(ALICE, 1, 0, &[]));
		Assets::<Test>::mutate(0, |r| r.as_mut().unwrap().deposit += 1);
		assert!(AssetRegistry::do_try_state().is_err());
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
