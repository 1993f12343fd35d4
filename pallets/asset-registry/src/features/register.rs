//! Registering assets: checks, the royalty table, the hash index, the child index, the deposit.

use alloc::vec::Vec;
use frame_support::ensure;
use lineage_primitives::{AssetId, AssetKind, AssetStatus, ContentHash, Licence, Relation};
use sp_runtime::DispatchError;

use super::royalty;
use crate::{
	AssetByHash, AssetRecord, Assets, Children, Config, Error, Event, NextAssetId, ParentsOf,
	Pallet, RoyaltyTables, UriOf,
};

impl<T: Config> Pallet<T> {
	/// Register an asset owned by `owner`; returns its id. All checks come before any write.
	pub fn do_register(
		owner: &T::AccountId,
		kind: AssetKind,
		content_hash: ContentHash,
		uri: Vec<u8>,
		licence: Licence,
		parents: Vec<(AssetId, Relation)>,
	) -> Result<AssetId, DispatchError> {
		let parents: ParentsOf<T> = parents.try_into().map_err(|_| Error::<T>::TooManyParents)?;
		let uri: UriOf<T> = uri.try_into().map_err(|_| Error::<T>::UriTooLong)?;
		ensure!(!AssetByHash::<T>::contains_key(content_hash), Error::<T>::DuplicateContentHash);
		let table = royalty::compute_table::<T>(&parents)?;
		let asset_id = NextAssetId::<T>::get();
		let next = asset_id.checked_add(1).ok_or(Error::<T>::AssetIdOverflow)?;
		let deposit = Self::deposit_for(uri.len(), parents.len());
		Self::hold_deposit(owner, deposit)?;

		NextAssetId::<T>::put(next);
		AssetByHash::<T>::insert(content_hash, asset_id);
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
}
