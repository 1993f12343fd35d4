//! # Royalty split
//!
//! Every payment `R` into an asset `X` is split at once and exactly:
//! 1. `ProtocolFee` of `R` (floored) goes to the treasury;
//! 2. each ancestor `A` in `X`'s flattened royalty table is credited `share(A) × net` (floored),
//!    where `net = R − fee`; the table is already flattened, so nothing cascades further;
//! 3. for a model call, its provider is paid `provider_share × net` (floored) out of what `X`
//!    keeps, never out of the ancestors' shares (a provider share may be at most one minus the
//!    royalty stack);
//! 4. `X` is credited the rest, so **the fee, the provider's part and the credits add up to `R` to
//!    the unit**;
//! 5. within every credited asset, its contributor pool share (floored) goes to its contributors
//!    pro rata to their points, and the rest to its current owner.
//!
//! Credits are claimable balances held in the pallet's pot account. Contributors are paid with a
//! per-asset accumulator (pool revenue per point, fixed point ×10^18) and a per-contributor
//! checkpoint, as pallet-asset-rewards does: a payment writes one ledger per credited asset plus
//! the owner's entry, whatever the number of contributors; a claim touches one entry per
//! (account, asset). Points added after a payment never share in it, because contributor
//! attribution calls [`lineage_primitives::OnPointsChanged`] before points change.
//!
//! **Dust.** A contributor's share floors twice: the accumulator increment floors to 10^-18 of a
//! unit per point, and a claim pays whole units (the remainder stays for the next claim). The
//! pool credit of a payment is `ceil(increment × points / 10^18)`, never more than the floored
//! pool share, and the owner gets the rest. So the pot owes each asset's contributors at most its
//! `pool_unclaimed`, and the rounding left over (less than one unit per payment) stays there.
//!
//! A frozen asset can't be paid into and its earnings can't be claimed until it is unfrozen; it
//! still accrues its share of payments into its descendants. A retired asset can't be paid into
//! but its owner and contributors keep earning as an ancestor and can claim.
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

/// The contributor count `pay`'s weight is evaluated at: the most its benchmark measured. The
/// measured cost does not depend on it (the accumulator never iterates contributors).
pub const CONTRIBUTORS_BENCHMARKED: u32 = 10_000;

