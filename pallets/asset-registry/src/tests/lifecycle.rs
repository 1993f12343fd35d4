//! Tests of `features/lifecycle.rs`.

use super::*;

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
		assert_ok!(AssetRegistry::set_uri(
			RuntimeOrigin::signed(ALICE),
			0,
			BoundedVec::truncate_from(vec![b'a'; 20])
		));
		assert_eq!(held(ALICE), ASSET_DEPOSIT + 20 * BYTE_DEPOSIT);
		assert_ok!(AssetRegistry::set_uri(
			RuntimeOrigin::signed(ALICE),
			0,
			BoundedVec::truncate_from(vec![b'b'; 2])
		));
		assert_eq!(held(ALICE), ASSET_DEPOSIT + 2 * BYTE_DEPOSIT);
		assert_eq!(Assets::<Test>::get(0).unwrap().uri.to_vec(), vec![b'b'; 2]);
		assert_noop!(
			AssetRegistry::set_uri(
				RuntimeOrigin::signed(BOB),
				0,
				BoundedVec::truncate_from(vec![])
			),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			AssetRegistry::set_uri(
				RuntimeOrigin::signed(ALICE),
				9,
				BoundedVec::truncate_from(vec![])
			),
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
			Error::<Test>::AssetIsRetired
		);
		assert_noop!(
			AssetRegistry::set_uri(
				RuntimeOrigin::signed(ALICE),
				0,
				BoundedVec::truncate_from(vec![])
			),
			Error::<Test>::AssetIsRetired
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
			AssetRegistry::freeze(
				RuntimeOrigin::signed(ALICE),
				0,
				BoundedVec::truncate_from(b"x".to_vec())
			),
			DispatchError::BadOrigin
		);
		// The reason is bounded in the call's signature: an oversize one never decodes.
		{
			use codec::{Decode, Encode};
			assert!(crate::ReasonOf::<Test>::decode(&mut &vec![0u8; 33].encode()[..]).is_err());
			assert!(crate::ReasonOf::<Test>::decode(&mut &vec![0u8; 32].encode()[..]).is_ok());
		}
		assert_noop!(AssetRegistry::unfreeze(RuntimeOrigin::root(), 0), Error::<Test>::NotFrozen);
		assert_ok!(AssetRegistry::freeze(
			RuntimeOrigin::root(),
			0,
			BoundedVec::truncate_from(b"takedown".to_vec())
		));
		System::assert_last_event(
			Event::AssetFrozen { asset_id: 0, reason: b"takedown".to_vec() }.into(),
		);
		assert_eq!(
			<AssetRegistry as AssetInspect<AccountId>>::status(0),
			Some(AssetStatus::Frozen)
		);
		assert_eq!(AssetRegistry::asset_view(0).unwrap().freeze_reason, Some(b"takedown".to_vec()));
		assert_noop!(
			AssetRegistry::freeze(RuntimeOrigin::root(), 0, BoundedVec::truncate_from(vec![])),
			Error::<Test>::AssetIsFrozen
		);
		// A frozen asset cannot be retired (its deposit stays while governance looks at it)...
		assert_noop!(
			AssetRegistry::retire(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::AssetIsFrozen
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
			AssetRegistry::freeze(RuntimeOrigin::root(), 9, BoundedVec::truncate_from(vec![])),
			Error::<Test>::UnknownAsset
		);
	});
}
