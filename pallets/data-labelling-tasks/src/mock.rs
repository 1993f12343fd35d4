//! A test runtime with stand-ins for the dataset registrar and the contributor ledger that
//! record what the pallet asks of them.

use crate as pallet_data_labelling_tasks;
use core::cell::RefCell;
use frame_support::{
	derive_impl,
	traits::{ConstU32, ConstU64},
};
use lineage_primitives::{
	AssetId, ContentHash, ContributionKind, ContributionSource, ContributorLedger,
	DatasetRegistrar, Licence, Points, Relation,
};
use sp_runtime::{BuildStorage, DispatchError, DispatchResult, Perbill};

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
	pub type Labelling = pallet_data_labelling_tasks;
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

/// One recorded contribution: (dataset, contributor, kind, points, source).
pub type RecordedPoints = (AssetId, AccountId, ContributionKind, Points, ContributionSource);

thread_local! {
	/// Registered datasets: (owner, content hash, licence).
	pub static DATASETS: RefCell<Vec<(AccountId, ContentHash, Licence)>> = const { RefCell::new(Vec::new()) };
	/// Recorded points: (asset, who, kind, points, source).
	pub static POINTS: RefCell<Vec<RecordedPoints>> = const { RefCell::new(Vec::new()) };
	/// Pools set: (asset, pool).
	pub static POOLS: RefCell<Vec<(AssetId, Perbill)>> = const { RefCell::new(Vec::new()) };
	/// Make the next dataset registrations fail (as for a requester who cannot cover the
	/// deposit).
	pub static FAIL_REGISTRATION: RefCell<bool> = const { RefCell::new(false) };
	/// Assets whose contributors were sealed.
	pub static SEALED: RefCell<Vec<AssetId>> = const { RefCell::new(Vec::new()) };
}

pub struct MockRegistry;
impl DatasetRegistrar<AccountId> for MockRegistry {
	fn register_dataset(
		owner: &AccountId,
		content_hash: ContentHash,
		_uri: Vec<u8>,
		licence: Licence,
		_parents: Vec<(AssetId, Relation)>,
	) -> Result<AssetId, DispatchError> {
		if FAIL_REGISTRATION.with(|f| *f.borrow()) {
			return Err(DispatchError::Other("cannot cover the deposit"));
		}
		Ok(DATASETS.with(|d| {
			d.borrow_mut().push((*owner, content_hash, licence));
			100 + d.borrow().len() as u64 - 1
		}))
	}
}

pub struct MockLedger;
impl ContributorLedger<AccountId> for MockLedger {
	fn record(
		asset: AssetId,
		who: &AccountId,
		kind: ContributionKind,
		points: Points,
		source: ContributionSource,
	) -> DispatchResult {
		POINTS.with(|p| p.borrow_mut().push((asset, *who, kind, points, source)));
		Ok(())
	}
	fn points_of(_: AssetId, _: &AccountId) -> Points {
		0
	}
	fn total_points(_: AssetId) -> Points {
		0
	}
	fn contributor_pool(_: AssetId) -> Perbill {
		Perbill::zero()
	}
	fn set_contributor_pool(asset: AssetId, pool: Perbill) -> DispatchResult {
		POOLS.with(|p| p.borrow_mut().push((asset, pool)));
		Ok(())
	}
	fn seal_contributors(asset: AssetId, pool_floor: Perbill) -> DispatchResult {
		POOLS.with(|p| p.borrow_mut().push((asset, pool_floor)));
		SEALED.with(|s| s.borrow_mut().push(asset));
		Ok(())
	}
}

pub const ITEM_DEPOSIT: Balance = 2;
pub const FINALISE_GRACE: u64 = 5;
pub const LABEL_BOND: Balance = 1;
pub const REVEAL_WINDOW: u64 = 3;

frame_support::parameter_types! {
	/// Zero for most tests (their balance checks predate it); set by the tests of `clear_task`.
	pub storage TaskDeposit: Balance = 0;
}
pub const MIN_REWARD_FOR_REPUTATION: Balance = 5;
pub const TREASURY: AccountId = 99;

impl pallet_data_labelling_tasks::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Datasets = MockRegistry;
	type Contributors = MockLedger;
	type MaxClasses = ConstU32<64>;
	type MaxClassNameLen = ConstU32<16>;
	type MaxLabelsPerItem = ConstU32<5>;
	type MaxVotes = ConstU32<6>;
	type MaxItems = ConstU32<10>;
	type MaxItemsPerCall = ConstU32<5>;
	type MaxItemLen = ConstU32<32>;
	type ItemDeposit = ConstU64<ITEM_DEPOSIT>;
	type MaxLiveTasks = ConstU32<3>;
	type MaxReputation = frame_support::traits::ConstI32<100>;
	type FinaliseGrace = ConstU64<FINALISE_GRACE>;
	type LabelBond = ConstU64<LABEL_BOND>;
	type TaskDeposit = TaskDeposit;
	type RevealWindow = ConstU64<REVEAL_WINDOW>;
	type MinRewardForReputation = ConstU64<MIN_REWARD_FOR_REPUTATION>;
	type Treasury = frame_support::traits::ConstU64<TREASURY>;
	type WeightInfo = ();
}

pub const REQUESTER: AccountId = 1;
pub const L1: AccountId = 11;
pub const L2: AccountId = 12;
pub const L3: AccountId = 13;
pub const L4: AccountId = 14;
pub const POOR: AccountId = 5;
/// Holds only the existential deposit: cannot cover a label bond.
pub const BROKE: AccountId = 6;

pub fn new_test_ext() -> sp_io::TestExternalities {
	DATASETS.with(|d| d.borrow_mut().clear());
	POINTS.with(|p| p.borrow_mut().clear());
	POOLS.with(|p| p.borrow_mut().clear());
	SEALED.with(|p| p.borrow_mut().clear());
	FAIL_REGISTRATION.with(|f| *f.borrow_mut() = false);
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(REQUESTER, 10_000),
			(L1, 10),
			(L2, 10),
			(L3, 10),
			(L4, 10),
			(POOR, 20),
			(TREASURY, 1),
			(BROKE, 1),
		],
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
		Labelling::do_try_state().expect("labelling invariants hold after the test");
	});
}
