//! Registering assets: checks, the royalty table, the hash index, the child index, the deposit.

use frame_support::ensure;
use lineage_primitives::{AssetId, AssetKind, AssetStatus, ContentHash, Licence};
use sp_runtime::DispatchError;

use super::royalty;
use crate::{
	AssetByHash, AssetRecord, Assets, Children, Config, Error, Event, HashClaim, NextAssetId,
	Pallet, ParentsOf, RoyaltyTables, UriOf,
};
use frame_system::pallet_prelude::BlockNumberFor;

/// What a registration does with the content hash's index.
enum IndexPlan {
	/// The hash is free: index the new asset.
	Take,
	/// An earlier commitment's reveal: take the index over from this asset.
	TakeOver(AssetId),
	/// A dataset whose hash another asset holds: record it, leave the index.
	Leave(AssetId),
}

impl<T: Config> Pallet<T> {
	/// Register an asset owned by `owner`; returns its id. All checks come before any write.
	pub fn do_register(
		owner: &T::AccountId,
		kind: AssetKind,
		content_hash: ContentHash,
		uri: UriOf<T>,
		licence: Licence,
		parents: ParentsOf<T>,
		claim: HashClaim<BlockNumberFor<T>>,
	) -> Result<AssetId, DispatchError> {
		let index = Self::plan_index(content_hash, claim)?;
		let table = royalty::compute_table::<T>(&parents)?;
		let asset_id = NextAssetId::<T>::get();
		let next = asset_id.checked_add(1).ok_or(Error::<T>::AssetIdOverflow)?;
		let committed_at = match claim {
			HashClaim::Committed { commitment, at } => {
				Self::remove_commitment(owner, commitment)?;
				Some(at)
			},
			HashClaim::Plain | HashClaim::Dataset => None,
		};
		let deposit = Some(Self::asset_ticket(owner, uri.len(), parents.len())?);

		NextAssetId::<T>::put(next);
		match index {
			IndexPlan::Take => AssetByHash::<T>::insert(content_hash, asset_id),
			IndexPlan::TakeOver(from) => {
				AssetByHash::<T>::insert(content_hash, asset_id);
				Self::deposit_event(Event::ContentHashReassigned {
					content_hash,
					from,
					to: asset_id,
				});
			},
			IndexPlan::Leave(indexed_as) => Self::deposit_event(Event::DatasetHashAlreadyIndexed {
				asset_id,
				content_hash,
				indexed_as,
			}),
		}
		for (parent, relation) in parents.iter() {
			Children::<T>::insert(parent, asset_id, relation);
		}
		if !table.is_empty() {
			RoyaltyTables::<T>::insert(asset_id, table);
		}
		Assets::<T>::insert(
			asset_id,
			AssetRecord {
				owner: owner.clone(),
				kind,
				content_hash,
				uri,
				licence,
				parents,
				registered_at: frame_system::Pallet::<T>::block_number(),
				status: AssetStatus::Active,
				freeze_reason: None,
				deposit,
				committed_at,
			},
		);
		Self::deposit_event(Event::AssetRegistered {
			asset_id,
			owner: owner.clone(),
			kind,
			content_hash,
		});
		Ok(asset_id)
	}

	/// Decide what registering `content_hash` with `claim` does to its index, or refuse it.
	///
	/// A free hash is taken. A plain registration of an indexed hash fails. A commitment's reveal
	/// takes the index from an asset that claimed the hash later: registered plainly in a later
	/// block than the commitment's, or through a commitment from a later block. A dataset
	/// registered by another pallet never fails: it leaves an indexed hash where it is.
	fn plan_index(
		content_hash: ContentHash,
		claim: HashClaim<BlockNumberFor<T>>,
	) -> Result<IndexPlan, DispatchError> {
		let Some(holder_id) = AssetByHash::<T>::get(content_hash) else {
			return Ok(IndexPlan::Take);
		};
		match claim {
			HashClaim::Plain => Err(Error::<T>::DuplicateContentHash.into()),
			HashClaim::Dataset => Ok(IndexPlan::Leave(holder_id)),
			HashClaim::Committed { at, .. } => {
				let holder = Assets::<T>::get(holder_id).ok_or(Error::<T>::UnknownAsset)?;
				let earlier = match holder.committed_at {
					Some(theirs) => at < theirs,
					// Strictly earlier: a commitment made in the same block as a plain
					// registration may have been made after seeing it in the pool.
					None => at < holder.registered_at,
				};
				ensure!(earlier, Error::<T>::DuplicateContentHash);
				Ok(IndexPlan::TakeOver(holder_id))
			},
		}
	}
}
