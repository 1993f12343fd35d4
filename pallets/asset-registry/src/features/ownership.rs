//! Ownership in two steps: the owner offers, the recipient accepts and holds the deposit itself.
//! Nobody can place a hold on an account that did not sign for it.

use frame_support::{ensure, traits::Consideration};
use lineage_primitives::{AssetId, AssetRequirement};
use sp_runtime::DispatchResult;

use crate::{Assets, Config, Error, Event, OwnershipOffers, Pallet};

impl<T: Config> Pallet<T> {
	/// Offer `asset_id` from its owner `who` to `new_owner`, replacing any earlier offer.
	pub fn do_offer_ownership(
		who: &T::AccountId,
		asset_id: AssetId,
		new_owner: T::AccountId,
	) -> DispatchResult {
		Self::owned(who, asset_id, AssetRequirement::NotRetired)?;
		ensure!(&new_owner != who, Error::<T>::AlreadyOwner);
		OwnershipOffers::<T>::insert(asset_id, new_owner.clone());
		Self::deposit_event(Event::OwnershipOffered {
			asset_id,
			owner: who.clone(),
			to: new_owner,
		});
		Ok(())
	}

	/// `who` accepts `asset_id`, offered to it: it holds the deposit, the old owner's is released.
	pub fn do_accept_ownership(who: &T::AccountId, asset_id: AssetId) -> DispatchResult {
		let offered_to = OwnershipOffers::<T>::get(asset_id).ok_or(Error::<T>::NoOwnershipOffer)?;
		ensure!(&offered_to == who, Error::<T>::NotOfferedToYou);
		let mut record = Assets::<T>::get(asset_id).ok_or(Error::<T>::UnknownAsset)?;
		let from = record.owner.clone();
		// The owner may have retired or lost it since the offer: check it is still transferable.
		Self::owned(&from, asset_id, AssetRequirement::NotRetired)?;
		// The new owner's hold first, so a failure changes nothing.
		let ticket = Self::asset_ticket(who, record.uri.len(), record.parents.len())?;
		if let Some(old) = record.deposit.replace(ticket) {
			old.drop(&from)?;
		}
		OwnershipOffers::<T>::remove(asset_id);
		record.owner = who.clone();
		Assets::<T>::insert(asset_id, record);
		Self::deposit_event(Event::OwnershipTransferred { asset_id, from, to: who.clone() });
		Ok(())
	}

	/// The owner `who` withdraws its pending offer of `asset_id`.
	pub fn do_withdraw_offer(who: &T::AccountId, asset_id: AssetId) -> DispatchResult {
		let record = Assets::<T>::get(asset_id).ok_or(Error::<T>::UnknownAsset)?;
		ensure!(&record.owner == who, Error::<T>::NotOwner);
		ensure!(OwnershipOffers::<T>::contains_key(asset_id), Error::<T>::NoOwnershipOffer);
		OwnershipOffers::<T>::remove(asset_id);
		Self::deposit_event(Event::OwnershipOfferWithdrawn { asset_id });
		Ok(())
	}
}
