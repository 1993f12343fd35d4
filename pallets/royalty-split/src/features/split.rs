//! The arithmetic of a split: one place for every rounding rule. Pure reads, no writes, so the
//! `quote` runtime API and a real payment compute exactly the same numbers.

use alloc::vec::Vec;
use frame_support::{ensure, traits::Get};
use lineage_primitives::{
	AssetCredit, AssetId, AssetInspect, AssetRequirement, ContributorLedger, RevenueBreakdown,
};
use sp_core::U256;
use sp_runtime::{
	traits::{CheckedSub, Saturating, UniqueSaturatedInto, Zero},
	DispatchError, Perbill, SaturatedConversion,
};

use crate::{BalanceOf, Config, Error, Pallet, PlannedCredit, PlannedPayment, ACC_SCALE};

/// A balance as a 256-bit integer.
pub(crate) fn wide<B: UniqueSaturatedInto<u128>>(b: B) -> U256 {
	U256::from(b.unique_saturated_into())
}

impl<T: Config> Pallet<T> {
	/// Whether `asset_id` can be paid into now: it exists and is active.
	pub fn ensure_payable(asset_id: AssetId) -> Result<(), DispatchError> {
		T::Assets::ensure_usable(asset_id, AssetRequirement::Active).map_err(Error::<T>::from)?;
		Ok(())
	}

	/// Split `amount` credited to `asset_id` between its contributors and its owner.
	///
	/// The pool share floors; the accumulator increment is `floor(pool × 10^18 / points)`; the
	/// contributors are credited `ceil(increment × points / 10^18)` (never more than the pool)
	/// and the owner the rest. No points: all goes to the owner.
	pub(crate) fn plan_credit(
		asset_id: AssetId,
		amount: BalanceOf<T>,
	) -> PlannedCredit<BalanceOf<T>> {
		let total_points = T::Contributors::total_points(asset_id);
		let pool_share = T::Contributors::contributor_pool(asset_id);
		let owner_only = PlannedCredit {
			credit: AssetCredit {
				asset: asset_id,
				amount,
				to_contributors: Zero::zero(),
				to_owner: amount,
			},
			increment: U256::zero(),
		};
		if total_points == 0 || pool_share.is_zero() {
			return owner_only;
		}
		let pool = wide(pool_share.mul_floor(amount));
		let points = U256::from(total_points);
		let scale = U256::from(ACC_SCALE);
		let increment = pool.saturating_mul(scale) / points;
		if increment.is_zero() {
			return owner_only;
		}
		let scaled = increment.saturating_mul(points);
		let reserved = (scaled / scale).saturating_add(if (scaled % scale).is_zero() {
			U256::zero()
		} else {
			U256::one()
		});
		// `increment × points ≤ pool × scale`, so `reserved ≤ pool ≤ amount`.
		let to_contributors: BalanceOf<T> = reserved.min(pool).low_u128().saturated_into();
		let to_owner = amount.saturating_sub(to_contributors);
		PlannedCredit {
			credit: AssetCredit { asset: asset_id, amount, to_contributors, to_owner },
			increment,
		}
	}

	/// The largest provider share a call of `asset_id` may carry: what its ancestors leave.
	pub fn max_provider_share(asset_id: AssetId) -> Perbill {
		let stack = T::Assets::royalty_table(asset_id)
			.iter()
			.fold(Perbill::zero(), |acc, (_, share)| acc.saturating_add(*share));
		Perbill::one().saturating_sub(stack)
	}

	/// Plan a payment of `amount` into `asset_id` for a call whose provider takes
	/// `provider_share` (zero for a plain payment): the protocol fee, the provider's part, then
	/// the asset's own credit, then each ancestor's. Ancestors are owed their share of the whole
	/// amount after the fee; the provider's part (`provider_share` of the same, floored) comes
	/// out of what the asset keeps. Checks everything a payment checks except the payer's funds.
	pub(crate) fn plan_payment(
		asset_id: AssetId,
		amount: BalanceOf<T>,
		provider_share: Perbill,
	) -> Result<PlannedPayment<BalanceOf<T>>, DispatchError> {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		Self::ensure_payable(asset_id)?;
		let table = T::Assets::royalty_table(asset_id);
		ensure!(table.len() <= T::Assets::max_ancestors() as usize, Error::<T>::TooManyAncestors);

		let protocol_fee = T::ProtocolFee::get().mul_floor(amount);
		let net = amount.saturating_sub(protocol_fee);
		let ancestor_credits: Vec<(AssetId, BalanceOf<T>)> = table
			.iter()
			.map(|(ancestor, share): &(AssetId, Perbill)| (*ancestor, share.mul_floor(net)))
			.collect();
		let to_ancestors = ancestor_credits
			.iter()
			.fold(BalanceOf::<T>::zero(), |acc, (_, c)| acc.saturating_add(*c));
		ensure!(
			provider_share <= Self::max_provider_share(asset_id),
			Error::<T>::ProviderShareTooHigh
		);
		let to_provider = provider_share.mul_floor(net);
		// Shares of `net` that add up to at most 100% floor to at most `net`: this never fails;
		// if it did, refuse.
		let own = net
			.checked_sub(&to_ancestors)
			.and_then(|rest| rest.checked_sub(&to_provider))
			.ok_or(Error::<T>::ProviderShareTooHigh)?;

		let mut credits = Vec::with_capacity(ancestor_credits.len().saturating_add(1));
		credits.push(Self::plan_credit(asset_id, own));
		for (ancestor, credit) in ancestor_credits {
			credits.push(Self::plan_credit(ancestor, credit));
		}
		Ok(PlannedPayment { protocol_fee, to_provider, credits })
	}

	/// The exact breakdown a payment of `amount` into `asset_id` would make now.
	pub fn quote(
		asset_id: AssetId,
		amount: BalanceOf<T>,
	) -> Result<RevenueBreakdown<BalanceOf<T>>, DispatchError> {
		Self::quote_call(asset_id, amount, Perbill::zero())
	}

	/// The exact breakdown of a call of `asset_id` priced `amount` whose provider takes
	/// `provider_share`.
	pub fn quote_call(
		asset_id: AssetId,
		amount: BalanceOf<T>,
		provider_share: Perbill,
	) -> Result<RevenueBreakdown<BalanceOf<T>>, DispatchError> {
		let plan = Self::plan_payment(asset_id, amount, provider_share)?;
		Ok(RevenueBreakdown {
			asset: asset_id,
			amount,
			protocol_fee: plan.protocol_fee,
			to_provider: plan.to_provider,
			credits: plan.credits.into_iter().map(|p| p.credit).collect(),
		})
	}
}
