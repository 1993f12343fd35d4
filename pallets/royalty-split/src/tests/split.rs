//! Tests of `features/split.rs`.

use super::*;

#[test]
fn a_root_asset_pays_the_fee_and_its_owner() {
	run_test(|| {
		MockAssets::add_with_table(MODEL, OWNER, AssetKind::Model, vec![]);
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
		MockAssets::add_with_table(ROOT, ROOT_OWNER, AssetKind::Model, vec![]);
		MockAssets::add_with_table(
			10,
			BOB,
			AssetKind::Model,
			vec![(ROOT, Perbill::from_percent(4))],
		);
		MockAssets::add_with_table(
			11,
			CAROL,
			AssetKind::Model,
			vec![(ROOT, Perbill::from_percent(4))],
		);
		MockAssets::add_with_table(
			MODEL,
			OWNER,
			AssetKind::Model,
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
