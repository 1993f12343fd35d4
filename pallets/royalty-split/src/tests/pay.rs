//! Tests of `features/pay.rs`.

use super::*;

#[test]
fn payments_into_unpayable_assets_fail_clearly() {
	run_test(|| {
		lineage();
		assert_noop!(
			RoyaltySplit::pay(RuntimeOrigin::signed(PAYER), 77, 10),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			RoyaltySplit::pay(RuntimeOrigin::signed(PAYER), MODEL, 0),
			Error::<Test>::ZeroAmount
		);
		MockAssets::set_status(MODEL, AssetStatus::Frozen);
		assert_noop!(
			RoyaltySplit::pay(RuntimeOrigin::signed(PAYER), MODEL, 10),
			Error::<Test>::AssetIsFrozen
		);
		MockAssets::set_status(MODEL, AssetStatus::Retired);
		assert_noop!(
			RoyaltySplit::pay(RuntimeOrigin::signed(PAYER), MODEL, 10),
			Error::<Test>::AssetIsRetired
		);
		assert_eq!(RoyaltySplit::quote(MODEL, 10), Err(Error::<Test>::AssetIsRetired.into()));
		// A retired ancestor keeps earning; so can a retired asset's owner claim.
		MockAssets::set_status(MID, AssetStatus::Retired);
		MockAssets::set_status(MODEL, AssetStatus::Active);
		pay(MODEL, 1_000);
		assert_ok!(RoyaltySplit::claim(RuntimeOrigin::signed(MID_OWNER), MID));
		// Alice has 100 and must stay alive: she can pay 95 but not 96.
		assert_noop!(
			RoyaltySplit::pay(RuntimeOrigin::signed(ALICE), MODEL, 96),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(RoyaltySplit::pay(RuntimeOrigin::signed(ALICE), MODEL, 95));
		assert!(!RoyaltySplit::has_earned(77));
	});
}
