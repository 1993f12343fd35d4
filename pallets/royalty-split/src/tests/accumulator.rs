//! Tests of `features/accumulator.rs`.

use super::*;

#[test]
fn contributors_share_the_pool_pro_rata_and_the_owner_keeps_the_rest() {
	run_test(|| {
		MockAssets::add_with_table(MODEL, OWNER, AssetKind::Model, vec![]);
		MockContributors::set_pool(MODEL, Perbill::from_percent(30));
		MockContributors::add_points(MODEL, ALICE, 1);
		MockContributors::add_points(MODEL, BOB, 2);
		pay(MODEL, 1_000);
		// credit 980: pool 294 → 98 per point; owner 686.
		assert_eq!(claimable(ALICE, MODEL), (0, 98));
		assert_eq!(claimable(BOB, MODEL), (0, 196));
		assert_eq!(claimable(OWNER, MODEL), (686, 0));

		assert_ok!(RoyaltySplit::claim(RuntimeOrigin::signed(ALICE), MODEL));
		assert_eq!(free(ALICE), 100 + 98);
		System::assert_last_event(
			Event::Claimed { who: ALICE, asset_id: MODEL, as_owner: 0, as_contributor: 98 }.into(),
		);
		assert_noop!(
			RoyaltySplit::claim(RuntimeOrigin::signed(ALICE), MODEL),
			Error::<Test>::NothingToClaim
		);
		assert_ok!(RoyaltySplit::claim(RuntimeOrigin::signed(BOB), MODEL));
		assert_ok!(RoyaltySplit::claim(RuntimeOrigin::signed(OWNER), MODEL));
		assert_eq!(free(BOB), 100 + 196);
		assert_eq!(free(OWNER), 1_000 + 686);
		assert_eq!(Ledgers::<Test>::get(MODEL).unwrap().pool_unclaimed, 0);
	});
}

#[test]
fn contributors_who_join_after_revenue_do_not_share_in_it() {
	run_test(|| {
		MockAssets::add_with_table(MODEL, OWNER, AssetKind::Model, vec![]);
		MockContributors::set_pool(MODEL, Perbill::from_percent(50));
		set_protocol_fee(Perbill::zero());
		MockContributors::add_points(MODEL, ALICE, 10);
		pay(MODEL, 1_000);
		MockContributors::add_points(MODEL, BOB, 10);
		assert_eq!(claimable(BOB, MODEL), (0, 0));
		assert_eq!(claimable(ALICE, MODEL), (0, 500));
		pay(MODEL, 1_000);
		assert_eq!(claimable(ALICE, MODEL), (0, 750));
		assert_eq!(claimable(BOB, MODEL), (0, 250));
		// Alice adds points: what her old points earned stays hers, the new ones start now.
		MockContributors::add_points(MODEL, ALICE, 30);
		assert_eq!(claimable(ALICE, MODEL), (0, 750));
		pay(MODEL, 1_000);
		// 500 over 50 points = 10 per point: Alice 40 points, Bob 10.
		assert_eq!(claimable(ALICE, MODEL), (0, 1_150));
		assert_eq!(claimable(BOB, MODEL), (0, 350));
	});
}

#[test]
fn a_pool_without_contributors_goes_to_the_owner() {
	run_test(|| {
		MockAssets::add_with_table(MODEL, OWNER, AssetKind::Model, vec![]);
		MockContributors::set_pool(MODEL, Perbill::from_percent(50));
		pay(MODEL, 1_000);
		assert_eq!(claimable(OWNER, MODEL), (980, 0));
	});
}

#[test]
fn sub_unit_contributor_shares_carry_over_to_the_next_claim() {
	run_test(|| {
		MockAssets::add_with_table(MODEL, OWNER, AssetKind::Model, vec![]);
		set_protocol_fee(Perbill::zero());
		MockContributors::set_pool(MODEL, Perbill::from_percent(10));
		for who in [ALICE, BOB, CAROL] {
			MockContributors::add_points(MODEL, who, 1);
		}
		// Each payment of 10 puts 1 unit in the pool: a third of a unit per contributor.
		pay(MODEL, 10);
		assert_eq!(Ledgers::<Test>::get(MODEL).unwrap().pool_unclaimed, 1);
		assert_eq!(claimable(OWNER, MODEL), (9, 0));
		assert_noop!(
			RoyaltySplit::claim(RuntimeOrigin::signed(ALICE), MODEL),
			Error::<Test>::NothingToClaim
		);
		for _ in 0..3 {
			pay(MODEL, 10);
		}
		// Four payments: 4/3 of a unit each, floored to 1 at claim, the third carried.
		assert_ok!(RoyaltySplit::claim(RuntimeOrigin::signed(ALICE), MODEL));
		assert_eq!(free(ALICE), 101);
		for _ in 0..2 {
			pay(MODEL, 10);
		}
		// Six payments: each holds 2 units less 2×10^-18 (the accumulator floors), so whole
		// units are 1 each, and Alice already took hers; the rest waits in the pool.
		assert_eq!(claimable(ALICE, MODEL), (0, 0));
		assert_eq!(claimable(BOB, MODEL), (0, 1));
		assert_eq!(claimable(CAROL, MODEL), (0, 1));
		assert_eq!(Ledgers::<Test>::get(MODEL).unwrap().pool_unclaimed, 5);
	});
}
