//! Deposits: an asset record's and a registration commitment's, held as `Consideration` tickets
//! priced from the record's footprint (see `AssetDepositPriceOf` and `CommitmentDepositPriceOf`).

use frame_support::traits::{Consideration, Footprint};
use sp_runtime::{traits::Convert, DispatchError};

use crate::{
	AssetDepositPriceOf, AssetTicketOf, BalanceOf, CommitmentTicketOf, Config, Error, Pallet,
};

impl<T: Config> Pallet<T> {
	/// An asset record's footprint: `count` its parent links, `size` its URI's bytes.
	pub fn asset_footprint(uri_len: usize, parents: usize) -> Footprint {
		Footprint::from_parts(parents, uri_len)
	}

	/// The deposit for a record with `uri_len` bytes of URI and `parents` parent links.
	pub fn deposit_for(uri_len: usize, parents: usize) -> BalanceOf<T> {
		AssetDepositPriceOf::<T>::convert(Self::asset_footprint(uri_len, parents))
	}

	/// Hold the deposit for a record with `uri_len` bytes of URI and `parents` parent links from
	/// `who`, or fail with `InsufficientDeposit`.
	pub(crate) fn asset_ticket(
		who: &T::AccountId,
		uri_len: usize,
		parents: usize,
	) -> Result<AssetTicketOf<T>, DispatchError> {
		AssetTicketOf::<T>::new(who, Self::asset_footprint(uri_len, parents))
			.map_err(|_| Error::<T>::InsufficientDeposit.into())
	}

	/// Resize `who`'s `ticket` for a record with `uri_len` bytes of URI and `parents` parent
	/// links, holding more or releasing the difference; `InsufficientDeposit` if it cannot.
	pub(crate) fn resize_asset_ticket(
		who: &T::AccountId,
		ticket: AssetTicketOf<T>,
		uri_len: usize,
		parents: usize,
	) -> Result<AssetTicketOf<T>, DispatchError> {
		ticket
			.update(who, Self::asset_footprint(uri_len, parents))
			.map_err(|_| Error::<T>::InsufficientDeposit.into())
	}

	/// Hold a registration commitment's deposit from `who`, or fail with `InsufficientDeposit`.
	pub(crate) fn commitment_ticket(
		who: &T::AccountId,
	) -> Result<CommitmentTicketOf<T>, DispatchError> {
		CommitmentTicketOf::<T>::new(who, Footprint::from_parts(1, 0))
			.map_err(|_| Error::<T>::InsufficientDeposit.into())
	}
}
