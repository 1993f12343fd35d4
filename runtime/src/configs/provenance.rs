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
	/// A commitment is revealed within an hour (600 blocks) of the block it was made in.
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
	type BenchmarkHelper = ProvenanceBenchmarkHelper;
}

/// Register an asset of `kind` owned by the (funded) `owner` with a fresh content hash, a
/// licence allowing derivatives at `royalty`, and at most one parent.
#[cfg(feature = "runtime-benchmarks")]
pub(crate) fn register_for_benchmarks(
	owner: &AccountId,
	kind: lineage_primitives::AssetKind,
	royalty: Perbill,
	parent: Option<lineage_primitives::AssetId>,
) -> lineage_primitives::AssetId {
	let next = pallet_asset_registry::NextAssetId::<Runtime>::get();
	let mut hash = [0u8; 32];
	hash[24..].copy_from_slice(&next.to_be_bytes());
	let licence = lineage_primitives::Licence {
		commercial_use: true,
		derivatives_allowed: true,
		derivative_royalty: royalty,
	};
	let parents = parent
		.map(|p| alloc::vec![(p, lineage_primitives::Relation::DerivedFrom)])
		.unwrap_or_default();
	AssetRegistry::do_register(
		owner,
		kind,
		sp_core::H256::from(hash),
		alloc::vec::Vec::new(),
		licence,
		parents,
		pallet_asset_registry::HashClaim::Plain,
	)
	.expect("a fresh hash with a funded owner registers")
}

/// Creates and retires real registry assets for the attribution benchmarks.
#[cfg(feature = "runtime-benchmarks")]
pub struct ProvenanceBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
impl pallet_contributor_attribution::BenchmarkHelper<AccountId> for ProvenanceBenchmarkHelper {
	fn create_asset(owner: &AccountId) -> lineage_primitives::AssetId {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(owner, 1_000 * crate::UNIT);
		register_for_benchmarks(
			owner,
			lineage_primitives::AssetKind::Dataset,
			Perbill::zero(),
			None,
		)
	}

	fn retire_asset(asset: lineage_primitives::AssetId) {
		let owner = pallet_asset_registry::Assets::<Runtime>::get(asset)
			.map(|r| r.owner)
			.expect("benchmarks retire assets they created");
		AssetRegistry::do_retire(&owner, asset).expect("a live asset retires");
	}
}
