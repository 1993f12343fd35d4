//! Storage migrations.

/// Version 1: offerings may price tokens too. Offerings stored before were priced per call
/// only: they get no token prices.
pub mod v1 {
	use codec::{Decode, Encode};
	use core::marker::PhantomData;
	use frame_support::{
		migrations::VersionedMigration,
		traits::{Get, UncheckedOnRuntimeUpgrade},
		weights::Weight,
	};
	use lineage_primitives::TokenPrices;
	use sp_runtime::Perbill;

	use crate::{Config, Offering, Offerings, Pallet};

	/// An offering as version 0 stored it: without `token_prices`.
	#[derive(Encode, Decode)]
	pub struct OfferingV0<AccountId, Balance, BlockNumber, Ticket> {
		pub(crate) provider: AccountId,
		pub(crate) price_per_call: Balance,
		pub(crate) provider_share: Perbill,
		pub(crate) timeout: BlockNumber,
		pub(crate) paused: bool,
		pub(crate) depositor: AccountId,
		pub(crate) deposit: Ticket,
		pub(crate) terms: u32,
	}

	/// Rewrites every offering with no token prices (use `MigrateV0ToV1`, which runs it once).
	pub struct InnerMigrateV0ToV1<T>(PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for InnerMigrateV0ToV1<T> {
		fn on_runtime_upgrade() -> Weight {
			let mut offerings = 0u64;
			Offerings::<T>::translate::<
				OfferingV0<
					T::AccountId,
					crate::BalanceOf<T>,
					frame_system::pallet_prelude::BlockNumberFor<T>,
					crate::OfferingTicketOf<T>,
				>,
				_,
			>(|_, old| {
				offerings = offerings.saturating_add(1);
				Some(Offering {
					provider: old.provider,
					price_per_call: old.price_per_call,
					token_prices: TokenPrices::default(),
					provider_share: old.provider_share,
					timeout: old.timeout,
					paused: old.paused,
					depositor: old.depositor,
					deposit: old.deposit,
					terms: old.terms,
				})
			});
			T::DbWeight::get().reads_writes(offerings, offerings)
		}
	}

	/// Offerings from storage version 0 to 1, once.
	pub type MigrateV0ToV1<T> = VersionedMigration<
		0,
		1,
		InnerMigrateV0ToV1<T>,
		Pallet<T>,
		<T as frame_system::Config>::DbWeight,
	>;
}
