//! Unit tests: exact splits, rounding, lineage, contributors, freezing, claims, invariants.

use crate::{mock::*, Earnings, Error, Event, Ledgers};
use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use lineage_primitives::{AssetStatus, EarningsInspect, RevenueSink};
use sp_runtime::Perbill;

const ROOT: u64 = 0;
const MID: u64 = 1;
const MODEL: u64 = 2;

/// ROOT (10% of every payment into MODEL) ← MID (5%) ← MODEL, as a registry would flatten it.
fn lineage() {
	MockAssets::add(ROOT, ROOT_OWNER, vec![]);
	MockAssets::add(MID, MID_OWNER, vec![(ROOT, Perbill::from_percent(10))]);
	MockAssets::add(
		MODEL,
		OWNER,
		vec![(ROOT, Perbill::from_percent(10)), (MID, Perbill::from_percent(5))],
	);
}

fn pay(asset: u64, amount: u64) {
	assert_ok!(RoyaltySplit::pay(RuntimeOrigin::signed(PAYER), asset, amount));
}

fn owner_credit(who: u64, asset: u64) -> u64 {
	Earnings::<Test>::get(who, asset).map_or(0, |e| e.as_owner)
}

fn claimable(who: u64, asset: u64) -> (u64, u64) {
	RoyaltySplit::claimable(&who)
		.into_iter()
		.find(|v| v.asset == asset)
		.map_or((0, 0), |v| (v.as_owner, v.as_contributor))
}

fn free(who: u64) -> u64 {
	Balances::balance(&who)
}

#[test]
fn a_root_asset_pays_the_fee_and_its_owner() {
	run_test(|| {
		MockAssets::add(MODEL, OWNER, vec![]);
		pay(MODEL, 1_000);
		assert_eq!(free(TREASURY), ED + 20);
		assert_eq!(owner_credit(OWNER, MODEL), 980);
		assert_eq!(free(PAYER), 1_000_000_000 - 1_000);
		assert!(RoyaltySplit::has_earned(MODEL));
	});
}

#[test]
fn ancestors_take_their_flattened_share_of_the_net_and_nothing_cascades() {
	run_test(|| {
		lineage();
		pay(MODEL, 1_000);
		// fee 20, net 980: root 10% = 98, mid 5% = 49, model the rest = 833.
		assert_eq!(owner_credit(ROOT_OWNER, ROOT), 98);
		assert_eq!(owner_credit(MID_OWNER, MID), 49);
		assert_eq!(owner_credit(OWNER, MODEL), 833);
		let event = System::events().into_iter().rev().find_map(|r| match r.event {
			RuntimeEvent::RoyaltySplit(e @ Event::RevenuePaid { .. }) => Some(e),
			_ => None,
		});
		let Some(Event::RevenuePaid { protocol_fee, credits, amount, .. }) = event else {
			panic!("RevenuePaid emitted")
		};
		assert_eq!(amount, 1_000);
		assert_eq!(protocol_fee, 20);
		let assets: Vec<_> = credits.iter().map(|c| (c.asset, c.amount)).collect();
		assert_eq!(assets, vec![(MODEL, 833), (ROOT, 98), (MID, 49)]);
	});
}

#[test]
fn every_split_adds_up_to_the_payment_to_the_unit() {
	run_test(|| {
		lineage();
		MockContributors::set_pool(MODEL, Perbill::from_rational(1u32, 3u32));
		MockContributors::set_pool(ROOT, Perbill::from_percent(47));
		MockContributors::add_points(MODEL, ALICE, 7);
		MockContributors::add_points(MODEL, BOB, 11);
		MockContributors::add_points(ROOT, CAROL, 13);
		set_protocol_fee(Perbill::from_parts(17_777_777));
		let primes = [1u64, 2, 3, 5, 7, 11, 13, 97, 101, 997, 7_919, 104_729, 1_299_709];
		for amount in primes.into_iter().chain(1..200) {
			let quote = RoyaltySplit::quote(MODEL, amount).expect("quotable");
			let credited: u64 = quote.credits.iter().map(|c| c.amount).sum();
			assert_eq!(quote.protocol_fee + credited, amount, "amount {amount}");
			for c in &quote.credits {
				assert_eq!(c.to_contributors + c.to_owner, c.amount, "amount {amount}");
			}
			let treasury_before = free(TREASURY);
			pay(MODEL, amount);
			assert_eq!(free(TREASURY) - treasury_before, quote.protocol_fee);
			RoyaltySplit::do_try_state().expect("invariants hold after every payment");
			assert_eq!(RoyaltySplit::pot_surplus(), Ok(0));
		}
	});
}