/// What the benchmarks need from the runtime: real assets with lineage and contributors.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId> {
	/// Register an asset owned by `owner` whose flattened royalty table has `ancestors` entries,
	/// with `contributors` contributors holding points in it; returns its id.
	fn create_asset(
		owner: &AccountId,
		ancestors: u32,
		contributors: u32,
	) -> lineage_primitives::AssetId;
	/// Record `points` for `who` in `asset`.
	fn add_points(asset: lineage_primitives::AssetId, who: &AccountId, points: u64);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use lineage_primitives::{AssetCredit, AssetId, AssetInspect, ContributorLedger};
	use sp_runtime::Perbill;

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;

		/// The currency revenue is paid in.
		type Currency: Inspect<Self::AccountId> + Mutate<Self::AccountId>;

		/// The asset registry: owners, statuses and flattened royalty tables.
		type Assets: AssetInspect<Self::AccountId>;

		/// Contributor points and pools.
		type Contributors: ContributorLedger<Self::AccountId>;

		/// The protocol's share of every payment.
		#[pallet::constant]
		type ProtocolFee: Get<Perbill>;

		/// Where the protocol fee goes.
		type Treasury: Get<Self::AccountId>;

		/// Derives the pot account that holds everything claimable.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// The longest flattened royalty table (the registry's `MaxAncestors`).
		#[pallet::constant]
		type MaxAncestors: Get<u32>;

		/// Most assets `claim_all` settles (and `claimable` reports) at once.
		#[pallet::constant]
		type MaxClaimAll: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Builds lineages and contributors for the benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper<Self::AccountId>;
	}

	/// Each credited asset's revenue ledger.
	#[pallet::storage]
	pub type Ledgers<T: Config> =
		StorageMap<_, Twox64Concat, AssetId, AssetLedger<BalanceOf<T>>, OptionQuery>;

	/// What each account is owed by each asset, as owner and as contributor.
	#[pallet::storage]
	pub type Earnings<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		AssetId,
		Earning<BalanceOf<T>>,
		OptionQuery,
	>;

	/// Where each account's last `claim_all` stopped (the last asset it visited), while it has
	/// more entries than one call visits.
	#[pallet::storage]
	pub type ClaimCursor<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, AssetId, OptionQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Revenue was paid into an asset and split. `credits` lists the asset's own credit
		/// first, then its ancestors'; the fee and the credits add up to `amount`.
		RevenuePaid {
			/// The asset paid into.
			asset_id: AssetId,
			/// Who paid.
			payer: T::AccountId,
			/// The whole payment.
			amount: BalanceOf<T>,
			/// The protocol's fee, sent to the treasury.
			protocol_fee: BalanceOf<T>,
			/// A model call's provider's part, paid to the provider (zero for a plain payment).
			to_provider: BalanceOf<T>,
			/// The asset's own credit first, then each ancestor's.
			credits: BoundedVec<AssetCredit<BalanceOf<T>>, CreditsBound<T>>,
		},
		/// An account claimed its earnings from an asset.
		Claimed {
			who: T::AccountId,
			asset_id: AssetId,
			as_owner: BalanceOf<T>,
			as_contributor: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No asset has this id.
		UnknownAsset,
		/// The asset is frozen: it can't be paid into and its earnings can't be claimed.
		AssetFrozen,
		/// The asset is retired: it can't be paid into any more.
		AssetRetired,
		/// A payment must be more than zero.
		ZeroAmount,
		/// The payer can't afford the payment while staying alive.
		InsufficientBalance,
		/// Nothing to claim from this asset (or, for `claim_all`, from any unfrozen asset).
		NothingToClaim,
		/// The asset's royalty table is longer than `MaxAncestors`.
		TooManyAncestors,
		/// A credit would overflow the balance type.
		Overflow,
		/// A call's provider share is above what the model's ancestors leave (one minus its
		/// royalty stack): ancestors are owed their share of the whole price.
		ProviderShareTooHigh,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Pallet::<T>::ensure_accounts_exist();
		}
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
		/// Pay `amount` into `asset_id` (a licence fee, a tip, an off-chain sale). It is split
		/// at once: the protocol fee to the treasury, each ancestor its share, the asset the rest;
		/// within each asset, its contributor pool pro rata to points and the rest to its owner.
		/// The credits become claimable. Use `royaltySplitApi.quote` to see the split first.
		///
		/// Emits `RevenuePaid` with the full breakdown.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::pay(
			T::MaxAncestors::get(),
			crate::CONTRIBUTORS_BENCHMARKED
		))]
		pub fn pay(
			origin: OriginFor<T>,
			asset_id: AssetId,
			amount: BalanceOf<T>,
		) -> DispatchResultWithPostInfo {
			let payer = ensure_signed(origin)?;
			let summary = Self::do_pay(&payer, asset_id, amount)?;
			Ok(Some(T::WeightInfo::pay(summary.1, crate::CONTRIBUTORS_BENCHMARKED)).into())
		}

		/// Claim everything you are owed by `asset_id`, as its owner at the time of each payment
		/// and as a contributor. Not while the asset is frozen.
		///
		/// Emits `Claimed`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::claim())]
		pub fn claim(origin: OriginFor<T>, asset_id: AssetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim(&who, asset_id).map(|_| ())
		}

		/// Claim from every asset you have earnings in, up to `MaxClaimAll` assets per call;
		/// the next call continues where this one stopped, so repeating it claims everything.
		/// Frozen assets are skipped.
		///
		/// Emits `Claimed` per asset paid.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::claim_all(T::MaxClaimAll::get()))]
		pub fn claim_all(origin: OriginFor<T>) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let visited = Self::do_claim_all(&who)?;
			Ok(Some(T::WeightInfo::claim_all(visited)).into())
		}
	}
}
