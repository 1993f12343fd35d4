//! Opening a channel and topping it up.

use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		Consideration, Footprint, Get,
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use lineage_primitives::{AssetId, AssetInspect, AssetRequirement, ChannelId, OfferingInspect};
use sp_runtime::{
	traits::{AccountIdConversion, CheckedAdd, Saturating, Zero},
	DispatchError, DispatchResult,
};

use crate::{
	BalanceOf, Channel, ChannelCount, ChannelTicketOf, Channels, ChannelsOfCaller, ChannelsOfModel,
	Config, Error, Event, HoldReason, NextChannelId, Pallet,
};

impl<T: Config> Pallet<T> {
	/// The account claims pass through on their way into royalty-split: it holds exactly the
	/// existential deposit between extrinsics.
	pub fn settlement_account() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Endow the settlement account with the existential deposit if it lacks it (genesis).
	pub(crate) fn ensure_settlement_account() {
		let who = Self::settlement_account();
		let ed = T::Currency::minimum_balance();
		if T::Currency::balance(&who) < ed {
			let _ = T::Currency::set_balance(&who, ed);
		}
	}

	/// Check that `expires_at` is after now and within `MaxLifetime` of it.
	fn check_expiry(expires_at: BlockNumberFor<T>) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			expires_at > now && expires_at <= now.saturating_add(T::MaxLifetime::get()),
			Error::<T>::BadExpiry
		);
		Ok(())
	}

	/// Open a channel from `caller` to `model`; returns its id. Every check comes before a write.
	pub fn do_open(
		caller: &T::AccountId,
		model: AssetId,
		deposit: BalanceOf<T>,
		expires_at: BlockNumberFor<T>,
		terms: u32,
	) -> Result<ChannelId, DispatchError> {
		T::Assets::ensure_usable(model, AssetRequirement::Active).map_err(Error::<T>::from)?;
		let offering = T::Offerings::terms(model).ok_or(Error::<T>::NoOffering)?;
		ensure!(!offering.paused, Error::<T>::OfferingIsPaused);
		ensure!(offering.version == terms, Error::<T>::TermsChanged);
		ensure!(
			!deposit.is_zero() && deposit >= offering.price_per_call,
			Error::<T>::DepositBelowPrice
		);
		Self::check_expiry(expires_at)?;
		let count = ChannelCount::<T>::get(caller).unwrap_or(0);
		ensure!(count < T::MaxChannelsPerCaller::get(), Error::<T>::TooManyChannels);
		let id = NextChannelId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;

		T::Currency::hold(&HoldReason::ChannelFunds.into(), caller, deposit)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		let record = ChannelTicketOf::<T>::new(caller, Footprint::from_parts(1, 0))
			.map_err(|_| Error::<T>::InsufficientDeposit)?;
		NextChannelId::<T>::put(next);
		ChannelCount::<T>::insert(caller, count.saturating_add(1));
		ChannelsOfCaller::<T>::insert(caller, id, ());
		ChannelsOfModel::<T>::insert(model, id, ());
		Channels::<T>::insert(
			id,
			Channel {
				caller: caller.clone(),
				model,
				provider: offering.provider.clone(),
				price_per_call: offering.price_per_call,
				token_prices: offering.token_prices,
				provider_share: offering.provider_share,
				terms,
				deposit,
				claimed: Zero::zero(),
				claimed_calls: 0,
				receipts_root: lineage_primitives::receipts::empty_root(),
				opened_at: frame_system::Pallet::<T>::block_number(),
				expires_at,
				closing_until: None,
				record,
			},
		);
		Self::deposit_event(Event::ChannelOpened {
			channel: id,
			caller: caller.clone(),
			model,
			provider: offering.provider,
			price_per_call: offering.price_per_call,
			token_prices: offering.token_prices,
			deposit,
			expires_at,
		});
		Ok(id)
	}

	/// Add `amount` to `caller`'s channel and/or move its expiry to `expires_at`.
	pub fn do_top_up(
		caller: &T::AccountId,
		id: ChannelId,
		amount: BalanceOf<T>,
		expires_at: Option<BlockNumberFor<T>>,
	) -> DispatchResult {
		let mut channel = Channels::<T>::get(id).ok_or(Error::<T>::UnknownChannel)?;
		ensure!(&channel.caller == caller, Error::<T>::NotCaller);
		ensure!(channel.closing_until.is_none(), Error::<T>::ChannelClosing);
		let extends = expires_at.is_some_and(|at| at > channel.expires_at);
		ensure!(!amount.is_zero() || extends, Error::<T>::NothingToTopUp);
		if let Some(at) = expires_at {
			ensure!(at >= channel.expires_at, Error::<T>::BadExpiry);
			Self::check_expiry(at)?;
			channel.expires_at = at;
		}
		channel.deposit = channel.deposit.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		if !amount.is_zero() {
			T::Currency::hold(&HoldReason::ChannelFunds.into(), caller, amount)
				.map_err(|_| Error::<T>::InsufficientBalance)?;
		}
		Self::deposit_event(Event::ChannelToppedUp {
			channel: id,
			amount,
			deposit: channel.deposit,
			expires_at: channel.expires_at,
		});
		Channels::<T>::insert(id, channel);
		Ok(())
	}
}