#[test]
fn a_payment_below_one_unit_per_share_goes_to_the_asset_owner() {
	run_test(|| {
		lineage();
		pay(MODEL, 1);
		// 2% of 1 floors to 0, 10% and 5% of 1 floor to 0: the model's owner gets the unit.
		assert_eq!(free(TREASURY), ED);
		assert_eq!(owner_credit(OWNER, MODEL), 1);
		assert_eq!(owner_credit(ROOT_OWNER, ROOT), 0);
		assert!(Ledgers::<Test>::get(ROOT).is_some());
	});
}

#[test]
fn a_diamond_ancestor_is_credited_once_with_its_summed_share() {
	run_test(|| {
		// ROOT reaches MODEL through two parents, 4% each: the registry flattens it to 8%.
		MockAssets::add(ROOT, ROOT_OWNER, vec![]);
		MockAssets::add(10, BOB, vec![(ROOT, Perbill::from_percent(4))]);
		MockAssets::add(11, CAROL, vec![(ROOT, Perbill::from_percent(4))]);
		MockAssets::add(
			MODEL,
			OWNER,
			vec![
				(ROOT, Perbill::from_percent(8)),
				(10, Perbill::from_percent(1)),
				(11, Perbill::from_percent(1)),
			],
		);
		pay(MODEL, 10_000);
		// net 9_800: root 784, each parent 98, model 8_820.
		assert_eq!(owner_credit(ROOT_OWNER, ROOT), 784);
		assert_eq!(owner_credit(BOB, 10), 98);
		assert_eq!(owner_credit(CAROL, 11), 98);
		assert_eq!(owner_credit(OWNER, MODEL), 8_820);
	});
}

#[test]
fn contributors_share_the_pool_pro_rata_and_the_owner_keeps_the_rest() {
	run_test(|| {
		MockAssets::add(MODEL, OWNER, vec![]);
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
		MockAssets::add(MODEL, OWNER, vec![]);
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
		MockAssets::add(MODEL, OWNER, vec![]);
		MockContributors::set_pool(MODEL, Perbill::from_percent(50));
		pay(MODEL, 1_000);
		assert_eq!(claimable(OWNER, MODEL), (980, 0));
	});
}

