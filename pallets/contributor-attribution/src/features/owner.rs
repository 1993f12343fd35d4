//! What an asset's owner does: record by hand, set the pool, seal, reclaim deposits.

use frame_support::{
	ensure,
	traits::{Consideration, Footprint},
};
use lineage_primitives::{
	held_by_ticket, AssetId, AssetInspect, AssetRequirement, AssetStatus, ContributionKind,
	ContributionSource, EarningsInspect, Points,
};
use sp_runtime::{DispatchError, DispatchResult, Perbill};

use crate::{
	Config, ContributorPools, Deposits, Error, Event, Pallet, PoolFloors, RecordDeposit,
	RecordTicketOf, Sealed,
};

impl<T: Config> Pallet<T> {
	/// Check `who` owns `asset_id` and it is not retired.
	fn ensure_live_owner(who: &T::AccountId, asset_id: AssetId) -> DispatchResult {
		T::Assets::ensure_owner(asset_id, who, AssetRequirement::NotRetired)
			.map_err(Error::<T>::from)?;
		Ok(())
	}

	/// The footprint of `records` contributor records.
	pub fn records_footprint(records: u32) -> Footprint {
		Footprint::from_parts(records as usize, 0)
	}

	/// Hold the deposit for `records` records from `who`, or fail with `InsufficientDeposit`.
	fn record_ticket(who: &T::AccountId, records: u32) -> Result<RecordTicketOf<T>, DispatchError> {
		RecordTicketOf::<T>::new(who, Self::records_footprint(records))
			.map_err(|_| Error::<T>::InsufficientDeposit.into())
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
			let deposit = match Deposits::<T>::take(asset_id, who) {
				None => RecordDeposit { records: 1, ticket: Self::record_ticket(who, 1)? },
				Some(RecordDeposit { records, ticket }) => {
					// At most the asset's contributor count, itself a u32.
					let records = records.saturating_add(1);
					let ticket = ticket
						.update(who, Self::records_footprint(records))
						.map_err(|_| Error::<T>::InsufficientDeposit)?;
					RecordDeposit { records, ticket }
				},
			};
			Deposits::<T>::insert(asset_id, who, deposit);
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
		let deposit = Deposits::<T>::take(asset_id, who).ok_or(Error::<T>::NoDeposit)?;
		let amount = held_by_ticket(&deposit.ticket).unwrap_or_default();
		deposit.ticket.drop(who)?;
		Self::deposit_event(Event::DepositReclaimed { asset_id, who: who.clone(), amount });
		Ok(())
	}
}
