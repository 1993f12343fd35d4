//! The per-point accumulator: settling a contributor's earnings when their points change, and
//! reading what they are owed.

use lineage_primitives::{AssetId, ContributorLedger, Points};
use sp_core::U256;

use crate::{BalanceOf, Config, Earning, Earnings, Ledgers, Pallet};

impl<T: Config> Pallet<T> {
	/// `earning`'s contributor earnings, scaled, for an account holding `points` while the
	/// asset's accumulator stands at `acc`.
	pub(crate) fn pending_scaled(
		earning: &Earning<BalanceOf<T>>,
		points: Points,
		acc: U256,
	) -> U256 {
		let delta = acc.saturating_sub(earning.checkpoint);
		earning
			.contributor_scaled
			.saturating_add(delta.saturating_mul(U256::from(points)))
	}

	/// Settle what `who` earned with `before` points in `asset_id` up to now, before their points
	/// change: new points start at the current accumulator and never share in past revenue.
	pub(crate) fn settle_points_change(asset_id: AssetId, who: &T::AccountId, before: Points) {
		let acc = Ledgers::<T>::get(asset_id).map(|l| l.acc_per_point).unwrap_or_default();
		// Every contributor gets an entry (an owner's manual record holds a deposit; a labelling
		// task's records are paid for by its budget and dataset deposit), so `try_state` sees
		// every claim the pot owes.
		let mut earning = Earnings::<T>::get(who, asset_id).unwrap_or_default();
		earning.contributor_scaled = Self::pending_scaled(&earning, before, acc);
		earning.checkpoint = acc;
		Earnings::<T>::insert(who, asset_id, earning);
	}

	/// `who`'s current points in `asset_id`.
	pub(crate) fn points(asset_id: AssetId, who: &T::AccountId) -> Points {
		T::Contributors::points_of(asset_id, who)
	}
}
