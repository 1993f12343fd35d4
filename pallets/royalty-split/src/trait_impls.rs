//! The traits from `lineage-primitives` this pallet implements for the others.

use crate::{BalanceOf, Config, Ledgers, Pallet};
use lineage_primitives::{
	AssetId, EarningsInspect, OnPointsChanged, Points, RevenueSink, RevenueSummary,
};
use sp_runtime::{traits::Zero, DispatchError};

impl<T: Config> OnPointsChanged<T::AccountId> for Pallet<T> {
	fn on_points_changed(
		asset: AssetId,
		who: &T::AccountId,
		before: Points,
		_after: Points,
		_total_before: Points,
	) {
		Self::settle_points_change(asset, who, before);
	}
}

impl<T: Config> EarningsInspect for Pallet<T> {
	fn has_earned(asset: AssetId) -> bool {
		Ledgers::<T>::get(asset).is_some_and(|l| !l.total_earned.is_zero())
	}
}

impl<T: Config> RevenueSink<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn pay(
		payer: &T::AccountId,
		asset: AssetId,
		amount: BalanceOf<T>,
	) -> Result<RevenueSummary<BalanceOf<T>>, DispatchError> {
		Self::do_pay(payer, asset, amount).map(|(summary, _)| summary)
	}

	fn pay_call(
		payer: &T::AccountId,
		asset: AssetId,
		amount: BalanceOf<T>,
		provider: &T::AccountId,
		provider_share: sp_runtime::Perbill,
	) -> Result<RevenueSummary<BalanceOf<T>>, DispatchError> {
		Self::do_pay_call(payer, asset, amount, Some((provider, provider_share)))
			.map(|(summary, _)| summary)
	}

	fn can_pay(asset: AssetId) -> Result<(), DispatchError> {
		Self::ensure_payable(asset)
	}

	fn max_provider_share(asset: AssetId) -> sp_runtime::Perbill {
		Self::max_provider_share(asset)
	}
}
