//! Tests of `features/claim.rs`.

use super::*;

#[test]
fn owner_credits_belong_to_whoever_owned_the_asset_when_it_was_paid() {
	run_test(|| {
		MockAssets::add_with_table(MODEL, OWNER, AssetKind::Model, vec![]);
		pay(MODEL, 1_000);
		MockAssets::set_owner(MODEL, BOB);
		pay(MODEL, 100);
		assert_eq!(claimable(OWNER, MODEL), (980, 0));
		assert_eq!(claimable(BOB, MODEL), (98, 0));
		assert_ok!(RoyaltySplit::claim(RuntimeOrigin::signed(OWNER), MODEL));
		assert!(Earnings::<Test>::get(OWNER, MODEL).is_none(), "an emptied owner entry is removed");
	});
}

#[test]
fn a_frozen_ancestor_accrues_but_cannot_be_claimed_until_unfrozen() {
	run_test(|| {
		lineage();
		MockAssets::set_status(ROOT, AssetStatus::Frozen);
		pay(MODEL, 1_000);
		assert_eq!(owner_credit(ROOT_OWNER, ROOT), 98);
		assert!(RoyaltySplit::claimable(&ROOT_OWNER)[0].locked);
		assert_noop!(
			RoyaltySplit::claim(RuntimeOrigin::signed(ROOT_OWNER), ROOT),
			Error::<Test>::AssetIsFrozen
		);
		assert_noop!(
			RoyaltySplit::claim_all(RuntimeOrigin::signed(ROOT_OWNER)),
			Error::<Test>::NothingToClaim
		);
		MockAssets::set_status(ROOT, AssetStatus::Active);
		assert_ok!(RoyaltySplit::claim(RuntimeOrigin::signed(ROOT_OWNER), ROOT));
		assert_eq!(free(ROOT_OWNER), 98);
	});
}

#[test]
fn claim_all_pays_every_unfrozen_asset_up_to_the_bound() {
	run_test(|| {
		for id in 0..5 {
			MockAssets::add_with_table(id, OWNER, AssetKind::Model, vec![]);
			pay(id, 100);
		}
		MockAssets::set_status(1, AssetStatus::Frozen);
		assert_ok!(RoyaltySplit::claim_all(RuntimeOrigin::signed(OWNER)));
		// MaxClaimAll is 3: three entries were visited, one of them frozen.
		let left: Vec<_> = Earnings::<Test>::iter_prefix(OWNER).map(|(a, _)| a).collect();
		assert_eq!(left.len(), 3);
		assert!(left.contains(&1));
		assert_noop!(
			RoyaltySplit::claim_all(RuntimeOrigin::signed(ALICE)),
			Error::<Test>::NothingToClaim
		);
	});
}

#[test]
fn repeating_claim_all_reaches_every_one_of_a_hundred_assets() {
	// The audit's finding: `claim_all` looked only at the first `MaxClaimAll` entries, and
	// entries with points are never removed, so an active contributor never reached the rest.
	run_test(|| {
		for id in 0..100u64 {
			MockAssets::add_with_table(id, OWNER, AssetKind::Model, vec![]);
			MockContributors::set_pool(id, Perbill::from_percent(50));
			MockContributors::add_points(id, ALICE, 1);
		}
		for id in 0..100u64 {
			pay(id, 100);
		}
		let start = free(ALICE);
		// Ask for a page view first: every asset is listed across pages.
		let mut listed = 0;
		let mut cursor = None;
		loop {
			let (page, next) = RoyaltySplit::claimable_page(&ALICE, cursor, 7);
			listed += page.len();
			match next {
				Some(n) => cursor = Some(n),
				None => break,
			}
		}
		assert_eq!(listed, 100);
		// Three entries per call (MaxClaimAll): 34 calls reach all 100.
		for _ in 0..34 {
			assert_ok!(RoyaltySplit::claim_all(RuntimeOrigin::signed(ALICE)));
		}
		// fee 2% of 100 = 2, net 98, pool 50% = 49 per asset, all Alice's.
		assert_eq!(free(ALICE), start + 100 * 49);
		assert!(RoyaltySplit::claimable_page(&ALICE, None, 3).0.is_empty());
		assert_eq!(
			crate::ClaimCursor::<Test>::get(ALICE),
			None,
			"a pass that reached the end starts over"
		);
	});
}
