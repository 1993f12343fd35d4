//! Tests of `try_state` catches what it must (each test breaks an invariant on purpose).

use super::*;

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
		assert_ok!(Balances::release(
			&HoldReason::AssetDeposit.into(),
			&ALICE,
			1,
			frame_support::traits::tokens::Precision::Exact
		));
		assert!(AssetRegistry::do_try_state().is_err());
	});
}
