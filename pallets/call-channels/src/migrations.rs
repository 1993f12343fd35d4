//! Storage migrations.

/// Version 1: channels fix the offering's token prices when they open. Channels stored before
/// were priced per call only: they get no token prices.
pub mod v1 {
	use codec::{Decode, Encode};
	use core::marker::PhantomData;
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use lineage_primitives::{AssetId, ContentHash, TokenPrices};
	use sp_runtime::Perbill;

	use crate::{Channel, Channels, Config, Pallet};

	/// A channel as version 0 stored it: without `token_prices`.
	#[derive(Encode, Decode)]
	pub struct ChannelV0<AccountId, Balance, BlockNumber, Ticket> {
		pub(crate) caller: AccountId,
		pub(crate) model: AssetId,
		pub(crate) provider: AccountId,
		pub(crate) price_per_call: Balance,
		pub(crate) provider_share: Perbill,
		pub(crate) terms: u32,
		pub(crate) deposit: Balance,
		pub(crate) claimed: Balance,
		pub(crate) claimed_calls: u64,
		pub(crate) receipts_root: ContentHash,
		pub(crate) opened_at: BlockNumber,
		pub(crate) expires_at: BlockNumber,
		pub(crate) closing_until: Option<BlockNumber>,
		pub(crate) record: Ticket,
	}

	/// Rewrites every channel with no token prices (use `MigrateV0ToV1`, which runs it once).
	pub struct InnerMigrateV0ToV1<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut channels = 0u64;
			Channels::<T>::translate::<
				ChannelV0<
					T::AccountId,
					crate::BalanceOf<T>,
					frame_system::pallet_prelude::BlockNumberFor<T>,
					crate::ChannelTicketOf<T>,
				>,
				_,
			>(|_, old| {
				channels = channels.saturating_add(1);
				Some(Channel {
					caller: old.caller,
					model: old.model,
					provider: old.provider,
					price_per_call: old.price_per_call,
					token_prices: TokenPrices::default(),
					provider_share: old.provider_share,
					terms: old.terms,
					deposit: old.deposit,
					claimed: old.claimed,
					claimed_calls: old.claimed_calls,
					receipts_root: old.receipts_root,
					opened_at: old.opened_at,
					expires_at: old.expires_at,
					closing_until: old.closing_until,
					record: old.record,
				})
			});
			T::DbWeight::get().reads_writes(channels, channels)
		}
	}

	/// Channels from storage version 0 to 1, once.
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		InnerMigrateV0ToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
