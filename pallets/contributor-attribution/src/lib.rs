//! # Contributor attribution
//!
//! Who made an AI asset: non-transferable **points** per `(asset, account)`, by kind of work
//! (data, labels, reviews, training, evaluation, compute) and by source (the owner by hand, or a
//! labelling task). An asset's **contributor pool** is the share of its own earnings that goes to
//! its contributors pro rata to their points; royalty-split pays it.
//!
//! The owner records contributions with `record_contribution` until they `seal` the asset;
//! other pallets record through [`lineage_primitives::ContributorLedger`]. Before any points
//! change, [`Config::OnPointsChanged`] is told, so royalty-split's per-point accumulator settles
//! what the old points earned first: points added after revenue never share in that revenue.
//!
//! Each contributor record the owner creates holds a deposit from the owner, which the owner can
//! take back once the asset is retired (the records stay: they carry rights to past revenue).
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

/// What the benchmarks need from the runtime: assets to attribute.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Register a fresh asset owned by `owner`, funding `owner` for its deposit.
	fn create_asset(owner: &AccountId) -> lineage_primitives::AssetId;
	/// Retire `asset` (its owner's deposits become reclaimable).
	fn retire_asset(asset: lineage_primitives::AssetId);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use lineage_primitives::{
		AssetId, AssetInspect, ContributionKind, ContributionSource, EarningsInspect,
		OnPointsChanged, Points,
	};
	use sp_runtime::Perbill;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit for a contributor record created by an asset's owner.
		ContributorDeposit,
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

		/// The asset registry: owners and statuses.
		type Assets: AssetInspect<Self::AccountId>;

		/// Told before any points change (royalty-split's accumulator).
		type OnPointsChanged: OnPointsChanged<Self::AccountId>;

		/// Whether an asset has earned anything (a pool cannot be lowered after that).
		type Earnings: EarningsInspect;

		/// Deposit the owner pays per contributor record they create.
		#[pallet::constant]
		type ContributorDeposit: Get<BalanceOf<Self>>;

		/// Most contributors returned by one page of the contributors query.
		#[pallet::constant]
		type MaxContributorsPage: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Creates assets for the benchmarks (this pallet cannot register them itself).
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Points per `(asset, contributor)`.
	#[pallet::storage]
	pub type Contributions<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		AssetId,
		Blake2_128Concat,
		T::AccountId,
		ContributorRecord,
	>;

	/// Per asset: all points and how many contributors hold them.
	#[pallet::storage]
	pub type Totals<T> = StorageMap<_, Twox64Concat, AssetId, AssetTotals, ValueQuery>;

	/// Per asset: the share of its own earnings that goes to its contributors.
	#[pallet::storage]
	pub type ContributorPools<T> = StorageMap<_, Twox64Concat, AssetId, Perbill, ValueQuery>;

	/// Per asset: the lowest contributor pool its owner may set, fixed when a labelling task
	/// sealed the contributors it credited.
	#[pallet::storage]
	pub type PoolFloors<T> = StorageMap<_, Twox64Concat, AssetId, Perbill, ValueQuery>;

	/// Assets whose owner has ended manual recording.
	#[pallet::storage]
	pub type Sealed<T> = StorageMap<_, Twox64Concat, AssetId, (), OptionQuery>;

	/// Deposits held per `(asset, depositor)` for the records they created.
	#[pallet::storage]
	pub type Deposits<T: Config> =
		StorageDoubleMap<_, Twox64Concat, AssetId, Blake2_128Concat, T::AccountId, BalanceOf<T>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Points were recorded for a contributor.
		ContributionRecorded {
			asset_id: AssetId,
			contributor: T::AccountId,
			kind: ContributionKind,
			points: Points,
			source: ContributionSource,
		},
		/// An asset's contributor pool was set.
		ContributorPoolSet { asset_id: AssetId, pool: Perbill },
		/// The owner ended manual recording for an asset.
		AssetSealed { asset_id: AssetId },
		/// A depositor took back the deposits of a retired asset's records.
		DepositReclaimed { asset_id: AssetId, who: T::AccountId, amount: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No asset has this id.
		UnknownAsset,
		/// Only the asset's owner may do this.
		NotOwner,
		/// The asset is retired.
		AssetRetired,
		/// The owner sealed this asset: no more manual contributions.
		AssetSealed,
		/// The asset is already sealed.
		AlreadySealed,
		/// A contribution must be worth at least one point.
		ZeroPoints,
		/// The points would overflow.
		PointsOverflow,
		/// The asset has earned revenue: its contributor pool can only be raised.
		PoolCannotDecrease,
		/// The pool would fall below the floor the task that credited the contributors set.
		PoolBelowFloor,
		/// The owner cannot cover the record's deposit.
		InsufficientDeposit,
		/// Deposits come back only once the asset is retired.
		AssetNotRetired,
		/// You hold no deposit for this asset.
		NoDeposit,
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
		/// Set the share of `asset_id`'s own earnings that goes to its contributors, pro rata to
		/// points. Owner only. It can be raised at any time but lowered only while the asset
		/// has never earned anything.
		///
		/// Emits `ContributorPoolSet`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_contributor_pool())]
		pub fn set_contributor_pool(
			origin: OriginFor<T>,
			asset_id: AssetId,
			pool: Perbill,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_pool(&who, asset_id, pool)
		}

		/// Record `points` of `kind` for `contributor` in `asset_id`. Owner only, until the asset
		/// is sealed. A new contributor record holds `ContributorDeposit` from the owner.
		///
		/// Emits `ContributionRecorded`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::record_contribution())]
		pub fn record_contribution(
			origin: OriginFor<T>,
			asset_id: AssetId,
			contributor: T::AccountId,
			kind: ContributionKind,
			points: Points,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_owner_record(&who, asset_id, contributor, kind, points)
		}

		/// End manual recording for `asset_id` for good. Owner only. Labelling tasks can still
		/// record through the ledger trait.
		///
		/// Emits `AssetSealed`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::seal())]
		pub fn seal(origin: OriginFor<T>, asset_id: AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_seal(&who, asset_id)
		}

		/// Take back the deposits you paid for `asset_id`'s contributor records, once the asset
		/// is retired. The records stay.
		///
		/// Emits `DepositReclaimed`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::reclaim_deposit())]
		pub fn reclaim_deposit(origin: OriginFor<T>, asset_id: AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reclaim_deposit(&who, asset_id)
		}
	}
}
