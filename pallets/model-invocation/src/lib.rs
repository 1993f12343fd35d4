//! # Model invocation
//!
//! Pay-per-call models. The owner of a model (or agent) asset sets an **offering**: who serves
//! it (the provider), the price per call, the provider's share of that price for compute, and how
//! many blocks a call may stay open. A caller **invokes** the model: the price is escrowed on hold
//! and the call gets an id and a deadline. The provider **completes** it before the deadline, in
//! one extrinsic per call or many at once with `complete_batch`: the provider's share goes to the
//! provider and the rest is paid into the model through royalty-split
//! ([`lineage_primitives::RevenueSink`]) in the same extrinsic, so everyone upstream is credited in
//! that block. After the deadline the caller can take the escrow back with `refund`, and expired
//! calls are refunded automatically in `on_idle`. Every settled call leaves a **receipt**
//! (caller, model, price, input and output hashes, blocks), pruned after `ReceiptRetention`.
//!
//! Timers (expiries and receipt pruning) sit in one queue keyed by the block they fall due; a
//! cursor walks it in `on_idle`, bounded by the weight left in the block.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
mod impls;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

pub use types::*;
pub use weights::WeightInfo;

/// What the benchmarks need from the runtime: model assets with lineage.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Register a model owned by `owner` (funding them) whose flattened royalty table has
	/// `ancestors` entries; returns its id.
	fn create_model(owner: &AccountId, ancestors: u32) -> lineage_primitives::AssetId;
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use lineage_primitives::{AssetId, AssetInspect, ContentHash, InvocationId, RevenueSink};
	use sp_runtime::Perbill;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A caller's payment for an open invocation.
		Escrow,
		/// The deposit for a model's offering.
		OfferingDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The currency calls are paid in.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// The asset registry: owners, kinds and statuses of models.
		type Assets: AssetInspect<Self::AccountId>;

		/// Where the model's part of each call's price is paid (royalty-split).
		type Revenue: RevenueSink<Self::AccountId, BalanceOf<Self>>;

		/// The deposit held while a model has an offering.
		#[pallet::constant]
		type OfferingDeposit: Get<BalanceOf<Self>>;

		/// The longest timeout an offering may set, in blocks.
		#[pallet::constant]
		type MaxTimeout: Get<BlockNumberFor<Self>>;

		/// Most open invocations one caller may have.
		#[pallet::constant]
		type MaxOpenPerCaller: Get<u32>;

		/// Most calls one `complete_batch` settles.
		#[pallet::constant]
		type MaxBatch: Get<u32>;

		/// How many blocks a receipt is kept after its call settled.
		#[pallet::constant]
		type ReceiptRetention: Get<BlockNumberFor<Self>>;

		/// The longest royalty table a model can have (the registry's `MaxAncestors`), for weights.
		#[pallet::constant]
		type MaxAncestors: Get<u32>;

		/// Weights of this pallet's calls and of its `on_idle` work.
		type WeightInfo: WeightInfo;

		/// Creates models for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Each model's offering.
	#[pallet::storage]
	pub type Offerings<T: Config> =
		StorageMap<_, Twox64Concat, AssetId, OfferingOf<T>, OptionQuery>;

	/// The id the next invocation gets.
	#[pallet::storage]
	pub type NextInvocationId<T> = StorageValue<_, InvocationId, ValueQuery>;

	/// Open invocations, escrowed until completed or refunded.
	#[pallet::storage]
	pub type Invocations<T: Config> =
		StorageMap<_, Twox64Concat, InvocationId, InvocationOf<T>, OptionQuery>;

	/// Each caller's open invocation ids.
	#[pallet::storage]
	pub type OpenByCaller<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<InvocationId, T::MaxOpenPerCaller>,
		ValueQuery,
	>;

	/// Open invocations by model (`model → id → ()`), so a provider reads only the calls of the
	/// models it serves, however many calls other models have open.
	#[pallet::storage]
	pub type OpenByModel<T: Config> =
		StorageDoubleMap<_, Twox64Concat, AssetId, Twox64Concat, InvocationId, (), OptionQuery>;

	/// Receipts of settled invocations, until pruned.
	#[pallet::storage]
	pub type Receipts<T: Config> =
		StorageMap<_, Twox64Concat, InvocationId, ReceiptOf<T>, OptionQuery>;

	/// Timers by the block they fall due: expiries of open calls and pruning of receipts.
	#[pallet::storage]
	pub type Timers<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		BlockNumberFor<T>,
		Twox64Concat,
		InvocationId,
		Timer,
		OptionQuery,
	>;

	/// The first block whose timers may not all have run yet.
	#[pallet::storage]
	pub type TimerCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A model's offering was set or changed.
		OfferingSet {
			/// The model offered.
			model: AssetId,
			/// Who serves it and completes its calls.
			provider: T::AccountId,
			/// What one call costs.
			price_per_call: BalanceOf<T>,
			/// The provider's share of each price after the protocol fee.
			provider_share: Perbill,
			/// How many blocks a call may stay open.
			timeout: BlockNumberFor<T>,
			/// The version of these terms, which `invoke` must name.
			terms: u32,
		},
		/// A model's offering stopped taking new calls.
		OfferingPaused { model: AssetId },
		/// A model's offering takes calls again.
		OfferingResumed { model: AssetId },
		/// A model's offering was removed and its deposit returned.
		OfferingRemoved { model: AssetId },
		/// A caller paid for a call; the provider should pick it up.
		InvocationRequested {
			id: InvocationId,
			model: AssetId,
			caller: T::AccountId,
			price: BalanceOf<T>,
			input_hash: ContentHash,
			deadline: BlockNumberFor<T>,
		},
		/// A call was completed and its price settled: `to_provider` to the provider, the rest
		/// into the model (`protocol_fee`, `to_ancestors`, `to_model`).
		InvocationSettled {
			id: InvocationId,
			model: AssetId,
			provider: T::AccountId,
			output_hash: ContentHash,
			to_provider: BalanceOf<T>,
			protocol_fee: BalanceOf<T>,
			to_ancestors: BalanceOf<T>,
			to_model: BalanceOf<T>,
		},
		/// A call passed its deadline and its escrow went back to the caller.
		InvocationRefunded { id: InvocationId, caller: T::AccountId, amount: BalanceOf<T> },
		/// One call of a `complete_batch` could not be settled; the others were.
		BatchItemFailed { id: InvocationId, error: DispatchError },
		/// A receipt's retention period ended and it was deleted.
		ReceiptPruned { id: InvocationId },
		/// `on_idle` could not refund an expired call: it stays open, and `refund` returns its
		/// escrow by hand.
		ExpiryRefundFailed {
			/// The call.
			id: InvocationId,
			/// Why the refund failed.
			error: DispatchError,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No asset has this id.
		UnknownAsset,
		/// Only the asset's owner may do this.
		NotOwner,
		/// Only models and agents can be offered and invoked.
		NotAModel,
		/// The model is frozen.
		ModelFrozen,
		/// The model is retired.
		ModelRetired,
		/// A call must cost something.
		ZeroPrice,
		/// The offering's terms changed since the version the call names.
		TermsChanged,
		/// The provider share is above what the model's ancestors leave (one minus its royalty
		/// stack): ancestors are owed their share of every call's whole price.
		ProviderShareTooHigh,
		/// The timeout must be at least one block and at most `MaxTimeout`.
		BadTimeout,
		/// The model has no offering.
		NoOffering,
		/// The offering is paused.
		OfferingPaused,
		/// The offering is not paused.
		OfferingNotPaused,
		/// The price per call is above the `max_price` you accept.
		PriceAboveMax,
		/// You have `MaxOpenPerCaller` open invocations: wait for some to settle or expire.
		TooManyOpenInvocations,
		/// You cannot afford the price (or the deposit) while keeping your account alive.
		InsufficientBalance,
		/// No open invocation has this id.
		UnknownInvocation,
		/// Only the invocation's provider may complete it.
		NotProvider,
		/// The invocation's deadline passed: it can only be refunded.
		DeadlinePassed,
		/// The invocation is still within its deadline.
		DeadlineNotPassed,
		/// A batch must hold at least one call.
		EmptyBatch,
		/// Every call of a `complete_batch` must be of the same model: complete another model's
		/// calls in a batch of their own.
		MixedModels,
		/// A number overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		/// Run due timers (refund expired calls, prune old receipts) with the weight left over.
		fn on_idle(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::run_timers(now, remaining)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Offer `model` for calls: `provider` serves it at `price_per_call` and is paid
		/// `provider_share` of each price after the protocol fee, out of what the model keeps
		/// (at most one minus the model's royalty stack: its ancestors are owed their share of
		/// the whole price); a call may stay open `timeout` blocks.
		/// Owner of an active model or agent only. The first offering holds `OfferingDeposit`;
		/// setting it again changes the terms (open calls keep theirs) and resumes it.
		///
		/// Emits `OfferingSet`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_offering())]
		pub fn set_offering(
			origin: OriginFor<T>,
			model: AssetId,
			price_per_call: BalanceOf<T>,
			provider: T::AccountId,
			provider_share: Perbill,
			timeout: BlockNumberFor<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_offering(&who, model, price_per_call, provider, provider_share, timeout)
		}

		/// Stop `model` taking new calls (open calls can still be completed). Owner only.
		///
		/// Emits `OfferingPaused`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::pause_offering())]
		pub fn pause_offering(origin: OriginFor<T>, model: AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_paused(&who, model, true)
		}

		/// Let a paused `model` take calls again. Owner only.
		///
		/// Emits `OfferingResumed`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::resume_offering())]
		pub fn resume_offering(origin: OriginFor<T>, model: AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_paused(&who, model, false)
		}

		/// Remove `model`'s offering and return its deposit to whoever paid it. Owner only.
		/// Open calls keep their terms and can still be completed or refunded.
		///
		/// Emits `OfferingRemoved`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_offering())]
		pub fn remove_offering(origin: OriginFor<T>, model: AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_offering(&who, model)
		}

		/// Call `model` with an input whose blake2-256 is `input_hash`, paying at most
		/// `max_price`, at the offering's terms version `terms` (from
		/// `modelInvocationApi.offering`): if the owner changed the terms (provider, price,
		/// share, timeout) since, the call is refused (`TermsChanged`). The price is escrowed on
		/// hold until the provider completes the call or, after the deadline, it is refunded to
		/// you.
		///
		/// Emits `InvocationRequested` with the call's id and deadline.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::invoke())]
		pub fn invoke(
			origin: OriginFor<T>,
			model: AssetId,
			input_hash: ContentHash,
			max_price: BalanceOf<T>,
			terms: u32,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_invoke(&who, model, input_hash, max_price, terms).map(|_| ())
		}

		/// Complete invocation `id` with an output whose blake2-256 is `output_hash`. The call's
		/// provider only, by its deadline. Settles at once: the provider's share to the provider,
		/// the rest paid into the model and split along its lineage.
		///
		/// Emits `InvocationSettled` (and royalty-split's `RevenuePaid`).
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::complete(T::MaxAncestors::get()))]
		pub fn complete(
			origin: OriginFor<T>,
			id: InvocationId,
			output_hash: ContentHash,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let ancestors = Self::do_complete(&who, id, output_hash)?;
			Ok(Some(T::WeightInfo::complete(ancestors)).into())
		}

		/// Complete many calls of one model at once (at most `MaxBatch`), each settled with its
		/// own split in this block. A call that cannot be settled (not yours, unknown, past its
		/// deadline, or of another model than the batch's first settled call: `MixedModels`) is
		/// skipped with `BatchItemFailed`; the others still settle.
		///
		/// Emits `InvocationSettled` per settled call.
		#[pallet::weight(Pallet::<T>::complete_batch_weight(calls.len() as u32, T::MaxAncestors::get()))]
		#[pallet::call_index(6)]
		pub fn complete_batch(
			origin: OriginFor<T>,
			calls: BoundedVec<(InvocationId, ContentHash), T::MaxBatch>,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let n = calls.len() as u32;
			let ancestors = Self::do_complete_batch(&who, calls)?;
			Ok(Some(Self::complete_batch_weight(n, ancestors)).into())
		}

		/// Refund invocation `id` to its caller once its deadline has passed. Anyone may call
		/// this; the escrow always goes back to the caller.
		///
		/// Emits `InvocationRefunded`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::refund())]
		pub fn refund(origin: OriginFor<T>, id: InvocationId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_refund(id)
		}
	}
}
