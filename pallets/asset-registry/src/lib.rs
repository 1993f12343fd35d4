//! # Asset registry
//!
//! Datasets, models and agents as on-chain assets: each with an owner, the blake2-256 hash of
//! its content, an off-chain URI, licence terms fixed at registration, and links to the assets it
//! was trained on, fine-tuned from, derived from or is a version of.
//!
//! The first account to register a content hash owns that record ([`AssetByHash`] is the proof
//! of first registration). When an asset is registered, its **flattened royalty table** is
//! computed once and stored ([`RoyaltyTables`]): every ancestor with the absolute share of each
//! payment into the asset that it is owed. An ancestor's share is the sum, over every path from
//! the asset up to it, of that ancestor's `derivative_royalty` (the royalty on the path's last
//! edge), so shares never dilute down a chain. Royalty-split reads the table on every payment.
//!
//! Each asset holds a deposit from its owner (per asset, per byte of URI and per parent link),
//! released when the owner retires it. Governance can freeze and unfreeze assets.
//!
//! Other pallets use the registry through [`lineage_primitives::AssetInspect`] and
//! [`lineage_primitives::DatasetRegistrar`].
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

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use lineage_primitives::{AssetId, AssetKind, ContentHash, Licence, Relation};
	use sp_runtime::Perbill;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for an asset's record.
		AssetDeposit,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The currency deposits are held in.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;

		/// Who may freeze and unfreeze assets.
		type ForceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Deposit held per registered asset.
		#[pallet::constant]
		type AssetDeposit: Get<BalanceOf<Self>>;

		/// Deposit held per byte of an asset's URI.
		#[pallet::constant]
		type ByteDeposit: Get<BalanceOf<Self>>;

		/// Deposit held per parent link (each stores a child index entry).
		#[pallet::constant]
		type ParentDeposit: Get<BalanceOf<Self>>;

		/// Longest URI, in bytes.
		#[pallet::constant]
		type MaxUriLen: Get<u32>;

		/// Most direct parents of one asset.
		#[pallet::constant]
		type MaxParents: Get<u32>;

		/// Most ancestors in one asset's flattened royalty table.
		#[pallet::constant]
		type MaxAncestors: Get<u32>;

		/// Largest total royalty stack (sum of all ancestors' shares) an asset may carry.
		#[pallet::constant]
		type MaxRoyaltyStack: Get<Perbill>;

		/// Longest freeze reason, in bytes.
		#[pallet::constant]
		type MaxReasonLen: Get<u32>;

		/// Most children returned by one page of the children query.
		#[pallet::constant]
		type MaxChildrenPage: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The id the next registered asset gets.
	#[pallet::storage]
	pub type NextAssetId<T> = StorageValue<_, AssetId, ValueQuery>;

	/// Every registered asset.
	#[pallet::storage]
	pub type Assets<T: Config> = StorageMap<_, Twox64Concat, AssetId, AssetRecord<T>>;

	/// The asset that first registered each content hash.
	#[pallet::storage]
	pub type AssetByHash<T> = StorageMap<_, Blake2_128Concat, ContentHash, AssetId>;

	/// Each asset's flattened royalty table, computed at registration.
	#[pallet::storage]
	pub type RoyaltyTables<T: Config> =
		StorageMap<_, Twox64Concat, AssetId, RoyaltyTableOf<T>, ValueQuery>;

	/// Child index: `(parent, child) → relation`, for lineage queries downwards.
	#[pallet::storage]
	pub type Children<T> =
		StorageDoubleMap<_, Twox64Concat, AssetId, Twox64Concat, AssetId, Relation>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An asset was registered.
		AssetRegistered {
			asset_id: AssetId,
			owner: T::AccountId,
			kind: AssetKind,
			content_hash: ContentHash,
		},
		/// An asset changed hands; the deposit moved with it.
		OwnershipTransferred { asset_id: AssetId, from: T::AccountId, to: T::AccountId },
		/// An asset's URI changed.
		UriSet { asset_id: AssetId, uri: Vec<u8> },
		/// An asset was retired by its owner and its deposit returned.
		AssetRetired { asset_id: AssetId, deposit_returned: BalanceOf<T> },
		/// Governance froze an asset.
		AssetFrozen { asset_id: AssetId, reason: Vec<u8> },
		/// Governance unfroze an asset.
		AssetUnfrozen { asset_id: AssetId },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No asset has this id.
		UnknownAsset,
		/// This content hash is already registered (see `AssetByHash` for its first owner).
		DuplicateContentHash,
		/// A parent does not exist or is retired.
		UnknownParent,
		/// The same parent is listed twice.
		DuplicateParent,
		/// A parent's licence forbids derivatives.
		DerivativesNotAllowed,
		/// More parents than `MaxParents`.
		TooManyParents,
		/// The flattened lineage has more ancestors than `MaxAncestors`.
		TooManyAncestors,
		/// The ancestors' shares add up to more than `MaxRoyaltyStack`.
		RoyaltyStackTooHigh,
		/// The URI is longer than `MaxUriLen`.
		UriTooLong,
		/// The reason is longer than `MaxReasonLen`.
		ReasonTooLong,
		/// Only the asset's owner may do this.
		NotOwner,
		/// The asset is retired.
		AssetRetired,
		/// The asset is frozen.
		AssetFrozen,
		/// The asset is not frozen.
		NotFrozen,
		/// The account cannot cover the deposit.
		InsufficientDeposit,
		/// The new owner is the current owner.
		AlreadyOwner,
		/// Asset ids are exhausted.
		AssetIdOverflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register an AI asset you own.
		///
		/// - `kind`: dataset, model or agent.
		/// - `content_hash`: blake2-256 of the artefact; the first registration of a hash wins.
		/// - `uri`: where the bytes live off-chain (at most `MaxUriLen` bytes).
		/// - `licence`: commercial use, whether derivatives are allowed, and the royalty every
		///   direct derivative owes this asset. Fixed for good.
		/// - `parents`: the assets this one comes from and how (at most `MaxParents`, none
		///   retired, each allowing derivatives).
		///
		/// Holds a deposit of `AssetDeposit + ByteDeposit × uri bytes + ParentDeposit × parents`.
		/// Emits `AssetRegistered`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_asset(
			(parents.len() as u32).min(T::MaxParents::get()),
			(uri.len() as u32).min(T::MaxUriLen::get()),
		))]
		pub fn register_asset(
			origin: OriginFor<T>,
			kind: AssetKind,
			content_hash: ContentHash,
			uri: Vec<u8>,
			licence: Licence,
			parents: Vec<(AssetId, Relation)>,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			Self::do_register(&owner, kind, content_hash, uri, licence, parents).map(|_| ())
		}

		/// Give an asset you own to `new_owner`, who takes over its deposit.
		///
		/// Emits `OwnershipTransferred`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::transfer_ownership())]
		pub fn transfer_ownership(
			origin: OriginFor<T>,
			asset_id: AssetId,
			new_owner: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_transfer_ownership(&who, asset_id, new_owner)
		}

		/// Change where an asset you own lives off-chain; the byte deposit follows the new length.
		///
		/// Emits `UriSet`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::set_uri((uri.len() as u32).min(T::MaxUriLen::get())))]
		pub fn set_uri(origin: OriginFor<T>, asset_id: AssetId, uri: Vec<u8>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_uri(&who, asset_id, uri)
		}

		/// Retire an asset you own: it can no longer be paid or become a parent; its record stays
		/// (provenance is permanent) and its deposit is returned.
		///
		/// Emits `AssetRetired`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::retire())]
		pub fn retire(origin: OriginFor<T>, asset_id: AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_retire(&who, asset_id)
		}

		/// Governance: freeze an asset, giving a reason. A frozen asset cannot be invoked, paid
		/// into, or have its earnings claimed, but keeps accruing its upstream shares.
		///
		/// Emits `AssetFrozen`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::freeze((reason.len() as u32).min(T::MaxReasonLen::get())))]
		pub fn freeze(origin: OriginFor<T>, asset_id: AssetId, reason: Vec<u8>) -> DispatchResult {
			T::ForceOrigin::ensure_origin(origin)?;
			Self::do_freeze(asset_id, reason)
		}

		/// Governance: unfreeze a frozen asset.
		///
		/// Emits `AssetUnfrozen`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::unfreeze())]
		pub fn unfreeze(origin: OriginFor<T>, asset_id: AssetId) -> DispatchResult {
			T::ForceOrigin::ensure_origin(origin)?;
			Self::do_unfreeze(asset_id)
		}
	}
}
