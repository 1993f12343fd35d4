//! Reads for clients: the functions behind the pallet's runtime API.

use crate::{Config, Contributions, ContributorPools, ContributorRecord, Pallet, Sealed, Totals};
use alloc::vec::Vec;
use frame_support::traits::Get;
use lineage_primitives::{runtime_api::ContributorView, AssetId, Points};
use sp_runtime::Perbill;

/// A contributor's record as clients see it.
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
	pub fn totals(asset: AssetId) -> (Points, Perbill, bool) {
		(
			Totals::<T>::get(asset).points,
			ContributorPools::<T>::get(asset),
			Sealed::<T>::contains_key(asset),
		)
	}
}
