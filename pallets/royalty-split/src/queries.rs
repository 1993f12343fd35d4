//! Reads for clients: the functions behind the pallet's runtime API.

use crate::{BalanceOf, Config, Earnings, Pallet};
use alloc::vec::Vec;
use frame_support::traits::Get;
use lineage_primitives::{runtime_api::ClaimableView, AssetId, AssetInspect, AssetStatus};
use sp_runtime::traits::{Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// What `who` can claim, per asset: the first page (at most `MaxClaimAll` entries, in
	/// storage order). `claimable_page` reaches the rest.
	pub fn claimable(who: &T::AccountId) -> Vec<ClaimableView<BalanceOf<T>>> {
		Self::claimable_page(who, None, T::MaxClaimAll::get()).0
	}

	/// One page of what `who` can claim: entries after `start_after` (an asset id from the
	/// previous page's cursor), at most `limit` capped at `MaxClaimAll` visited. Returns the
	/// non-empty claims and the cursor for the next page (`None` after the last).
	pub fn claimable_page(
		who: &T::AccountId,
		start_after: Option<AssetId>,
		limit: u32,
	) -> (Vec<ClaimableView<BalanceOf<T>>>, Option<AssetId>) {
		let limit = limit.clamp(1, T::MaxClaimAll::get().max(1)) as usize;
		let (keys, more_after) = Self::earnings_window(who, start_after, limit);
		let next = if more_after { keys.last().copied() } else { None };
		let views = keys
			.into_iter()
			.map(|asset| {
				let plan = Self::plan_claim(who, asset);
				ClaimableView {
					asset,
					as_owner: plan.as_owner,
					as_contributor: plan.as_contributor,
					locked: T::Assets::status(asset) == Some(AssetStatus::Frozen),
				}
			})
			.filter(|v| !v.as_owner.saturating_add(v.as_contributor).is_zero())
			.collect();
		(views, next)
	}

	/// The assets of `who`'s earnings entries after `start_after` (from the first without one),
	/// at most `limit`, in storage order, and whether more entries follow them.
	pub(crate) fn earnings_window(
		who: &T::AccountId,
		start_after: Option<AssetId>,
		limit: usize,
	) -> (Vec<AssetId>, bool) {
		let mut keys: Vec<AssetId> = match start_after {
			Some(after) =>
				Earnings::<T>::iter_key_prefix_from(who, Earnings::<T>::hashed_key_for(who, after))
					.take(limit.saturating_add(1))
					.collect(),
			None => Earnings::<T>::iter_key_prefix(who).take(limit.saturating_add(1)).collect(),
		};
		let more_after = keys.len() > limit;
		keys.truncate(limit);
		(keys, more_after)
	}
}
