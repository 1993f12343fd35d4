//! Unit tests: exact splits, rounding, lineage, contributors, freezing, claims, invariants.
//!
//! One file per feature (`src/features/`), plus the queries, the trait implementations and the
//! invariants; this file holds what they share.

use crate::{mock::*, Earnings, Error, Event, Ledgers};

use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};

use lineage_primitives::{AssetKind, AssetStatus, EarningsInspect, RevenueSink};

use sp_runtime::Perbill;

const ROOT: u64 = 0;

const MID: u64 = 1;

const MODEL: u64 = 2;

/// ROOT (10% of every payment into MODEL) ← MID (5%) ← MODEL, as a registry would flatten it.
fn lineage() {
	MockAssets::add_with_table(ROOT, ROOT_OWNER, AssetKind::Model, vec![]);
	MockAssets::add_with_table(
		MID,
		MID_OWNER,
		AssetKind::Model,
		vec![(ROOT, Perbill::from_percent(10))],
	);
	MockAssets::add_with_table(
		MODEL,
		OWNER,
		AssetKind::Model,
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

mod accumulator;
mod claim;
mod invariants;
mod pay;
mod split;
mod trait_impls;
