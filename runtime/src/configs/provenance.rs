//! Lineage's provenance pallets: the asset registry and contributor attribution.

use crate::{
	AccountId, AssetRegistry, Balance, Balances, Runtime, RuntimeEvent, RuntimeHoldReason,
	MICRO_UNIT, MILLI_UNIT,
};
use frame_support::{parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_runtime::Perbill;

parameter_types! {
	/// Held per registered asset: 0.1 LIN.
	pub const AssetDeposit: Balance = 100 * MILLI_UNIT;
	/// Held per byte of an asset's URI: 0.00001 LIN.
	pub const AssetByteDeposit: Balance = 10 * MICRO_UNIT;
	/// Held per parent link: 0.01 LIN.
	pub const ParentDeposit: Balance = 10 * MILLI_UNIT;
	/// Ancestors may take at most half of every payment into an asset.
	pub const MaxRoyaltyStack: Perbill = Perbill::from_percent(50);
	/// The longest flattened royalty table: the registry enforces it, royalty-split and
	/// model-invocation size their weights by it.
	pub const MaxAncestors: u32 = 64;
	/// Held per registration commitment until it is revealed or cleared: 0.01 LIN.
	pub const CommitmentDeposit: Balance = 10 * MILLI_UNIT;
	/// Held per contributor record an owner creates: 0.01 LIN.
	pub const ContributorDeposit: Balance = 10 * MILLI_UNIT;
}

impl pallet_asset_registry::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	/// Sudo freezes and unfreezes assets while the chain is young.
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = AssetDeposit;
	type ByteDeposit = AssetByteDeposit;
	type ParentDeposit = ParentDeposit;
	type MaxUriLen = ConstU32<256>;
	type MaxParents = ConstU32<16>;
	type MaxAncestors = MaxAncestors;
	type MaxRoyaltyStack = MaxRoyaltyStack;
	type MaxReasonLen = ConstU32<128>;
	type CommitmentDeposit = CommitmentDeposit;
	/// A commitment is revealed within an hour (1,200 blocks of 3 s) of the block it was made in.
	type RevealWindow = ConstU32<{ crate::HOURS }>;
	type MaxChildrenPage = ConstU32<100>;
	type WeightInfo = pallet_asset_registry::weights::SubstrateWeight<Runtime>;
}

impl pallet_contributor_attribution::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Assets = AssetRegistry;
	/// Royalty-split's per-point accumulator settles old points before they change.
	type OnPointsChanged = crate::RoyaltySplit;
	/// A pool can be lowered only while royalty-split has credited the asset nothing.
	type Earnings = crate::RoyaltySplit;
	type ContributorDeposit = ContributorDeposit;
	type MaxContributorsPage = ConstU32<100>;
	type WeightInfo = pallet_contributor_attribution::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmark_helpers::ProvenanceBenchmarkHelper;
}
