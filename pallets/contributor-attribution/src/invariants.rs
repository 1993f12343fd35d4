//! The invariants `try_state` checks after every test, in the fuzz driver and on `try-runtime`.

use crate::{Config, Contributions, ContributorPools, Pallet, Sealed, Totals};
use alloc::vec::Vec;
use lineage_primitives::{AssetId, ContributionKind, Points};

impl<T: Config> Pallet<T> {
	/// The pallet's invariants:
	/// - each asset's total equals the sum of its contributors' points, and its contributor count
	///   equals the number of records;
	/// - each record's points equal the sum of its points by kind, with each kind listed once, and
	///   no record is empty; no asset has records without a total;
	/// - an asset's pool is at least its floor, and an asset with a floor is sealed;
	/// - every entry in `Deposits` covers at least one record; each account's held deposit equals
	///   what the tickets of its entries hold.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use crate::{BalanceOf, Deposits, HoldReason};
		use alloc::collections::BTreeMap;
		use frame_support::{ensure, traits::fungible::InspectHold};
		use lineage_primitives::held_by_ticket;
		use sp_runtime::traits::{Saturating, Zero};

		let mut sums: BTreeMap<AssetId, (Points, u32)> = BTreeMap::new();
		for (asset, _, record) in Contributions::<T>::iter() {
			let by_kind: Points = record.by_kind.iter().map(|(_, p)| *p).sum();
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
		for (_, who, deposit) in Deposits::<T>::iter() {
			ensure!(deposit.records > 0, "a deposit for no records");
			let amount =
				held_by_ticket::<BalanceOf<T>>(&deposit.ticket).ok_or("unreadable ticket")?;
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
