//! An asset's life after registration: ownership, URI, retirement, freezing.

use alloc::vec::Vec;
use frame_support::ensure;
use lineage_primitives::{AssetId, AssetStatus};
use sp_runtime::{traits::Zero, DispatchResult};

use crate::{AssetRecord, Assets, Config, Error, Event, Pallet, ReasonOf, UriOf};

impl<T: Config> Pallet<T> {
	/// The record of `asset_id` if `who` owns it and it is not retired.
	fn owned_live(who: &T::AccountId, asset_id: AssetId) -> Result<AssetRecord<T>, Error<T>> {
		let record = Assets::<T>::get(asset_id).ok_or(Error::<T>::UnknownAsset)?;
		ensure!(&record.owner == who, Error::<T>::NotOwner);
		ensure!(record.status != AssetStatus::Retired, Error::<T>::AssetRetired);
		Ok(record)
	}

	/// Hand `asset_id` from `who` to `new_owner`, moving the deposit.
	pub fn do_transfer_ownership(
		who: &T::AccountId,
		asset_id: AssetId,
		new_owner: T::AccountId,
	) -> DispatchResult {
		let mut record = Self::owned_live(who, asset_id)?;
		ensure!(&new_owner != who, Error::<T>::AlreadyOwner);
		Self::rehold_deposit(who, record.deposit, &new_owner, record.deposit)?;
		record.owner = new_owner.clone();
		Assets::<T>::insert(asset_id, record);
		Self::deposit_event(Event::OwnershipTransferred {
			asset_id,
			from: who.clone(),
			to: new_owner,
		});
		Ok(())
	}

	/// Replace the URI of `asset_id`, adjusting the byte deposit.
	pub fn do_set_uri(who: &T::AccountId, asset_id: AssetId, uri: Vec<u8>) -> DispatchResult {
		let mut record = Self::owned_live(who, asset_id)?;
		let uri: UriOf<T> = uri.try_into().map_err(|_| Error::<T>::UriTooLong)?;
		let deposit = Self::deposit_for(uri.len(), record.parents.len());
		Self::rehold_deposit(who, record.deposit, who, deposit)?;
		record.deposit = deposit;
		record.uri = uri.clone();
		Assets::<T>::insert(asset_id, record);
		Self::deposit_event(Event::UriSet { asset_id, uri: uri.into_inner() });
		Ok(())
	}

	/// Retire `asset_id` and return its deposit. A frozen asset cannot be retired.
	pub fn do_retire(who: &T::AccountId, asset_id: AssetId) -> DispatchResult {
		let mut record = Self::owned_live(who, asset_id)?;
		ensure!(record.status != AssetStatus::Frozen, Error::<T>::AssetFrozen);
		let returned = record.deposit;
		Self::release_deposit(who, returned)?;
		record.deposit = Zero::zero();
		record.status = AssetStatus::Retired;
		Assets::<T>::insert(asset_id, record);
		Self::deposit_event(Event::AssetRetired { asset_id, deposit_returned: returned });
		Ok(())
	}

	/// Freeze an active asset with a reason.
	pub fn do_freeze(asset_id: AssetId, reason: Vec<u8>) -> DispatchResult {
		let reason: ReasonOf<T> = reason.try_into().map_err(|_| Error::<T>::ReasonTooLong)?;
		Assets::<T>::try_mutate(asset_id, |maybe| {
			let record = maybe.as_mut().ok_or(Error::<T>::UnknownAsset)?;
			ensure!(record.status != AssetStatus::Retired, Error::<T>::AssetRetired);
			ensure!(record.status != AssetStatus::Frozen, Error::<T>::AssetFrozen);
			record.status = AssetStatus::Frozen;
			record.freeze_reason = Some(reason.clone());
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::AssetFrozen { asset_id, reason: reason.into_inner() });
		Ok(())
	}

	/// Unfreeze a frozen asset.
	pub fn do_unfreeze(asset_id: AssetId) -> DispatchResult {
		Assets::<T>::try_mutate(asset_id, |maybe| {
			let record = maybe.as_mut().ok_or(Error::<T>::UnknownAsset)?;
			ensure!(record.status == AssetStatus::Frozen, Error::<T>::NotFrozen);
			record.status = AssetStatus::Active;
			record.freeze_reason = None;
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::AssetUnfrozen { asset_id });
		Ok(())
	}
}
