//! Deposits: what an asset record costs its owner, held under `HoldReason::AssetDeposit`.

use frame_support::traits::{fungible::MutateHold, tokens::Precision, Get};
use sp_runtime::{traits::Saturating, DispatchResult};

use crate::{BalanceOf, Config, Error, HoldReason, Pallet};

impl<T: Config> Pallet<T> {
	/// The deposit for a record with `uri_len` bytes of URI and `parents` parent links.
	pub fn deposit_for(uri_len: usize, parents: usize) -> BalanceOf<T> {
		let bytes: BalanceOf<T> = (uri_len as u32).into();
		let links: BalanceOf<T> = (parents as u32).into();
		T::AssetDeposit::get()
			.saturating_add(T::ByteDeposit::get().saturating_mul(bytes))
			.saturating_add(T::ParentDeposit::get().saturating_mul(links))
	}

	/// Hold `amount` from `who` for `reason`, or fail with `InsufficientDeposit`.
	pub(crate) fn hold_as(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		T::Currency::hold(&reason.into(), who, amount)
			.map_err(|_| Error::<T>::InsufficientDeposit.into())
	}

	/// Release up to `amount` of what `who` holds for `reason`.
	pub(crate) fn release_as(
		reason: HoldReason,
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		T::Currency::release(&reason.into(), who, amount, Precision::BestEffort).map(|_| ())
	}

	/// Hold an asset deposit of `amount` from `who`.
	pub(crate) fn hold_deposit(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		Self::hold_as(HoldReason::AssetDeposit, who, amount)
	}

	/// Release up to `amount` of `who`'s asset deposit.
	pub(crate) fn release_deposit(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		Self::release_as(HoldReason::AssetDeposit, who, amount)
	}

	/// Move a deposit from `old` to `new` holder, or from one amount to another for the same
	/// holder: holds the new amount first so a failure changes nothing.
	pub(crate) fn rehold_deposit(
		old: &T::AccountId,
		old_amount: BalanceOf<T>,
		new: &T::AccountId,
		new_amount: BalanceOf<T>,
	) -> DispatchResult {
		if old == new {
			if new_amount > old_amount {
				Self::hold_deposit(new, new_amount.saturating_sub(old_amount))
			} else {
				Self::release_deposit(old, old_amount.saturating_sub(new_amount))
			}
		} else {
			Self::hold_deposit(new, new_amount)?;
			Self::release_deposit(old, old_amount)
		}
	}
}
