//! A test runtime: System, Balances and the registry, with small bounds so limits are reachable.

use crate as pallet_asset_registry;
use frame_support::{derive_impl, parameter_types, traits::ConstU32};
use frame_system::EnsureRoot;
use sp_runtime::{BuildStorage, Perbill};

type Block = frame_system::mocking::MockBlock<Test>;
pub type Balance = u64;
pub type AccountId = u64;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Test;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	#[runtime::pallet_index(1)]
	pub type Balances = pallet_balances;
	#[runtime::pallet_index(2)]
	pub type AssetRegistry = pallet_asset_registry;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type Balance = Balance;
	type RuntimeHoldReason = RuntimeHoldReason;
}

pub const ASSET_DEPOSIT: Balance = 100;
pub const BYTE_DEPOSIT: Balance = 1;
pub const PARENT_DEPOSIT: Balance = 10;
pub const MAX_PARENTS: u32 = 4;
pub const MAX_ANCESTORS: u32 = 8;
pub const COMMITMENT_DEPOSIT: Balance = 5;
pub const REVEAL_WINDOW: u64 = 10;

parameter_types! {
	pub const MaxRoyaltyStack: Perbill = Perbill::from_percent(50);
}

impl pallet_asset_registry::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type ForceOrigin = EnsureRoot<AccountId>;
	type AssetDeposit = frame_support::traits::ConstU64<ASSET_DEPOSIT>;
	type ByteDeposit = frame_support::traits::ConstU64<BYTE_DEPOSIT>;
	type ParentDeposit = frame_support::traits::ConstU64<PARENT_DEPOSIT>;
	type MaxUriLen = ConstU32<64>;
	type MaxParents = ConstU32<MAX_PARENTS>;
	type MaxAncestors = ConstU32<MAX_ANCESTORS>;
	type MaxRoyaltyStack = MaxRoyaltyStack;
	type MaxReasonLen = ConstU32<32>;
	type CommitmentDeposit = frame_support::traits::ConstU64<COMMITMENT_DEPOSIT>;
	type RevealWindow = frame_support::traits::ConstU64<REVEAL_WINDOW>;
	type MaxChildrenPage = ConstU32<3>;
	type WeightInfo = ();
}

pub const ALICE: AccountId = 1;
pub const BOB: AccountId = 2;
pub const POOR: AccountId = 3;
pub const START_BALANCE: Balance = 1_000_000;

/// Externalities with ALICE and BOB funded and POOR nearly empty, at block 1.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(ALICE, START_BALANCE), (BOB, START_BALANCE), (POOR, 50)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext: sp_io::TestExternalities = storage.into();
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run `test`, then check the pallet's invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		AssetRegistry::do_try_state().expect("asset-registry invariants hold after the test");
	});
}
