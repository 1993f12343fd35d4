//! The traits other pallets use (`RevenueSink`, `OnPointsChanged`, `EarningsInspect`), the
//! runtime-API readers, and the invariants `try_state` checks.

use alloc::vec::Vec;
use frame_support::traits::{fungible::Inspect, Get};
use lineage_primitives::{
	runtime_api::ClaimableView, AssetId, AssetInspect, AssetStatus, EarningsInspect, OnPointsChanged,
	RevenueSink, RevenueSummary,
};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError,
};

use crate::{BalanceOf, Config, Earnings, Ledgers, Pallet};

impl<T: Config> OnPointsChanged<T::AccountId> for Pallet<T> {
	fn on_points_changed(asset: AssetId, who: &T::AccountId, before: u128, _after: u128, _total_before: u128) {
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

	fn can_pay(asset: AssetId) -> Result<(), DispatchError> {
		Self::ensure_payable(asset)
	}
}

impl<T: Config> Pallet<T> {
	/// What `who` can claim, per asset (at most `MaxClaimAll` entries, in storage order).
	pub fn claimable(who: &T::AccountId) -> Vec<ClaimableView<BalanceOf<T>>> {
		Earnings::<T>::iter_key_prefix(who)
			.take(T::MaxClaimAll::get() as usize)
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
			.collect()
	}

	/// What the pot holds beyond its existential deposit and everything it owes (stray
	/// transfers into the pot); zero when the books are exact.
	pub fn pot_surplus() -> Result<BalanceOf<T>, &'static str> {
		let owed = Self::total_owed();
		let available = T::Currency::balance(&Self::pot())
			.checked_sub(&T::Currency::minimum_balance())
			.ok_or("the pot fell below the existential deposit")?;
		available.checked_sub(&owed).ok_or("the pot holds less than it owes")
	}

	/// Everything the pot owes: owner credits plus every asset's unclaimed pool.
	fn total_owed() -> BalanceOf<T> {
		let owners = Earnings::<T>::iter_values()
			.fold(BalanceOf::<T>::zero(), |acc, e| acc.saturating_add(e.as_owner));
		Ledgers::<T>::iter_values().fold(owners, |acc, l| acc.saturating_add(l.pool_unclaimed))
	}

	/// The invariants:
	/// - the pot holds at least its existential deposit plus everything it owes (exactly that,
	///   unless someone transferred into it directly);
	/// - per asset, what its contributors could claim now adds up to at most its unclaimed pool;
	/// - no entry is checkpointed beyond its asset's accumulator.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use sp_core::U256;
		Self::pot_surplus()?;
		let scale = U256::from(crate::ACC_SCALE);
		let mut pending: alloc::collections::BTreeMap<AssetId, U256> = Default::default();
		for (who, asset, earning) in Earnings::<T>::iter() {
			let acc = Ledgers::<T>::get(asset).map(|l| l.acc_per_point).unwrap_or_default();
			frame_support::ensure!(earning.checkpoint <= acc, "an entry is checkpointed beyond its asset");
			let scaled = Self::pending_scaled(&earning, Self::points(asset, &who), acc);
			let entry = pending.entry(asset).or_default();
			*entry = entry.saturating_add(scaled / scale);
		}
		for (asset, owed) in pending {
			let pool = Ledgers::<T>::get(asset).map(|l| l.pool_unclaimed).unwrap_or_default();
			frame_support::ensure!(
				owed <= crate::features::split::wide(pool),
				"contributors could claim more than their asset's pool holds"
			);
		}
		Ok(())
	}
}

use sp_runtime::traits::CheckedSub;
