//! Lineage's revenue pallets: royalty-split (every payment split along the lineage) and
//! model-invocation (pay-per-call models settled through royalty-split) and call-channels
//! (prepaid channels: many calls per claim, settled through royalty-split).

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
	/// Derives the account channel claims pass through on their way into royalty-split.
	pub const ChannelsPalletId: PalletId = PalletId(*b"lin/chan");
	/// Held for a channel's record: 0.01 LIN.
	pub const ChannelDeposit: Balance = 10 * MILLI_UNIT;
	/// The provider can claim for 100 blocks (5 minutes) after a close request or expiry.
	pub const ChannelChallengePeriod: BlockNumber = 100;
	/// A channel runs for at most 30 days at a time.
	pub const MaxChannelLifetime: BlockNumber = 30 * DAYS;
}

impl pallet_royalty_split::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type Assets = crate::AssetRegistry;
	type Contributors = crate::ContributorAttribution;
	type ProtocolFee = ProtocolFee;
	type Treasury = TreasuryAccount;
	type PalletId = RoyaltyPalletId;
	type MaxClaimAll = ConstU32<32>;
	type WeightInfo = pallet_royalty_split::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmark_helpers::RevenueBenchmarkHelper;
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
	type WeightInfo = pallet_model_invocation::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmark_helpers::RevenueBenchmarkHelper;
}

impl pallet_call_channels::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Signature = crate::Signature;
	type Assets = crate::AssetRegistry;
	type Offerings = crate::ModelInvocation;
	type Revenue = crate::RoyaltySplit;
	type PalletId = ChannelsPalletId;
	type ChannelDeposit = ChannelDeposit;
	type ChallengePeriod = ChannelChallengePeriod;
	type MaxLifetime = MaxChannelLifetime;
	type MaxChannelsPerCaller = ConstU32<16>;
	type MaxClaimBatch = ConstU32<64>;
	type WeightInfo = pallet_call_channels::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = crate::benchmark_helpers::RevenueBenchmarkHelper;
}
