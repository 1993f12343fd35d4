//! Lineage's revenue pallets: royalty-split (every payment split along the lineage) and
//! model-invocation (pay-per-call models settled through royalty-split).

use super::provenance::MaxAncestors;
use crate::{
	AccountId, Balance, Balances, BlockNumber, Runtime, RuntimeEvent, RuntimeHoldReason, DAYS,
	MILLI_UNIT,
};
use frame_support::{parameter_types, traits::ConstU32, PalletId};
use sp_runtime::{traits::AccountIdConversion, Perbill};

parameter_types! {
	/// The protocol's share of every payment into an asset: 1%.
	pub const ProtocolFee: Perbill = Perbill::from_percent(1);
	/// Derives the account protocol fees go to.
	pub const TreasuryPalletId: PalletId = PalletId(*b"lin/trsy");
	/// The protocol treasury's account.
	pub TreasuryAccount: AccountId = TreasuryPalletId::get().into_account_truncating();
	/// Derives royalty-split's pot, which holds everything claimable.
	pub const RoyaltyPalletId: PalletId = PalletId(*b"lin/roya");
	/// Held while a model has an offering: 0.1 LIN.
	pub const OfferingDeposit: Balance = 100 * MILLI_UNIT;
	/// The longest an offering may let a call stay open: one day.
	pub const MaxTimeout: BlockNumber = DAYS;
	/// Receipts of settled calls are kept for a week.
	pub const ReceiptRetention: BlockNumber = 7 * DAYS;
}

impl pallet_royalty_split::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type Assets = crate::AssetRegistry;
	type Contributors = crate::ContributorAttribution;
	type ProtocolFee = ProtocolFee;
	type Treasury = TreasuryAccount;
	type PalletId = RoyaltyPalletId;
	type MaxAncestors = MaxAncestors;
	type MaxClaimAll = ConstU32<32>;
	type WeightInfo = pallet_royalty_split::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = RevenueBenchmarkHelper;
}

impl pallet_model_invocation::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Assets = crate::AssetRegistry;
	type Revenue = crate::RoyaltySplit;
	type OfferingDeposit = OfferingDeposit;
	type MaxTimeout = MaxTimeout;
	type MaxOpenPerCaller = ConstU32<64>;
	type MaxBatch = ConstU32<50>;
	type ReceiptRetention = ReceiptRetention;
	type MaxAncestors = MaxAncestors;
	type WeightInfo = pallet_model_invocation::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = RevenueBenchmarkHelper;
}

/// Builds real lineages and contributors in the registry and attribution pallets for the
/// revenue benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct RevenueBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl RevenueBenchmarkHelper {
	/// Register an asset of `kind` owned by `owner` below a chain of `ancestors` assets (each
	/// with a 30% contributor pool and one contributor), with `contributors` contributors and a
	/// 30% pool of its own.
	fn lineage(
		owner: &AccountId,
		kind: lineage_primitives::AssetKind,
		ancestors: u32,
		contributors: u32,
	) -> lineage_primitives::AssetId {
		use frame_support::traits::fungible::Mutate;
		use lineage_primitives::{AssetKind, ContributionKind, ContributionSource};
		let royalty = Perbill::from_parts(1_000_000);
		let with_contributors = |asset, n: u32| {
			crate::ContributorAttribution::do_set_pool(owner, asset, Perbill::from_percent(30))
				.expect("the owner sets the pool of a live asset");
			for i in 0..n {
				let who: AccountId = frame_benchmarking::account("contributor", i, asset as u32);
				crate::ContributorAttribution::do_record(
					asset,
					&who,
					ContributionKind::Data,
					1,
					ContributionSource::Owner,
				)
				.expect("recording a contribution to a live asset works");
			}
		};
		Balances::set_balance(owner, 1_000_000 * crate::UNIT);
		let mut parent = None;
		for _ in 0..ancestors {
			let asset = super::provenance::register_for_benchmarks(
				owner,
				AssetKind::Model,
				royalty,
				parent,
			);
			with_contributors(asset, 1);
			parent = Some(asset);
		}
		let asset = super::provenance::register_for_benchmarks(owner, kind, royalty, parent);
		with_contributors(asset, contributors);
		asset
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_royalty_split::BenchmarkHelper<AccountId> for RevenueBenchmarkHelper {
	fn create_asset(
		owner: &AccountId,
		ancestors: u32,
		contributors: u32,
	) -> lineage_primitives::AssetId {
		Self::lineage(owner, lineage_primitives::AssetKind::Model, ancestors, contributors)
	}

	fn add_points(asset: lineage_primitives::AssetId, who: &AccountId, points: u64) {
		crate::ContributorAttribution::do_record(
			asset,
			who,
			lineage_primitives::ContributionKind::Training,
			points,
			lineage_primitives::ContributionSource::Owner,
		)
		.expect("recording a contribution to a live asset works");
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl pallet_model_invocation::BenchmarkHelper<AccountId> for RevenueBenchmarkHelper {
	fn create_model(owner: &AccountId, ancestors: u32) -> lineage_primitives::AssetId {
		Self::lineage(owner, lineage_primitives::AssetKind::Model, ancestors, 1)
	}
}
