//! The traits from `lineage-primitives` this pallet implements for the others.

use crate::{Config, Contributions, ContributorPools, Pallet, Totals};
use lineage_primitives::{
	AssetId, AssetInspect, ContributionKind, ContributionSource, ContributorLedger, Points,
};
use sp_runtime::{DispatchResult, Perbill};

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

	fn points_of(asset: AssetId, who: &T::AccountId) -> Points {
		Contributions::<T>::get(asset, who).map(|r| r.points).unwrap_or(0)
	}

	fn total_points(asset: AssetId) -> Points {
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
