//! A test runtime with a stand-in asset registry, a recorder for `OnPointsChanged`, and a
//! switchable "has earned" answer, so this pallet is tested on its own.

use crate as pallet_contributor_attribution;
use core::cell::RefCell;
use frame_support::{derive_impl, traits::ConstU32};
pub use lineage_primitives::test_support::MockAssets;
use lineage_primitives::{AssetId, AssetKind, EarningsInspect, OnPointsChanged, Points};
use sp_runtime::BuildStorage;
use std::collections::BTreeSet;

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
	pub type Attribution = pallet_contributor_attribution;
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

/// One `on_points_changed` call: (asset, who, before, after, total_before).
pub type PointChange = (AssetId, AccountId, Points, Points, Points);

thread_local! {
	static EARNED: RefCell<BTreeSet<AssetId>> = const { RefCell::new(BTreeSet::new()) };
	/// Every `on_points_changed` call: (asset, who, before, after, total_before).
	pub static POINT_CHANGES: RefCell<Vec<PointChange>> = const { RefCell::new(Vec::new()) };
}

/// Records every points change in `POINT_CHANGES`.
pub struct RecordPointChanges;
impl OnPointsChanged<AccountId> for RecordPointChanges {
	fn on_points_changed(
		asset: AssetId,
		who: &AccountId,
		before: Points,
		after: Points,
		total_before: Points,
	) {
		POINT_CHANGES.with(|c| c.borrow_mut().push((asset, *who, before, after, total_before)));
	}
}

/// Says an asset has earned once `mark_earned` was called for it.
pub struct MockEarnings;
impl MockEarnings {
	pub fn mark_earned(asset: AssetId) {
		EARNED.with(|e| e.borrow_mut().insert(asset));
	}
}
impl EarningsInspect for MockEarnings {
	fn has_earned(asset: AssetId) -> bool {
		EARNED.with(|e| e.borrow().contains(&asset))
	}
}

pub const DEPOSIT: Balance = 10;

impl pallet_contributor_attribution::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Assets = MockAssets;
	type OnPointsChanged = RecordPointChanges;
	type Earnings = MockEarnings;
	type ContributorDeposit = frame_support::traits::ConstU64<DEPOSIT>;
	type MaxContributorsPage = ConstU32<2>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockAssets;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockAssets {
	fn create_asset(owner: &AccountId) -> AssetId {
		let id = MockAssets::next_id();
		MockAssets::add(id, *owner, AssetKind::Dataset);
		id
	}
	fn retire_asset(asset: AssetId) {
		MockAssets::set_status(asset, lineage_primitives::AssetStatus::Retired);
	}
}

pub const OWNER: AccountId = 1;
pub const ALICE: AccountId = 2;
pub const BOB: AccountId = 3;
pub const POOR_OWNER: AccountId = 4;
/// Asset 0 belongs to OWNER, asset 1 to POOR_OWNER.
pub const ASSET: AssetId = 0;
pub const POOR_ASSET: AssetId = 1;

pub fn new_test_ext() -> sp_io::TestExternalities {
	MockAssets::clear();
	EARNED.with(|e| e.borrow_mut().clear());
	POINT_CHANGES.with(|c| c.borrow_mut().clear());
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(OWNER, 1_000), (ALICE, 1_000), (BOB, 1_000), (POOR_OWNER, 5)],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext: sp_io::TestExternalities = storage.into();
	ext.execute_with(|| {
		System::set_block_number(1);
		MockAssets::add(ASSET, OWNER, AssetKind::Dataset);
		MockAssets::add(POOR_ASSET, POOR_OWNER, AssetKind::Dataset);
	});
	ext
}

/// Run `test`, then check the pallet's invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Attribution::do_try_state().expect("attribution invariants hold after the test");
	});
}
