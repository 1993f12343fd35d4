//! What attribution offers other pallets (the ledger trait), clients (queries behind the runtime
//! API) and `try_state` (the invariants).

use alloc::vec::Vec;
use frame_support::traits::Get;
use lineage_primitives::{
	runtime_api::ContributorView, AssetId, AssetInspect, ContributionKind, ContributionSource,
	ContributorLedger, Points,
};
use sp_runtime::{DispatchResult, Perbill};

use crate::{Config, Contributions, ContributorPools, ContributorRecord, Pallet, Sealed, Totals};

impl<T: Config> ContributorLedger<T::AccountId> for Pallet<T> {
	fn record(
		asset: AssetId,
		who: &T::AccountId,
		kind: ContributionKind,
		points: Points,
		source: ContributionSource,
	) -> DispatchResult {
		Self::do_record(asset, who, kind, points, source)
	}

	fn points_of(asset: AssetId, who: &T::AccountId) -> u128 {
		Contributions::<T>::get(asset, who).map(|r| r.points).unwrap_or(0)
	}

	fn total_points(asset: AssetId) -> u128 {
		Totals::<T>::get(asset).points
	}

	fn contributor_pool(asset: AssetId) -> Perbill {
		ContributorPools::<T>::get(asset)
	}

	fn set_contributor_pool(asset: AssetId, pool: Perbill) -> DispatchResult {
		let owner = T::Assets::owner(asset).ok_or(crate::Error::<T>::UnknownAsset)?;
		Self::do_set_pool(&owner, asset, pool)
	}

	fn seal_contributors(asset: AssetId, pool_floor: Perbill) -> DispatchResult {
		Self::do_seal_contributors(asset, pool_floor)
	}
}

fn view<AccountId>(who: AccountId, record: ContributorRecord) -> ContributorView<AccountId> {
	ContributorView { who, points: record.points, by_kind: record.by_kind.into_inner() }
}

impl<T: Config> Pallet<T> {
	/// A page of `asset`'s contributors after `start_after`, at most `limit` (capped at
	/// `MaxContributorsPage`), in storage order.
	pub fn contributors_page(
		asset: AssetId,
		start_after: Option<T::AccountId>,
		limit: u32,
	) -> Vec<ContributorView<T::AccountId>> {
		let limit = limit.min(T::MaxContributorsPage::get()) as usize;
		let iter = match start_after {
			Some(after) => {
				let from = Contributions::<T>::hashed_key_for(asset, after);
				Contributions::<T>::iter_prefix_from(asset, from)
			},
			None => Contributions::<T>::iter_prefix(asset),
		};
		iter.take(limit).map(|(who, r)| view(who, r)).collect()
	}

	/// `who`'s standing in `asset`.
	pub fn contribution(
		asset: AssetId,
		who: T::AccountId,
	) -> Option<ContributorView<T::AccountId>> {
		Contributions::<T>::get(asset, &who).map(|r| view(who, r))
	}

	/// All points in `asset`, its contributor pool, and whether it is sealed.
	pub fn totals(asset: AssetId) -> (u128, Perbill, bool) {
		(
			Totals::<T>::get(asset).points,
			ContributorPools::<T>::get(asset),
			Sealed::<T>::contains_key(asset),
		)
	}

	/// The pallet's invariants:
	/// - each asset's total equals the sum of its contributors' points, and its contributor count
	///   equals the number of records;
	/// - each record's points equal the sum of its points by kind, with each kind listed once;
	/// - each account's held deposit equals the sum of its entries in `Deposits`.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use crate::{BalanceOf, Deposits, HoldReason};
		use alloc::collections::BTreeMap;
		use frame_support::{ensure, traits::fungible::InspectHold};
		use sp_runtime::traits::{Saturating, Zero};

		let mut sums: BTreeMap<AssetId, (u128, u32)> = BTreeMap::new();
		for (asset, _, record) in Contributions::<T>::iter() {
			let by_kind: u128 = record.by_kind.iter().map(|(_, p)| *p).sum();
			ensure!(by_kind == record.points, "a record's kinds do not add up to its points");
			let mut kinds: Vec<ContributionKind> = record.by_kind.iter().map(|(k, _)| *k).collect();
			kinds.sort();
			kinds.dedup();
			ensure!(kinds.len() == record.by_kind.len(), "a kind is listed twice in a record");
			ensure!(record.points > 0, "an empty contributor record");
			let e = sums.entry(asset).or_insert((0, 0));
			e.0 = e.0.saturating_add(record.points);
			e.1 = e.1.saturating_add(1);
		}
		for (asset, totals) in Totals::<T>::iter() {
			let (points, count) = sums.remove(&asset).unwrap_or((0, 0));
			ensure!(totals.points == points, "an asset's total differs from its records");
			ensure!(totals.contributors == count, "an asset's contributor count is wrong");
		}
		ensure!(sums.is_empty(), "records for an asset without totals");

		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (_, who, amount) in Deposits::<T>::iter() {
			let e = held.entry(who).or_insert_with(Zero::zero);
			*e = e.saturating_add(amount);
		}
		for (who, amount) in held {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ContributorDeposit.into(), &who) ==
					amount,
				"held deposits differ from the Deposits ledger"
			);
		}
		for (asset, floor) in crate::PoolFloors::<T>::iter() {
			ensure!(ContributorPools::<T>::get(asset) >= floor, "a pool fell below its floor");
			ensure!(Sealed::<T>::contains_key(asset), "an asset with a pool floor is not sealed");
		}
		Ok(())
	}
}
