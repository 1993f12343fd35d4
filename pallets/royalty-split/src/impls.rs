//! The traits other pallets use (`RevenueSink`, `OnPointsChanged`, `EarningsInspect`), the
//! runtime-API readers, and the invariants `try_state` checks.

use alloc::vec::Vec;
use frame_support::traits::{fungible::Inspect, Get};
use lineage_primitives::{
	runtime_api::ClaimableView, AssetId, AssetInspect, AssetStatus, EarningsInspect,
	OnPointsChanged, RevenueSink, RevenueSummary,
};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError,
};

use crate::{BalanceOf, Config, Earnings, Ledgers, Pallet};

impl<T: Config> OnPointsChanged<T::AccountId> for Pallet<T> {
	fn on_points_changed(
		asset: AssetId,
		who: &T::AccountId,
		before: u128,
		_after: u128,
		_total_before: u128,
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
	/// - the pot's spendable (free, kept alive) balance covers everything claimable;
	/// - the pot holds at least its existential deposit plus everything it owes (exactly that,
	///   unless someone transferred into it directly);
	/// - per asset, what its contributors could claim now adds up to at most its unclaimed pool;
	/// - no entry is checkpointed beyond its asset's accumulator.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::traits::tokens::{Fortitude, Preservation};
		use sp_core::U256;
		Self::pot_surplus()?;
		// Nobody can place a hold on the pot or otherwise make its claims fail: what it can pay
		// out while staying alive covers everything claimable.
		frame_support::ensure!(
			T::Currency::reducible_balance(&Self::pot(), Preservation::Preserve, Fortitude::Polite) >=
				Self::total_owed(),
			"the pot's spendable balance does not cover everything claimable"
		);
		let scale = U256::from(crate::ACC_SCALE);
		let mut pending: alloc::collections::BTreeMap<AssetId, U256> = Default::default();
		for (who, asset, earning) in Earnings::<T>::iter() {
			let acc = Ledgers::<T>::get(asset).map(|l| l.acc_per_point).unwrap_or_default();
			frame_support::ensure!(
				earning.checkpoint <= acc,
				"an entry is checkpointed beyond its asset"
			);
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
