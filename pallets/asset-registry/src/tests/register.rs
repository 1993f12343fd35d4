//! Tests of `features/register.rs`.

use super::*;

#[test]
fn register_stores_the_record_indexes_the_hash_and_holds_the_deposit() {
	run_test(|| {
		assert_ok!(AssetRegistry::register_asset(
			RuntimeOrigin::signed(ALICE),
			AssetKind::Dataset,
			hash(1),
			BoundedVec::truncate_from(b"ipfs://data".to_vec()),
			licence(true, 5),
			Default::default(),
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
		assert_eq!(record.deposit.as_ref().and_then(held_by_ticket::<Balance>), Some(deposit));
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
			Default::default(),
			licence(false, 0),
			Default::default(),
			None,
		));
		assert_noop!(register(ALICE, 4, 0, &[1]), Error::<Test>::DerivativesNotAllowed);

		assert_ok!(AssetRegistry::retire(RuntimeOrigin::signed(ALICE), 0));
		assert_noop!(register(ALICE, 5, 0, &[0]), Error::<Test>::UnknownParent);
	});
}

#[test]
fn too_many_parents_or_too_long_a_uri_fail_at_decoding_or_with_a_named_error() {
	use codec::{Decode, Encode};
	run_test(|| {
		// A call's parents and URI are bounded in its signature: oversize input never decodes.
		let parents: Vec<(AssetId, Relation)> =
			(0..=MAX_PARENTS as u64).map(|p| (p, Relation::DerivedFrom)).collect();
		assert!(crate::ParentsOf::<Test>::decode(&mut &parents.encode()[..]).is_err());
		assert!(crate::ParentsOf::<Test>::decode(&mut &parents[1..].encode()[..]).is_ok());
		assert!(crate::UriOf::<Test>::decode(&mut &vec![b'x'; 65].encode()[..]).is_err());
		assert!(crate::UriOf::<Test>::decode(&mut &vec![b'x'; 64].encode()[..]).is_ok());
		// Another pallet registering a dataset passes plain vectors: it gets named errors.
		for n in 0..=MAX_PARENTS as u8 {
			assert_ok!(register(ALICE, n, 0, &[]));
		}
		let registrar = <AssetRegistry as DatasetRegistrar<AccountId>>::register_dataset;
		assert_noop!(
			registrar(&ALICE, hash(100), vec![], licence(true, 0), parents),
			Error::<Test>::TooManyParents
		);
		assert_noop!(
			registrar(&ALICE, hash(101), vec![b'x'; 65], licence(true, 0), vec![]),
			Error::<Test>::UriTooLong
		);
	});
}
