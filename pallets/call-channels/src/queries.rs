//! What the runtime API reads: channels, pages of them, and whether a receipt was claimed.

use alloc::vec::Vec;
use frame_support::traits::Get;
use frame_system::pallet_prelude::BlockNumberFor;
use lineage_primitives::{
	receipts, runtime_api::ChannelView, AssetId, CallReceipt, ChannelId, ContentHash,
};

use crate::{BalanceOf, Channels, ChannelsOfCaller, ChannelsOfModel, Config, Pallet};

/// A channel as the runtime API returns it.
pub type ChannelViewOf<T> =
	ChannelView<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

impl<T: Config> Pallet<T> {
	/// Open channel `id` as a client sees it.
	pub fn channel_view(id: ChannelId) -> Option<ChannelViewOf<T>> {
		Channels::<T>::get(id).map(|c| ChannelView {
			id,
			claimable: Self::claimable_now(&c),
			caller: c.caller,
			model: c.model,
			provider: c.provider,
			price_per_call: c.price_per_call,
			token_prices: c.token_prices,
			provider_share: c.provider_share,
			terms: c.terms,
			deposit: c.deposit,
			claimed: c.claimed,
			claimed_calls: c.claimed_calls,
			receipts_root: c.receipts_root,
			opened_at: c.opened_at,
			expires_at: c.expires_at,
			closing_until: c.closing_until,
		})
	}

	/// A page of `model`'s open channels after `start_after`, at most `limit` (capped at
	/// `MaxClaimBatch`).
	pub fn channels_of_model(
		model: AssetId,
		start_after: Option<ChannelId>,
		limit: u32,
	) -> Vec<ChannelViewOf<T>> {
		let limit = limit.min(T::MaxClaimBatch::get()) as usize;
		let ids: Vec<ChannelId> = match start_after {
			Some(after) => ChannelsOfModel::<T>::iter_key_prefix_from(
				model,
				ChannelsOfModel::<T>::hashed_key_for(model, after),
			)
			.take(limit)
			.collect(),
			None => ChannelsOfModel::<T>::iter_key_prefix(model).take(limit).collect(),
		};
		ids.into_iter().filter_map(Self::channel_view).collect()
	}

	/// A page of `caller`'s open channels after `start_after`, at most `limit` (capped at
	/// `MaxClaimBatch`).
	pub fn channels_of_caller(
		caller: &T::AccountId,
		start_after: Option<ChannelId>,
		limit: u32,
	) -> Vec<ChannelViewOf<T>> {
		let limit = limit.min(T::MaxClaimBatch::get()) as usize;
		let ids: Vec<ChannelId> = match start_after {
			Some(after) => ChannelsOfCaller::<T>::iter_key_prefix_from(
				caller,
				ChannelsOfCaller::<T>::hashed_key_for(caller, after),
			)
			.take(limit)
			.collect(),
			None => ChannelsOfCaller::<T>::iter_key_prefix(caller).take(limit).collect(),
		};
		ids.into_iter().filter_map(Self::channel_view).collect()
	}

	/// Whether `proof` shows `receipt` in its channel's last claimed receipts root. That root
	/// covers calls `1 ..= claimed_calls − 1` (a voucher commits to the receipts before its last
	/// call, whose output is not known when it is signed).
	pub fn receipt_claimed(receipt: &CallReceipt<BalanceOf<T>>, proof: &[ContentHash]) -> bool {
		let Some(channel) = Channels::<T>::get(receipt.channel) else { return false };
		let size = channel.claimed_calls.saturating_sub(1);
		receipt.call >= 1 &&
			receipts::verify(
				&channel.receipts_root,
				size,
				receipt.call - 1,
				&receipts::leaf_hash(receipt),
				proof,
			)
	}
}
