//! An asset's life after registration: ownership, URI, retirement, freezing.

use frame_support::{ensure, traits::Consideration};
use lineage_primitives::{check_owner, held_by_ticket, AssetId, AssetRequirement, AssetStatus};
use sp_runtime::{traits::Zero, DispatchResult};

use lineage_primitives::ContentHash;

use crate::{
	AssetByHash, AssetRecord, Assets, Config, Error, Event, OwnershipOffers, Pallet, ReasonOf,
	UriOf,
};

impl<T: Config> Pallet<T> {
	/// The record of `asset_id` if `who` owns it and it meets `requirement`.
	pub(crate) fn owned(
		who: &T::AccountId,
		asset_id: AssetId,
		requirement: AssetRequirement,
	) -> Result<AssetRecord<T>, Error<T>> {
		let record = Assets::<T>::get(asset_id).ok_or(Error::<T>::UnknownAsset)?;
		check_owner(&record.owner, record.status, who, requirement)?;
		Ok(record)
	}

	/// Replace the URI of `asset_id`, adjusting the byte deposit.
	pub fn do_set_uri(who: &T::AccountId, asset_id: AssetId, uri: UriOf<T>) -> DispatchResult {
		let mut record = Self::owned(who, asset_id, AssetRequirement::NotRetired)?;
		// Only a retired record has no ticket, and `owned` refused that.
		let ticket = record.deposit.take().ok_or(Error::<T>::AssetIsRetired)?;
		record.deposit =
			Some(Self::resize_asset_ticket(who, ticket, uri.len(), record.parents.len())?);
		record.uri = uri.clone();
		Assets::<T>::insert(asset_id, record);
		Self::deposit_event(Event::UriSet { asset_id, uri: uri.into_inner() });
		Ok(())
	}

	/// Retire `asset_id` and return its deposit. A frozen asset cannot be retired.
	pub fn do_retire(who: &T::AccountId, asset_id: AssetId) -> DispatchResult {
		let mut record = Self::owned(who, asset_id, AssetRequirement::Active)?;
		let mut returned = Zero::zero();
		if let Some(ticket) = record.deposit.take() {
			returned = held_by_ticket(&ticket).unwrap_or_default();
			ticket.drop(who)?;
		}
		record.status = AssetStatus::Retired;
		Assets::<T>::insert(asset_id, record);
		OwnershipOffers::<T>::remove(asset_id);
		Self::deposit_event(Event::AssetRetired { asset_id, deposit_returned: returned });
		Ok(())
	}

	/// Freeze an active asset with a reason.
	pub fn do_freeze(asset_id: AssetId, reason: ReasonOf<T>) -> DispatchResult {
		Assets::<T>::try_mutate(asset_id, |maybe| {
			let record = maybe.as_mut().ok_or(Error::<T>::UnknownAsset)?;
			AssetRequirement::Active.check(record.status).map_err(Error::<T>::from)?;
			record.status = AssetStatus::Frozen;
			record.freeze_reason = Some(reason.clone());
			Ok::<_, Error<T>>(())
		})?;
		Self::deposit_event(Event::AssetFrozen { asset_id, reason: reason.into_inner() });
		Ok(())
	}

	/// Point `content_hash`'s index at `asset_id`, which must carry that hash (governance, after
	/// a dispute over who registered it first).
	pub fn do_reassign_hash(content_hash: ContentHash, asset_id: AssetId) -> DispatchResult {
		let record = Assets::<T>::get(asset_id).ok_or(Error::<T>::UnknownAsset)?;
		ensure!(record.content_hash == content_hash, Error::<T>::HashMismatch);
		let from = AssetByHash::<T>::get(content_hash).ok_or(Error::<T>::UnknownAsset)?;
		ensure!(from != asset_id, Error::<T>::AlreadyIndexed);
		AssetByHash::<T>::insert(content_hash, asset_id);
		Self::deposit_event(Event::ContentHashReassigned { content_hash, from, to: asset_id });
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
