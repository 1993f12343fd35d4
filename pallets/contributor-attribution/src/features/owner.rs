//! What an asset's owner does: record by hand, set the pool, seal, reclaim deposits.

use frame_support::{
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use lineage_primitives::{
	AssetId, AssetInspect, AssetRequirement, AssetStatus, ContributionKind, ContributionSource,
	EarningsInspect, Points,
};
use sp_runtime::{traits::Saturating, DispatchResult, Perbill};

use crate::{
	Config, ContributorPools, Deposits, Error, Event, HoldReason, Pallet, PoolFloors, Sealed,
};

impl<T: Config> Pallet<T> {
	/// Check `who` owns `asset_id` and it is not retired.
	fn ensure_live_owner(who: &T::AccountId, asset_id: AssetId) -> DispatchResult {
		T::Assets::ensure_owner(asset_id, who, AssetRequirement::NotRetired)
			.map_err(Error::<T>::from)?;
		Ok(())
	}

	/// The owner records a contribution; a new record holds a deposit from the owner.
	pub fn do_owner_record(
		who: &T::AccountId,
		asset_id: AssetId,
		contributor: T::AccountId,
		kind: ContributionKind,
		points: Points,
	) -> DispatchResult {
		Self::ensure_live_owner(who, asset_id)?;
		ensure!(!Sealed::<T>::contains_key(asset_id), Error::<T>::ContributorsSealed);
		let plan = Self::plan_record(asset_id, &contributor, kind, points)?;
		if plan.is_new {
			let deposit = T::ContributorDeposit::get();
			T::Currency::hold(&HoldReason::ContributorDeposit.into(), who, deposit)
				.map_err(|_| Error::<T>::InsufficientDeposit)?;
			Deposits::<T>::mutate(asset_id, who, |d| {
				*d = Some(d.unwrap_or_default().saturating_add(deposit))
			});
		}
		Self::apply_record(asset_id, &contributor, kind, points, ContributionSource::Owner, plan);
		Ok(())
	}

	/// Set the contributor pool; lowering it is refused once the asset has earned.
	pub fn do_set_pool(who: &T::AccountId, asset_id: AssetId, pool: Perbill) -> DispatchResult {
		Self::ensure_live_owner(who, asset_id)?;
		let current = ContributorPools::<T>::get(asset_id);
		ensure!(pool >= PoolFloors::<T>::get(asset_id), Error::<T>::PoolBelowFloor);
		ensure!(
			pool >= current || !T::Earnings::has_earned(asset_id),
			Error::<T>::PoolCannotDecrease
		);
		ContributorPools::<T>::insert(asset_id, pool);
		Self::deposit_event(Event::ContributorPoolSet { asset_id, pool });
		Ok(())
	}

	/// End manual recording.
	pub fn do_seal(who: &T::AccountId, asset_id: AssetId) -> DispatchResult {
		Self::ensure_live_owner(who, asset_id)?;
		ensure!(!Sealed::<T>::contains_key(asset_id), Error::<T>::AlreadySealed);
		Sealed::<T>::insert(asset_id, ());
		Self::deposit_event(Event::AssetSealed { asset_id });
		Ok(())
	}

	/// Seal `asset_id`'s contributors on behalf of the pallet that credited them: the pool
	/// becomes `pool_floor` (or stays higher) and never falls below it; no manual recording.
	pub fn do_seal_contributors(asset_id: AssetId, pool_floor: Perbill) -> DispatchResult {
		ensure!(T::Assets::status(asset_id).is_some(), Error::<T>::UnknownAsset);
		let pool = ContributorPools::<T>::get(asset_id).max(pool_floor);
		ContributorPools::<T>::insert(asset_id, pool);
		PoolFloors::<T>::insert(asset_id, pool_floor);
		Self::deposit_event(Event::ContributorPoolSet { asset_id, pool });
		if !Sealed::<T>::contains_key(asset_id) {
			Sealed::<T>::insert(asset_id, ());
			Self::deposit_event(Event::AssetSealed { asset_id });
		}
		Ok(())
	}

	/// Return `who`'s record deposits for a retired asset.
	pub fn do_reclaim_deposit(who: &T::AccountId, asset_id: AssetId) -> DispatchResult {
		let status = T::Assets::status(asset_id).ok_or(Error::<T>::UnknownAsset)?;
		ensure!(status == AssetStatus::Retired, Error::<T>::AssetNotRetired);
		let amount = Deposits::<T>::get(asset_id, who).ok_or(Error::<T>::NoDeposit)?;
		T::Currency::release(
			&HoldReason::ContributorDeposit.into(),
			who,
			amount,
			Precision::BestEffort,
		)?;
		Deposits::<T>::remove(asset_id, who);
		Self::deposit_event(Event::DepositReclaimed { asset_id, who: who.clone(), amount });
		Ok(())
	}
}
