//! What the registry offers other pallets (the `primitives` traits), clients (queries backing
//! the runtime API) and `try_state` (the invariants).

use alloc::vec::Vec;
use frame_support::traits::Get;
use lineage_primitives::{
	runtime_api::AssetView, AssetId, AssetInspect, AssetKind, AssetStatus, ContentHash,
	DatasetRegistrar, Licence, Relation,
};
use sp_runtime::{DispatchError, Perbill};

use crate::{AssetByHash, Assets, Children, Config, HashClaim, Pallet, RoyaltyTables};

impl<T: Config> AssetInspect<T::AccountId> for Pallet<T> {
	fn owner(asset: AssetId) -> Option<T::AccountId> {
		Assets::<T>::get(asset).map(|r| r.owner)
	}

	fn kind(asset: AssetId) -> Option<AssetKind> {
		Assets::<T>::get(asset).map(|r| r.kind)
	}

	fn status(asset: AssetId) -> Option<AssetStatus> {
		Assets::<T>::get(asset).map(|r| r.status)
	}

	fn royalty_table(asset: AssetId) -> Vec<(AssetId, Perbill)> {
		RoyaltyTables::<T>::get(asset).into_inner()
	}
}

impl<T: Config> DatasetRegistrar<T::AccountId> for Pallet<T> {
	fn register_dataset(
		owner: &T::AccountId,
		content_hash: ContentHash,
		uri: Vec<u8>,
		licence: Licence,
		parents: Vec<(AssetId, Relation)>,
	) -> Result<AssetId, DispatchError> {
		Self::do_register(
			owner,
			AssetKind::Dataset,
			content_hash,
			uri,
			licence,
			parents,
			HashClaim::Dataset,
		)
	}
}

impl<T: Config> Pallet<T> {
	/// The asset `id` as clients see it.
	pub fn asset_view(
		id: AssetId,
	) -> Option<AssetView<T::AccountId, frame_system::pallet_prelude::BlockNumberFor<T>>> {
		Assets::<T>::get(id).map(|r| AssetView {
			id,
			owner: r.owner,
			kind: r.kind,
			content_hash: r.content_hash,
			uri: r.uri.into_inner(),
			licence: r.licence,
			parents: r.parents.into_inner(),
			registered_at: r.registered_at,
			status: r.status,
			freeze_reason: r.freeze_reason.map(|x| x.into_inner()),
			committed_at: r.committed_at,
		})
	}

	/// The asset that owns `content_hash`: the first registered, or the earliest commitment's
	/// (its view's `committed_at` is the proof), or governance's choice after a dispute.
	pub fn asset_by_hash(content_hash: ContentHash) -> Option<AssetId> {
		AssetByHash::<T>::get(content_hash)
	}

	/// A page of `id`'s direct children after `start_after`, at most `limit` capped at
	/// `MaxChildrenPage`.
	pub fn children_page(
		id: AssetId,
		start_after: Option<AssetId>,
		limit: u32,
	) -> Vec<(AssetId, Relation)> {
		let limit = limit.min(T::MaxChildrenPage::get()) as usize;
		match start_after {
			Some(after) => {
				let from = Children::<T>::hashed_key_for(id, after);
				Children::<T>::iter_prefix_from(id, from).take(limit).collect()
			},
			None => Children::<T>::iter_prefix(id).take(limit).collect(),
		}
	}

	/// The registry's invariants:
	/// - every asset id is below `NextAssetId`;
	/// - every asset's hash is indexed, and the index points at an asset carrying that hash;
	/// - ownership offers are for live assets, never to their owner;
	/// - each account's held commitment deposit equals its commitments' deposits;
	/// - every stored royalty table equals a recomputation from the parents, and respects the
	///   configured bounds;
	/// - the child index holds exactly the parent links of the assets;
	/// - each account's held deposit equals the deposits of the records it owns.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use crate::{
			features::royalty, BalanceOf, Commitments, HoldReason, NextAssetId, OwnershipOffers,
		};
		use alloc::collections::BTreeMap;
		use frame_support::{ensure, traits::fungible::InspectHold};
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
			if record.status == AssetStatus::Retired {
				ensure!(record.deposit.is_zero(), "retired asset still holds a deposit");
			}
			let d = deposits.entry(record.owner.clone()).or_insert_with(Zero::zero);
			*d = d.saturating_add(record.deposit);
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
			let d = committed.entry(commitment.who).or_insert_with(Zero::zero);
			*d = d.saturating_add(commitment.deposit);
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
