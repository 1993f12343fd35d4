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
	/// Held from a labeller per label until its item is resolved: 0.01 LIN.
	pub const LabelBond: Balance = 10 * MILLI_UNIT;
	/// Held per task record until the finished task is cleared: 0.1 LIN.
	pub const TaskDeposit: Balance = 100 * MILLI_UNIT;
	/// Accepted labels earn reputation only on tasks paying at least 0.001 LIN per label.
	pub const MinRewardForReputation: Balance = MILLI_UNIT;
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
	/// For an hour after a task's deadline only its requester may finalise it (with its gold
	/// reveal); then anyone can, so budgets never stay locked.
	type FinaliseGrace = ConstU32<{ crate::HOURS }>;
	/// Forfeited rewards go to the protocol treasury, never back to the requester.
	type Treasury = super::revenue::TreasuryAccount;
	type LabelBond = LabelBond;
	type TaskDeposit = TaskDeposit;
	/// An unrevealed commit can be evicted 100 blocks (5 minutes) after its item's reveals open.
	type RevealWindow = ConstU32<100>;
	type MinRewardForReputation = MinRewardForReputation;
	type WeightInfo = pallet_data_labelling_tasks::weights::SubstrateWeight<Runtime>;
}
