//! Unit tests for contributor attribution; each ends with the pallet's `try_state`.

use crate::{mock::*, Contributions, Deposits, Error, Event, HoldReason, Totals};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use lineage_primitives::{AssetStatus, ContributionKind::*, ContributionSource, ContributorLedger};
use sp_runtime::{DispatchError, Perbill};

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ContributorDeposit.into(), &who)
}

fn changes() -> Vec<(u64, u64, u128, u128, u128)> {
	POINT_CHANGES.with(|c| c.borrow().clone())
}

#[test]
fn the_owner_records_points_by_kind() {
	run_test(|| {
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Data,
			30
		));
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Review,
			5
		));
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Data,
			10
		));
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			BOB,
			Training,
			55
		));
		let alice = Contributions::<Test>::get(ASSET, ALICE).unwrap();
		assert_eq!(alice.points, 45);
		assert_eq!(alice.by_kind.to_vec(), vec![(Data, 40), (Review, 5)]);
		assert_eq!(Totals::<Test>::get(ASSET).points, 100);
		assert_eq!(Totals::<Test>::get(ASSET).contributors, 2);
		assert_eq!(<Attribution as ContributorLedger<AccountId>>::points_of(ASSET, &ALICE), 45);
		assert_eq!(<Attribution as ContributorLedger<AccountId>>::total_points(ASSET), 100);
		System::assert_last_event(
			Event::ContributionRecorded {
				asset_id: ASSET,
				contributor: BOB,
				kind: Training,
				points: 55,
				source: ContributionSource::Owner,
			}
			.into(),
		);
	});
}

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
		assert_eq!(Deposits::<Test>::get(ASSET, OWNER), Some(2 * DEPOSIT));
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
			Error::<Test>::AssetSealed
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
			Error::<Test>::AssetRetired
		);
	});
}

#[test]
fn on_points_changed_is_told_before_every_change() {
	run_test(|| {
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Data,
			10
		));
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			BOB,
			Data,
			5
		));
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Data,
			2
		));
		assert_eq!(
			changes(),
			vec![(ASSET, ALICE, 0, 10, 0), (ASSET, BOB, 0, 5, 10), (ASSET, ALICE, 10, 12, 15)]
		);
	});
}

#[test]
fn points_cannot_overflow() {
	run_test(|| {
		for _ in 0..3 {
			assert_ok!(<Attribution as ContributorLedger<AccountId>>::record(
				ASSET,
				&ALICE,
				Compute,
				u64::MAX,
				ContributionSource::Owner
			));
		}
		// u128 holds many u64::MAX additions; pushing the total to the edge needs a forged state.
		Totals::<Test>::mutate(ASSET, |t| t.points = u128::MAX);
		assert_noop!(
			<Attribution as ContributorLedger<AccountId>>::record(
				ASSET,
				&BOB,
				Compute,
				1,
				ContributionSource::Owner
			),
			Error::<Test>::PointsOverflow
		);
		Totals::<Test>::mutate(ASSET, |t| t.points = 3 * u128::from(u64::MAX));
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
fn contributors_are_paged() {
	run_test(|| {
		for who in 10..15u64 {
			assert_ok!(<Attribution as ContributorLedger<AccountId>>::record(
				ASSET,
				&who,
				Label,
				who,
				ContributionSource::LabellingTask(1)
			));
		}
		let mut seen = Vec::new();
		let mut after = None;
		loop {
			let page = Attribution::contributors_page(ASSET, after, 50);
			assert!(page.len() <= 2);
			if page.is_empty() {
				break;
			}
			after = page.last().map(|v| v.who);
			seen.extend(page.into_iter().map(|v| (v.who, v.points)));
		}
		seen.sort();
		assert_eq!(seen, (10..15u64).map(|w| (w, w as u128)).collect::<Vec<_>>());
		assert_eq!(Attribution::contribution(ASSET, 12).unwrap().by_kind, vec![(Label, 12)]);
		assert!(Attribution::contribution(ASSET, 99).is_none());
	});
}

#[test]
fn signed_origin_is_required() {
	run_test(|| {
		assert_noop!(Attribution::seal(RuntimeOrigin::root(), ASSET), DispatchError::BadOrigin);
	});
}

#[test]
fn try_state_catches_a_wrong_total() {
	new_test_ext().execute_with(|| {
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Data,
			3
		));
		assert_ok!(Attribution::do_try_state());
		Totals::<Test>::mutate(ASSET, |t| t.points += 1);
		assert!(Attribution::do_try_state().is_err());
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
			Error::<Test>::AssetSealed
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
