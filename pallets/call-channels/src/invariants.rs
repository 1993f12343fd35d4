//! The invariants `try_state` checks after every test, in the fuzz driver and on `try-runtime`.

use crate::{
	BalanceOf, ChannelCount, Channels, ChannelsOfCaller, ChannelsOfModel, Config, HoldReason,
	NextChannelId, Pallet,
};
use alloc::collections::BTreeMap;
use frame_support::{
	ensure,
	traits::fungible::{Inspect, InspectHold},
};
use lineage_primitives::held_by_ticket;
use sp_runtime::traits::Saturating;

impl<T: Config> Pallet<T> {
	/// The invariants:
	/// - every channel's id is below `NextChannelId`; it never claimed more than its funds;
	/// - each caller's `ChannelFunds` hold is the sum of its channels' `deposit − claimed`, and its
	///   `ChannelDeposit` hold what their record tickets hold (nothing held is stranded);
	/// - the caller and model indexes list exactly the open channels, and each caller's count is
	///   its number of channels;
	/// - the settlement account keeps at least the existential deposit (claims leave nothing in
	///   it).
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next = NextChannelId::<T>::get();
		let mut funds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut records: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut counts: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for (id, channel) in Channels::<T>::iter() {
			ensure!(id < next, "a channel id at or above NextChannelId");
			ensure!(channel.claimed <= channel.deposit, "a channel claimed more than its funds");
			ensure!(
				ChannelsOfCaller::<T>::contains_key(&channel.caller, id),
				"a channel is not indexed by its caller"
			);
			ensure!(
				ChannelsOfModel::<T>::contains_key(channel.model, id),
				"a channel is not indexed by its model"
			);
			let f = funds.entry(channel.caller.clone()).or_default();
			*f = f.saturating_add(channel.deposit.saturating_sub(channel.claimed));
			let held =
				held_by_ticket::<BalanceOf<T>>(&channel.record).ok_or("unreadable ticket")?;
			let r = records.entry(channel.caller.clone()).or_default();
			*r = r.saturating_add(held);
			*counts.entry(channel.caller).or_default() += 1;
		}
		for (caller, id, ()) in ChannelsOfCaller::<T>::iter() {
			ensure!(
				Channels::<T>::get(id).is_some_and(|c| c.caller == caller),
				"the caller index lists a channel that is not the caller's"
			);
		}
		for (model, id, ()) in ChannelsOfModel::<T>::iter() {
			ensure!(
				Channels::<T>::get(id).is_some_and(|c| c.model == model),
				"the model index lists a channel that is not the model's"
			);
		}
		for (caller, count) in ChannelCount::<T>::iter() {
			ensure!(counts.remove(&caller) == Some(count), "a caller's channel count is wrong");
		}
		ensure!(counts.is_empty(), "a caller with channels has no channel count");
		for (caller, expected) in funds {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ChannelFunds.into(), &caller) == expected,
				"a caller's channel funds on hold are not its channels' unclaimed funds"
			);
		}
		for (caller, expected) in records {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ChannelDeposit.into(), &caller) ==
					expected,
				"a caller's record deposits on hold are not what its channels' tickets hold"
			);
		}
		// Claims leave nothing behind in it; only a gift sent to it could raise it.
		ensure!(
			T::Currency::balance(&Self::settlement_account()) >= T::Currency::minimum_balance(),
			"the settlement account lost its existential deposit"
		);
		Ok(())
	}
}
