//! Closing a channel: the caller's request, then the close that returns the rest.

use frame_support::{
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, Consideration, Get},
};
use lineage_primitives::{AssetInspect, AssetStatus, ChannelId};
use sp_runtime::{traits::Saturating, DispatchResult};

use crate::{
	ChannelCount, Channels, ChannelsOfCaller, ChannelsOfModel, Config, Error, Event, HoldReason,
	Pallet,
};

impl<T: Config> Pallet<T> {
	/// The caller asks to close `id`: the provider can claim for `ChallengePeriod` more blocks.
	pub fn do_request_close(caller: &T::AccountId, id: ChannelId) -> DispatchResult {
		let mut channel = Channels::<T>::get(id).ok_or(Error::<T>::UnknownChannel)?;
		ensure!(&channel.caller == caller, Error::<T>::NotCaller);
		ensure!(channel.closing_until.is_none(), Error::<T>::AlreadyClosing);
		let now = frame_system::Pallet::<T>::block_number();
		let until = now.saturating_add(T::ChallengePeriod::get());
		channel.closing_until = Some(until);
		Channels::<T>::insert(id, channel);
		Self::deposit_event(Event::ChannelCloseRequested { channel: id, claimable_until: until });
		Ok(())
	}

	/// Close `id` as `who`: the provider any time; anyone once the channel can no longer be
	/// claimed (a requested close's challenge period, or expiry plus the challenge period, is
	/// over). What was not claimed and the record's deposit go back to the caller.
	pub fn do_close(who: &T::AccountId, id: ChannelId) -> DispatchResult {
		let channel = Channels::<T>::get(id).ok_or(Error::<T>::UnknownChannel)?;
		let provider = who == &channel.provider;
		ensure!(provider || !Self::claimable_now(&channel), Error::<T>::CloseTooEarly);
		// While governance has the model frozen its provider cannot claim, so no one else may
		// close the channel under it: the vouchers it holds stay claimable until it is
		// unfrozen (or retired, which ends the model's revenue for good).
		ensure!(
			provider || T::Assets::status(channel.model) != Some(AssetStatus::Frozen),
			Error::<T>::AssetIsFrozen
		);
		let refunded = channel.deposit.saturating_sub(channel.claimed);
		T::Currency::release(
			&HoldReason::ChannelFunds.into(),
			&channel.caller,
			refunded,
			Precision::Exact,
		)?;
		channel.record.drop(&channel.caller)?;
		Channels::<T>::remove(id);
		ChannelsOfCaller::<T>::remove(&channel.caller, id);
		ChannelsOfModel::<T>::remove(channel.model, id);
		ChannelCount::<T>::mutate_exists(&channel.caller, |n| {
			*n = n.and_then(|n| n.checked_sub(1)).filter(|n| *n > 0);
		});
		Self::deposit_event(Event::ChannelClosed { channel: id, caller: channel.caller, refunded });
		Ok(())
	}
}
