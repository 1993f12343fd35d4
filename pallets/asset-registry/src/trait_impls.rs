//! The traits from `lineage-primitives` this pallet implements for the others.

use crate::{Assets, Config, Error, HashClaim, Pallet, ParentsOf, RoyaltyTables, UriOf};
use alloc::vec::Vec;
use frame_support::traits::Get;
use lineage_primitives::{
	AssetFacts, AssetId, AssetInspect, AssetKind, ContentHash, DatasetRegistrar, Licence, Relation,
};
use sp_runtime::{DispatchError, Perbill};

impl<T: Config> AssetInspect<T::AccountId> for Pallet<T> {
	fn facts(asset: AssetId) -> Option<AssetFacts<T::AccountId>> {
		Assets::<T>::get(asset).map(|r| AssetFacts {
			owner: r.owner,
			kind: r.kind,
			status: r.status,
		})
	}

	fn royalty_table(asset: AssetId) -> Vec<(AssetId, Perbill)> {
		RoyaltyTables::<T>::get(asset).into_inner()
	}

	fn max_ancestors() -> u32 {
		T::MaxAncestors::get()
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
		// Other pallets pass plain vectors: the bounds are checked here, with named errors.
		let uri: UriOf<T> = uri.try_into().map_err(|_| Error::<T>::UriTooLong)?;
		let parents: ParentsOf<T> = parents.try_into().map_err(|_| Error::<T>::TooManyParents)?;
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
