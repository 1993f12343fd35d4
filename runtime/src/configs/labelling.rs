//! Data-labelling tasks: budgets escrowed, labels aggregated, results registered as datasets
//! that credit their labellers.

use crate::{Balance, Balances, Runtime, RuntimeEvent, RuntimeHoldReason, MILLI_UNIT};
use frame_support::{
	parameter_types,
	traits::{ConstI32, ConstU32},
};

parameter_types! {
	/// Held per item added to a task: 0.01 LIN (an item stores up to 256 bytes).
	pub const ItemDeposit: Balance = 10 * MILLI_UNIT;
}

impl pallet_data_labelling_tasks::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Datasets = crate::AssetRegistry;
	type Contributors = crate::ContributorAttribution;
	type MaxClasses = ConstU32<64>;
	type MaxClassNameLen = ConstU32<32>;
	type MaxLabelsPerItem = ConstU32<5>;
	/// `MaxLabelsPerItem` plus the tie-break slot.
	type MaxVotes = ConstU32<6>;
	type MaxItems = ConstU32<100>;
	type MaxItemsPerCall = ConstU32<20>;
	type MaxItemLen = ConstU32<256>;
	type ItemDeposit = ItemDeposit;
	type MaxLiveTasks = ConstU32<16>;
	type MaxReputation = ConstI32<10_000>;
	type WeightInfo = pallet_data_labelling_tasks::weights::SubstrateWeight<Runtime>;
}
