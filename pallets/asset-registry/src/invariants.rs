//! The invariants `try_state` checks after every test, in the fuzz driver and on `try-runtime`.

use crate::{AssetByHash, Assets, Children, Config, Pallet, RoyaltyTables};
use alloc::vec::Vec;
use frame_support::traits::Get;
use lineage_primitives::{AssetId, AssetStatus, Relation};
use sp_runtime::Perbill;

impl<T: Config> Pallet<T> {
	/// The registry's invariants:
	/// - every asset id is below `NextAssetId`;
	/// - every asset's hash is indexed, and the index points at an asset carrying that hash;
	/// - ownership offers are for assets not retired, never to their owner;
	/// - each account's held commitment deposit equals what its commitments' tickets hold;
	/// - every stored royalty table equals a recomputation from the parents, and respects the
	///   configured bounds;
	/// - every parent's id is lower than its child's, and the child index holds exactly the parent
	///   links of the assets;
	/// - a retired asset holds no deposit ticket and a live one does; each account's held deposit
	///   equals what the tickets of the records it owns hold.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use crate::{
			features::royalty, BalanceOf, Commitments, HoldReason, NextAssetId, OwnershipOffers,
		};
		use alloc::collections::BTreeMap;
		use frame_support::{ensure, traits::fungible::InspectHold};
		use lineage_primitives::held_by_ticket;
		use sp_runtime::traits::{Saturating, Zero};

		let next = NextAssetId::<T>::get();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut links = 0usize;
		for (id, record) in Assets::<T>::iter() {
			ensure!(id < next, "asset id at or above NextAssetId");
			// The index may point at another asset with this hash (an earlier commitment's, or
			// the first of a dataset's hash), never at nothing.
			ensure!(
				AssetByHash::<T>::contains_key(record.content_hash),
				"an asset's content hash is not indexed"
			);
			if let Some(offered_to) = OwnershipOffers::<T>::get(id) {
				ensure!(offered_to != record.owner, "an asset is offered to its own owner");
				ensure!(record.status != AssetStatus::Retired, "a retired asset is still offered");
			}
			let stored = RoyaltyTables::<T>::get(id);
			let recomputed = recompute_table::<T>(&record.parents);
			ensure!(stored.as_slice() == recomputed.as_slice(), "stored royalty table is stale");
			ensure!(
				royalty::total_stack(&stored) <= T::MaxRoyaltyStack::get(),
				"royalty stack above the maximum"
			);
			for (parent, relation) in record.parents.iter() {
				ensure!(parent < &id, "a parent registered after its child");
				ensure!(
					Children::<T>::get(parent, id) == Some(*relation),
					"child index misses a parent link"
				);
			}
			links += record.parents.len();
			match &record.deposit {
				None => ensure!(
					record.status == AssetStatus::Retired,
					"a live asset holds no deposit ticket"
				),
				Some(ticket) => {
					ensure!(
						record.status != AssetStatus::Retired,
						"retired asset still holds a deposit"
					);
					let held = held_by_ticket::<BalanceOf<T>>(ticket).ok_or("unreadable ticket")?;
					let d = deposits.entry(record.owner.clone()).or_insert_with(Zero::zero);
					*d = d.saturating_add(held);
				},
			}
		}
		ensure!(Children::<T>::iter().count() == links, "child index has extra entries");
		for (hash, id) in AssetByHash::<T>::iter() {
			let record = Assets::<T>::get(id).ok_or("hash index points at no asset")?;
			ensure!(record.content_hash == hash, "hash index points at the wrong asset");
		}
		for (id, _) in OwnershipOffers::<T>::iter() {
			ensure!(Assets::<T>::contains_key(id), "an offer for no asset");
		}
		for (who, total) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::AssetDeposit.into(), &who) == total,
				"held deposit differs from the records' deposits"
			);
		}
		let mut committed: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (_, _, commitment) in Commitments::<T>::iter() {
			let held =
				held_by_ticket::<BalanceOf<T>>(&commitment.deposit).ok_or("unreadable ticket")?;
			let d = committed.entry(commitment.who).or_insert_with(Zero::zero);
			*d = d.saturating_add(held);
		}
		for (who, total) in committed {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::CommitmentDeposit.into(), &who) == total,
				"held commitment deposit differs from the commitments"
			);
		}
		Ok(())
	}
}

/// Recompute a table from the parents' stored tables and licences, ignoring parent status
/// (a parent may have been retired after the child was registered).
fn recompute_table<T: Config>(parents: &[(AssetId, Relation)]) -> Vec<(AssetId, Perbill)> {
	use alloc::collections::BTreeMap;
	use sp_runtime::traits::Saturating;
	let mut shares: BTreeMap<AssetId, Perbill> = BTreeMap::new();
	for (parent, _) in parents {
		if let Some(record) = Assets::<T>::get(parent) {
			let e = shares.entry(*parent).or_insert_with(Perbill::zero);
			*e = e.saturating_add(record.licence.derivative_royalty);
		}
		for (a, s) in RoyaltyTables::<T>::get(parent) {
			let e = shares.entry(a).or_insert_with(Perbill::zero);
			*e = e.saturating_add(s);
		}
	}
	shares.into_iter().collect()
}
