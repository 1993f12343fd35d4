//! # Asset registry
//!
//! Datasets, models and agents as on-chain assets: each with an owner, the blake2-256 hash of
//! its content, an off-chain URI, licence terms fixed at registration, and links to the assets it
//! was trained on, fine-tuned from, derived from or is a version of.
//!
//! The first account to register a content hash owns that record ([`AssetByHash`] is the proof
//! of first registration). To register without being front-run, an owner first commits to
//! `blake2_256(SCALE((content_hash, owner, salt)))` with `commit_registration`, then reveals the
//! salt in `register_asset` within `RevealWindow` blocks: among valid reveals the earliest
//! commitment owns the hash, taking it over from any registration made at or after its block
//! (the record shows the winning commitment's block in `committed_at`). Governance can reassign a
//! hash after a dispute. Datasets registered by other pallets (a labelling task's) never fail on
//! a hash someone else registered first: they are recorded without taking the index.
//!
//! Ownership moves in two steps: the owner offers the asset, the recipient accepts and holds the
//! deposit from its own balance, so nobody can place a hold on an account that did not sign. When
//! an asset is registered, its **flattened royalty table** is computed once and stored
//! ([`RoyaltyTables`]): every ancestor with the absolute share of each payment into the asset that
//! it is owed. An ancestor's share is the sum, over every path from the asset up to it, of that
//! ancestor's `derivative_royalty` (the royalty on the path's last edge), so shares never dilute
//! down a chain. Royalty-split reads the table on every payment.
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
		#[codec(index = 0)]
		AssetDeposit,
		/// The deposit for a registration commitment, until it is revealed or cleared.
		#[codec(index = 1)]
		CommitmentDeposit,
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

		/// Deposit held per registration commitment until it is revealed or cleared.
		#[pallet::constant]
		type CommitmentDeposit: Get<BalanceOf<Self>>;

		/// Blocks after its commitment's block within which a registration must be revealed.
		#[pallet::constant]
		type RevealWindow: Get<BlockNumberFor<Self>>;

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

	/// Ownership offers: `asset → the account it was offered to`, until accepted or withdrawn.
	#[pallet::storage]
	pub type OwnershipOffers<T: Config> = StorageMap<_, Twox64Concat, AssetId, T::AccountId>;

	/// Registration commitments: `(who, blake2_256(SCALE((content_hash, who, salt)))) → when,
	/// and the deposit held`. Keyed by the committer too, so copying someone's commitment from
	/// the pool neither blocks nor owns theirs.
	#[pallet::storage]
	pub type Commitments<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		ContentHash,
		CommitmentOf<T>,
	>;

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
		/// An owner offered an asset to another account, which may accept it.
		OwnershipOffered {
			/// The asset offered.
			asset_id: AssetId,
			/// Its owner.
			owner: T::AccountId,
			/// The account that may accept it.
			to: T::AccountId,
		},
		/// An owner withdrew its ownership offer.
		OwnershipOfferWithdrawn {
			/// The asset no longer offered.
			asset_id: AssetId,
		},
		/// An asset changed hands: the new owner accepted and holds the deposit now.
		OwnershipTransferred {
			/// The asset.
			asset_id: AssetId,
			/// The previous owner, whose deposit was released.
			from: T::AccountId,
			/// The new owner, who holds the deposit.
			to: T::AccountId,
		},
		/// An account committed to registering a hash (the hash itself stays hidden).
		RegistrationCommitted {
			/// `blake2_256(SCALE((content_hash, owner, salt)))`.
			commitment: ContentHash,
			/// Who committed (and holds the commitment deposit).
			who: T::AccountId,
		},
		/// An unrevealed commitment was cleared and its deposit returned.
		CommitmentCleared {
			/// Who made it (and got the deposit back).
			committer: T::AccountId,
			/// The commitment removed.
			commitment: ContentHash,
		},
		/// A content hash's index now points at another asset: an earlier commitment's reveal
		/// took it over, or governance reassigned it.
		ContentHashReassigned {
			/// The hash.
			content_hash: ContentHash,
			/// The asset it pointed at before.
			from: AssetId,
			/// The asset it points at now.
			to: AssetId,
		},
		/// A dataset registered by another pallet carries a hash that another asset registered
		/// first: the dataset is recorded, the index keeps pointing at the earlier asset
		/// (governance can reassign it).
		DatasetHashAlreadyIndexed {
			/// The new dataset.
			asset_id: AssetId,
			/// Its content hash.
			content_hash: ContentHash,
			/// The asset the hash index points at.
			indexed_as: AssetId,
		},
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
		/// The asset has no pending ownership offer.
		NoOwnershipOffer,
		/// The asset was offered to another account.
		NotOfferedToYou,
		/// This commitment already exists.
		DuplicateCommitment,
		/// No live commitment matches `(content_hash, owner, salt)`.
		UnknownCommitment,
		/// A commitment is revealed from the block after it was made.
		RevealTooEarly,
		/// The commitment's reveal window has passed; clear it and commit again.
		RevealWindowPassed,
		/// Only the committer may clear a commitment before its window has passed.
		CommitmentStillLive,
		/// The asset's content hash is not the hash being reassigned.
		HashMismatch,
		/// The hash already points at this asset.
		AlreadyIndexed,
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
		/// - `parents`: the assets this one comes from and how (at most `MaxParents`, none retired,
		///   each allowing derivatives).
		/// - `salt`: `None` for a plain registration (fails if the hash is registered); or the salt
		///   of your earlier `commit_registration`, revealed after its block and within
		///   `RevealWindow`: the earliest commitment owns the hash, even over a registration made
		///   at or after its block.
		///
		/// Holds a deposit of `AssetDeposit + ByteDeposit × uri bytes + ParentDeposit × parents`.
		/// Emits `AssetRegistered`.
		#[pallet::call_index(0)]
		// Measured at its worst case: a commitment's reveal that takes the hash over.
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
			salt: Option<ContentHash>,
		) -> DispatchResult {
			let owner = ensure_signed(origin)?;
			let claim = match salt {
				None => HashClaim::Plain,
				Some(salt) => Self::check_commitment(&owner, content_hash, salt)?,
			};
			Self::do_register(&owner, kind, content_hash, uri, licence, parents, claim).map(|_| ())
		}

		/// Offer an asset you own to `new_owner`. Nothing moves until `new_owner` calls
		/// `accept_ownership` (and holds the deposit itself); a new offer replaces the previous
		/// one, and `withdraw_ownership_offer` cancels it.
		///
		/// Emits `OwnershipOffered`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::offer_ownership())]
		pub fn offer_ownership(
			origin: OriginFor<T>,
			asset_id: AssetId,
			new_owner: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_offer_ownership(&who, asset_id, new_owner)
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

		/// Accept an asset offered to you: you hold its deposit from now on, the previous owner's
		/// is released.
		///
		/// Emits `OwnershipTransferred`.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::accept_ownership())]
		pub fn accept_ownership(origin: OriginFor<T>, asset_id: AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_accept_ownership(&who, asset_id)
		}

		/// Withdraw your pending offer of an asset you own.
		///
		/// Emits `OwnershipOfferWithdrawn`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::withdraw_ownership_offer())]
		pub fn withdraw_ownership_offer(origin: OriginFor<T>, asset_id: AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_offer(&who, asset_id)
		}

		/// Commit to registering a content hash without revealing it:
		/// `commitment = blake2_256(SCALE((content_hash, owner, salt)))`. Holds
		/// `CommitmentDeposit` until the commitment is revealed (`register_asset` with the salt)
		/// or cleared.
		///
		/// Emits `RegistrationCommitted`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::commit_registration())]
		pub fn commit_registration(
			origin: OriginFor<T>,
			commitment: ContentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commit_registration(&who, commitment)
		}

		/// Remove `committer`'s unrevealed `commitment` and return its deposit to `committer`:
		/// the committer at any time, anyone once its reveal window has passed.
		///
		/// Emits `CommitmentCleared`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::clear_commitment())]
		pub fn clear_commitment(
			origin: OriginFor<T>,
			committer: T::AccountId,
			commitment: ContentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_clear_commitment(&who, &committer, commitment)
		}

		/// Governance: point `content_hash`'s index at `asset_id` (which must carry that hash),
		/// after a dispute over who registered it first.
		///
		/// Emits `ContentHashReassigned`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::reassign_hash())]
		pub fn reassign_hash(
			origin: OriginFor<T>,
			content_hash: ContentHash,
			asset_id: AssetId,
		) -> DispatchResult {
			T::ForceOrigin::ensure_origin(origin)?;
			Self::do_reassign_hash(content_hash, asset_id)
		}
	}
}
