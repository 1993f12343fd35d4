//! Tests of `features/owner.rs`.

use super::*;

#[test]
fn each_new_record_holds_one_deposit_from_the_owner() {
	run_test(|| {
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Data,
			1
		));
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Label,
			1
		));
		assert_eq!(held(OWNER), DEPOSIT);
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			BOB,
			Data,
			1
		));
		assert_eq!(held(OWNER), 2 * DEPOSIT);
		let deposit = Deposits::<Test>::get(ASSET, OWNER).unwrap();
		assert_eq!(deposit.records, 2);
		assert_eq!(held_by_ticket::<Balance>(&deposit.ticket), Some(2 * DEPOSIT));
		assert_noop!(
			Attribution::record_contribution(
				RuntimeOrigin::signed(POOR_OWNER),
				POOR_ASSET,
				ALICE,
				Data,
				1
			),
			Error::<Test>::InsufficientDeposit
		);
	});
}

#[test]
fn only_the_owner_records_and_only_on_live_unsealed_assets() {
	run_test(|| {
		assert_noop!(
			Attribution::record_contribution(RuntimeOrigin::signed(ALICE), ASSET, ALICE, Data, 1),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Attribution::record_contribution(RuntimeOrigin::signed(OWNER), 9, ALICE, Data, 1),
			Error::<Test>::UnknownAsset
		);
		assert_noop!(
			Attribution::record_contribution(RuntimeOrigin::signed(OWNER), ASSET, ALICE, Data, 0),
			Error::<Test>::ZeroPoints
		);
		assert_ok!(Attribution::seal(RuntimeOrigin::signed(OWNER), ASSET));
		System::assert_last_event(Event::AssetSealed { asset_id: ASSET }.into());
		assert_noop!(
			Attribution::seal(RuntimeOrigin::signed(OWNER), ASSET),
			Error::<Test>::AlreadySealed
		);
		assert_noop!(
			Attribution::record_contribution(RuntimeOrigin::signed(OWNER), ASSET, ALICE, Data, 1),
			Error::<Test>::ContributorsSealed
		);
		// Other pallets still record through the ledger after sealing.
		assert_ok!(<Attribution as ContributorLedger<AccountId>>::record(
			ASSET,
			&ALICE,
			Label,
			7,
			ContributionSource::LabellingTask(3)
		));
		assert_eq!(Attribution::totals(ASSET), (7, Perbill::zero(), true));
		MockAssets::set_status(ASSET, AssetStatus::Retired);
		assert_noop!(
			Attribution::set_contributor_pool(RuntimeOrigin::signed(OWNER), ASSET, Perbill::one()),
			Error::<Test>::AssetIsRetired
		);
	});
}

#[test]
fn the_pool_rises_any_time_but_falls_only_before_earnings() {
	run_test(|| {
		assert_noop!(
			Attribution::set_contributor_pool(
				RuntimeOrigin::signed(ALICE),
				ASSET,
				Perbill::from_percent(10)
			),
			Error::<Test>::NotOwner
		);
		assert_ok!(Attribution::set_contributor_pool(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			Perbill::from_percent(30)
		));
		assert_ok!(Attribution::set_contributor_pool(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			Perbill::from_percent(20)
		));
		MockEarnings::mark_earned(ASSET);
		assert_noop!(
			Attribution::set_contributor_pool(
				RuntimeOrigin::signed(OWNER),
				ASSET,
				Perbill::from_percent(19)
			),
			Error::<Test>::PoolCannotDecrease
		);
		assert_ok!(Attribution::set_contributor_pool(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			Perbill::from_percent(25)
		));
		assert_eq!(
			<Attribution as ContributorLedger<AccountId>>::contributor_pool(ASSET),
			Perbill::from_percent(25)
		);
		System::assert_last_event(
			Event::ContributorPoolSet { asset_id: ASSET, pool: Perbill::from_percent(25) }.into(),
		);
	});
}

#[test]
fn deposits_come_back_once_the_asset_is_retired_and_records_stay() {
	run_test(|| {
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Data,
			3
		));
		assert_noop!(
			Attribution::reclaim_deposit(RuntimeOrigin::signed(OWNER), ASSET),
			Error::<Test>::AssetNotRetired
		);
		MockAssets::set_status(ASSET, AssetStatus::Retired);
		assert_noop!(
			Attribution::reclaim_deposit(RuntimeOrigin::signed(BOB), ASSET),
			Error::<Test>::NoDeposit
		);
		assert_ok!(Attribution::reclaim_deposit(RuntimeOrigin::signed(OWNER), ASSET));
		assert_eq!(held(OWNER), 0);
		System::assert_last_event(
			Event::DepositReclaimed { asset_id: ASSET, who: OWNER, amount: DEPOSIT }.into(),
		);
		assert_eq!(Contributions::<Test>::get(ASSET, ALICE).unwrap().points, 3);
		assert_noop!(
			Attribution::reclaim_deposit(RuntimeOrigin::signed(OWNER), ASSET),
			Error::<Test>::NoDeposit
		);
	});
}

#[test]
fn signed_origin_is_required() {
	run_test(|| {
		assert_noop!(Attribution::seal(RuntimeOrigin::root(), ASSET), DispatchError::BadOrigin);
	});
}

#[test]
fn a_sealed_tasks_dataset_can_neither_be_diluted_nor_have_its_pool_lowered() {
	// The audit's finding: once a task credited its labellers, the dataset's owner could add
	// points (diluting them) or lower the pool until the dataset first earned.
	run_test(|| {
		assert_ok!(<Attribution as ContributorLedger<AccountId>>::record(
			ASSET,
			&ALICE,
			Label,
			10,
			ContributionSource::LabellingTask(0)
		));
		assert_ok!(<Attribution as ContributorLedger<AccountId>>::seal_contributors(
			ASSET,
			Perbill::from_percent(40)
		));
		assert_eq!(crate::ContributorPools::<Test>::get(ASSET), Perbill::from_percent(40));
		assert_noop!(
			Attribution::record_contribution(RuntimeOrigin::signed(OWNER), ASSET, BOB, Data, 1_000),
			Error::<Test>::ContributorsSealed
		);
		assert_noop!(
			Attribution::set_contributor_pool(
				RuntimeOrigin::signed(OWNER),
				ASSET,
				Perbill::from_percent(39)
			),
			Error::<Test>::PoolBelowFloor
		);
		// Raising it is still the owner's choice, and lowering back to the floor is allowed.
		assert_ok!(Attribution::set_contributor_pool(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			Perbill::from_percent(60)
		));
		assert_ok!(Attribution::set_contributor_pool(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			Perbill::from_percent(40)
		));
	});
}
