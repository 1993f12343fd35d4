//! Tests of `features/royalty.rs`.

use super::*;

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