#[test]
fn sub_unit_contributor_shares_carry_over_to_the_next_claim() {
	run_test(|| {
		MockAssets::add(MODEL, OWNER, vec![]);
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

#[test]
fn owner_credits_belong_to_whoever_owned_the_asset_when_it_was_paid() {
	run_test(|| {
		MockAssets::add(MODEL, OWNER, vec![]);
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
			Error::<Test>::AssetFrozen
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
			Error::<Test>::AssetFrozen
		);
		MockAssets::set_status(MODEL, AssetStatus::Retired);
		assert_noop!(
			RoyaltySplit::pay(RuntimeOrigin::signed(PAYER), MODEL, 10),
			Error::<Test>::AssetRetired
		);
		assert_eq!(RoyaltySplit::quote(MODEL, 10), Err(Error::<Test>::AssetRetired.into()));
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

#[test]
fn claim_all_pays_every_unfrozen_asset_up_to_the_bound() {
	run_test(|| {
		for id in 0..5 {
			MockAssets::add(id, OWNER, vec![]);
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
fn the_revenue_sink_pays_like_the_call_and_reports_totals() {
	run_test(|| {
		lineage();
		let summary = <RoyaltySplit as RevenueSink<_, _>>::pay(&PAYER, MODEL, 1_000).unwrap();
		assert_eq!((summary.protocol_fee, summary.to_ancestors, summary.to_asset), (20, 147, 833));
		assert_eq!(summary.ancestors, 2);
		assert!(<RoyaltySplit as RevenueSink<u64, u64>>::can_pay(MODEL).is_ok());
	});
}

#[test]
fn the_quote_is_exactly_what_a_payment_credits() {
	run_test(|| {
		lineage();
		MockContributors::set_pool(MODEL, Perbill::from_percent(25));
		MockContributors::add_points(MODEL, ALICE, 3);
		let quote = RoyaltySplit::quote(MODEL, 12_345).unwrap();
		pay(MODEL, 12_345);
		for credit in quote.credits {
			let ledger = Ledgers::<Test>::get(credit.asset).unwrap();
			assert_eq!(ledger.pool_unclaimed, credit.to_contributors);
			let owner =
				<MockAssets as lineage_primitives::AssetInspect<u64>>::owner(credit.asset).unwrap();
			assert_eq!(owner_credit(owner, credit.asset), credit.to_owner);
		}
		// Alice holds every point: the whole pool is hers.
		assert_eq!(claimable(ALICE, MODEL).1, Ledgers::<Test>::get(MODEL).unwrap().pool_unclaimed);
	});
}

#[test]
fn try_state_catches_a_pot_that_does_not_match_its_books() {
	new_test_ext().execute_with(|| {
		MockAssets::add(MODEL, OWNER, vec![]);
		MockContributors::set_pool(MODEL, Perbill::from_percent(50));
		MockContributors::add_points(MODEL, ALICE, 1);
		pay(MODEL, 1_000);
		assert_ok!(RoyaltySplit::do_try_state());
		Ledgers::<Test>::mutate(MODEL, |l| l.as_mut().unwrap().pool_unclaimed -= 1);
		assert!(RoyaltySplit::do_try_state().is_err(), "an under-funded pool is caught");
		Ledgers::<Test>::mutate(MODEL, |l| l.as_mut().unwrap().pool_unclaimed += 1);
		Earnings::<Test>::mutate(OWNER, MODEL, |e| e.as_mut().unwrap().as_owner += 1);
		assert!(RoyaltySplit::do_try_state().is_err(), "owing more than the pot holds is caught");
	});
}

#[test]
fn repeating_claim_all_reaches_every_one_of_a_hundred_assets() {
	// The audit's finding: `claim_all` looked only at the first `MaxClaimAll` entries, and
	// entries with points are never removed, so an active contributor never reached the rest.
	run_test(|| {
		for id in 0..100u64 {
			MockAssets::add(id, OWNER, vec![]);
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

#[test]
fn a_provider_takes_its_share_out_of_the_models_part_never_the_ancestors() {
	// The audit's attack: a 100% provider share routed the whole price past the lineage.
	run_test(|| {
		lineage();
		// The stack is 15%: at most 85% can go to a provider.
		assert_eq!(RoyaltySplit::max_provider_share(MODEL), Perbill::from_percent(85));
		assert_noop!(
			<RoyaltySplit as RevenueSink<_, _>>::pay_call(
				&PAYER,
				MODEL,
				1_000,
				&CAROL,
				Perbill::from_percent(86)
			),
			Error::<Test>::ProviderShareTooHigh
		);
		let quote = RoyaltySplit::quote_call(MODEL, 1_000, Perbill::from_percent(85)).unwrap();
		let summary = <RoyaltySplit as RevenueSink<_, _>>::pay_call(
			&PAYER,
			MODEL,
			1_000,
			&CAROL,
			Perbill::from_percent(85),
		)
		.unwrap();
		// fee 20, net 980: root 98 and mid 49 as with no provider; the provider 85% of 980 = 833;
		// the model keeps 0.
		assert_eq!(owner_credit(ROOT_OWNER, ROOT), 98);
		assert_eq!(owner_credit(MID_OWNER, MID), 49);
		assert_eq!(free(CAROL), 100 + 833);
		assert_eq!(
			(summary.protocol_fee, summary.to_provider, summary.to_ancestors, summary.to_asset),
			(20, 833, 147, 0)
		);
		assert_eq!(quote.to_provider, 833);
		assert_eq!(
			quote.protocol_fee +
				quote.to_provider +
				quote.credits.iter().map(|c| c.amount).sum::<u64>(),
			1_000
		);
		assert_eq!(free(PAYER), 1_000_000_000 - 1_000);
	});
}
