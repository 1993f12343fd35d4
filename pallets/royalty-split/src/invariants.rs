//! The invariants `try_state` checks after every test, in the fuzz driver and on `try-runtime`.

use crate::{BalanceOf, Config, Earnings, Ledgers, Pallet};
use frame_support::traits::fungible::Inspect;
use lineage_primitives::AssetId;
use sp_runtime::traits::{CheckedSub, Saturating, Zero};

impl<T: Config> Pallet<T> {
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
