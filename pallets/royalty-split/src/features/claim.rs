//! Claiming earnings: owner credits plus the contributor share, paid from the pot.

use frame_support::{
	ensure,
	traits::{fungible::Mutate, tokens::Preservation, Get},
};
use lineage_primitives::{AssetId, AssetInspect, AssetRequirement};
use sp_core::U256;
use sp_runtime::{
	traits::{CheckedSub, Saturating, Zero},
	DispatchError, SaturatedConversion,
};

use crate::{
	BalanceOf, ClaimCursor, Config, Earning, Earnings, Error, Event, Ledgers, Pallet, ACC_SCALE,
};

/// What a claim from one asset would pay, and the entry left behind.
pub(crate) struct PlannedClaim<Balance> {
	pub as_owner: Balance,
	pub as_contributor: Balance,
	pub earning_after: Earning<Balance>,
}

impl<T: Config> Pallet<T> {
	/// What `who` can claim from `asset_id` now (ignoring whether it is frozen).
	pub(crate) fn plan_claim(who: &T::AccountId, asset_id: AssetId) -> PlannedClaim<BalanceOf<T>> {
		let earning = Earnings::<T>::get(who, asset_id).unwrap_or_default();
		let acc = Ledgers::<T>::get(asset_id).map(|l| l.acc_per_point).unwrap_or_default();
		let pending = Self::pending_scaled(&earning, Self::points(asset_id, who), acc);
		let scale = U256::from(ACC_SCALE);
		let whole = pending / scale;
		// A contributor's share is bounded by the pool, a balance: `whole` fits.
		let as_contributor: BalanceOf<T> =
			whole.min(U256::from(u128::MAX)).low_u128().saturated_into();
		let earning_after = Earning {
			as_owner: Zero::zero(),
			contributor_scaled: pending.saturating_sub(whole.saturating_mul(scale)),
			checkpoint: acc,
		};
		PlannedClaim { as_owner: earning.as_owner, as_contributor, earning_after }
	}

	/// Pay `who` everything `asset_id` owes them. Returns what was paid.
	pub fn do_claim(who: &T::AccountId, asset_id: AssetId) -> Result<BalanceOf<T>, DispatchError> {
		T::Assets::ensure_usable(asset_id, AssetRequirement::NotFrozen)
			.map_err(Error::<T>::from)?;
		let plan = Self::plan_claim(who, asset_id);
		let total = plan.as_owner.saturating_add(plan.as_contributor);
		ensure!(!total.is_zero(), Error::<T>::NothingToClaim);

		let mut ledger = Ledgers::<T>::get(asset_id).unwrap_or_default();
		// Contributor shares add up to at most the pool: this fails only on a broken ledger.
		ledger.pool_unclaimed = ledger
			.pool_unclaimed
			.checked_sub(&plan.as_contributor)
			.ok_or(Error::<T>::Overflow)?;
		T::Currency::transfer(&Self::pot(), who, total, Preservation::Preserve)?;
		Ledgers::<T>::insert(asset_id, ledger);

		let after = plan.earning_after;
		if after.contributor_scaled.is_zero() && Self::points(asset_id, who) == 0 {
			Earnings::<T>::remove(who, asset_id);
		} else {
			Earnings::<T>::insert(who, asset_id, after);
		}
		Self::deposit_event(Event::Claimed {
			who: who.clone(),
			asset_id,
			as_owner: plan.as_owner,
			as_contributor: plan.as_contributor,
		});
		Ok(total)
	}

	/// Claim from each of `who`'s assets that owes something and is not frozen, visiting at
	/// most `MaxClaimAll` entries from where the last call stopped (`ClaimCursor`), so calling
	/// again reaches the rest; after the last entry the next call starts over. Fails with
	/// `NothingToClaim` only when one call looked at every entry and none owed anything (with
	/// more entries than that, a call that pays nothing still moves the cursor on, so it must
	/// succeed to keep that progress). Returns how many entries were visited.
	pub fn do_claim_all(who: &T::AccountId) -> Result<u32, DispatchError> {
		let cursor = ClaimCursor::<T>::get(who);
		let (assets, more_after) =
			Self::earnings_window(who, cursor, T::MaxClaimAll::get() as usize);
		let visited = assets.len() as u32;
		let mut paid_any = false;
		for asset_id in assets.iter().copied() {
			let claimable = T::Assets::ensure_usable(asset_id, AssetRequirement::NotFrozen).is_ok() &&
				{
					let plan = Self::plan_claim(who, asset_id);
					!plan.as_owner.saturating_add(plan.as_contributor).is_zero()
				};
			if claimable {
				Self::do_claim(who, asset_id)?;
				paid_any = true;
			}
		}
		let whole_map_seen = cursor.is_none() && !more_after;
		ensure!(paid_any || !whole_map_seen, Error::<T>::NothingToClaim);
		// `do_claim` may have removed emptied entries; the cursor is an asset id, which
		// `iter_key_prefix_from` resumes after whether or not its entry still exists.
		match (more_after, assets.last()) {
			(true, Some(last)) => ClaimCursor::<T>::insert(who, last),
			_ => ClaimCursor::<T>::remove(who),
		}
		Ok(visited)
	}
}
