//! A test runtime with a stand-in registry (owners, statuses, royalty tables) and a stand-in
//! contributor ledger that, like contributor-attribution, tells royalty-split before points
//! change.

use crate as pallet_royalty_split;
use core::cell::RefCell;
use frame_support::{derive_impl, parameter_types, traits::ConstU32, PalletId};
pub use lineage_primitives::test_support::MockAssets;
use lineage_primitives::{AssetId, ContributorLedger, OnPointsChanged, Points};
use sp_runtime::{BuildStorage, DispatchResult, Perbill};
use std::collections::BTreeMap;

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
	pub type RoyaltySplit = pallet_royalty_split;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

pub const ED: Balance = 5;

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type Balance = Balance;
	type ExistentialDeposit = frame_support::traits::ConstU64<ED>;
}

thread_local! {
	static POINTS: RefCell<BTreeMap<(AssetId, AccountId), Points>> = const { RefCell::new(BTreeMap::new()) };
	static TOTALS: RefCell<BTreeMap<AssetId, Points>> = const { RefCell::new(BTreeMap::new()) };
	static POOLS: RefCell<BTreeMap<AssetId, Perbill>> = const { RefCell::new(BTreeMap::new()) };
	static FEE: RefCell<Perbill> = const { RefCell::new(Perbill::from_percent(2)) };
}

/// The stand-in contributor ledger: it calls royalty-split's `OnPointsChanged` before every
/// change, as contributor-attribution does.
pub struct MockContributors;
impl MockContributors {
	pub fn set_pool(asset: AssetId, pool: Perbill) {
		POOLS.with(|p| p.borrow_mut().insert(asset, pool));
	}
	pub fn add_points(asset: AssetId, who: AccountId, points: Points) {
		let before = Self::points_of(asset, &who);
		let total_before = Self::total_points(asset);
		<RoyaltySplit as OnPointsChanged<AccountId>>::on_points_changed(
			asset,
			&who,
			before,
			before + points,
			total_before,
		);
		POINTS.with(|p| p.borrow_mut().insert((asset, who), before + points));
		TOTALS.with(|t| t.borrow_mut().insert(asset, total_before + points));
	}
}
impl ContributorLedger<AccountId> for MockContributors {
	fn record(
		asset: AssetId,
		who: &AccountId,
		_kind: lineage_primitives::ContributionKind,
		points: Points,
		_source: lineage_primitives::ContributionSource,
	) -> DispatchResult {
		Self::add_points(asset, *who, points);
		Ok(())
	}
	fn points_of(asset: AssetId, who: &AccountId) -> Points {
		POINTS.with(|p| p.borrow().get(&(asset, *who)).copied().unwrap_or(0))
	}
	fn total_points(asset: AssetId) -> Points {
		TOTALS.with(|t| t.borrow().get(&asset).copied().unwrap_or(0))
	}
	fn contributor_pool(asset: AssetId) -> Perbill {
		POOLS.with(|p| p.borrow().get(&asset).copied().unwrap_or_default())
	}
	fn set_contributor_pool(asset: AssetId, pool: Perbill) -> DispatchResult {
		Self::set_pool(asset, pool);
		Ok(())
	}
	fn seal_contributors(asset: AssetId, pool_floor: Perbill) -> DispatchResult {
		Self::set_pool(asset, pool_floor);
		Ok(())
	}
}

pub struct ProtocolFee;
impl frame_support::traits::Get<Perbill> for ProtocolFee {
	fn get() -> Perbill {
		FEE.with(|f| *f.borrow())
	}
}
pub fn set_protocol_fee(fee: Perbill) {
	FEE.with(|f| *f.borrow_mut() = fee);
}

pub const TREASURY: AccountId = 99;
parameter_types! {
	pub const Treasury: AccountId = TREASURY;
	pub const RoyaltyPalletId: PalletId = PalletId(*b"lin/roya");
}

impl pallet_royalty_split::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type Assets = MockAssets;
	type Contributors = MockContributors;
	type ProtocolFee = ProtocolFee;
	type Treasury = Treasury;
	type PalletId = RoyaltyPalletId;
	type MaxClaimAll = ConstU32<3>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockAssets;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockAssets {
	fn create_asset(owner: &AccountId, ancestors: u32, contributors: u32) -> AssetId {
		let base = MockAssets::next_id();
		let table: Vec<_> = (0..ancestors as u64)
			.map(|i| {
				MockAssets::add(base + i, *owner, lineage_primitives::AssetKind::Model);
				MockContributors::set_pool(base + i, Perbill::from_percent(30));
				MockContributors::add_points(base + i, 1_000 + i, 1);
				(base + i, Perbill::from_parts(1_000_000))
			})
			.collect();
		let id = base + u64::from(ancestors);
		MockAssets::add_with_table(id, *owner, lineage_primitives::AssetKind::Model, table);
		MockContributors::set_pool(id, Perbill::from_percent(30));
		for c in 0..contributors {
			MockContributors::add_points(id, 10_000 + u64::from(c), 1);
		}
		id
	}
	fn add_points(asset: AssetId, who: &AccountId, points: Points) {
		MockContributors::add_points(asset, *who, points);
	}
}

pub const OWNER: AccountId = 1;
pub const PAYER: AccountId = 2;
pub const ALICE: AccountId = 3;
pub const BOB: AccountId = 4;
pub const CAROL: AccountId = 5;
pub const ROOT_OWNER: AccountId = 6;
pub const MID_OWNER: AccountId = 7;

pub fn new_test_ext() -> sp_io::TestExternalities {
	MockAssets::clear();
	POINTS.with(|p| p.borrow_mut().clear());
	TOTALS.with(|t| t.borrow_mut().clear());
	POOLS.with(|p| p.borrow_mut().clear());
	set_protocol_fee(Perbill::from_percent(2));
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(OWNER, 1_000),
			(PAYER, 1_000_000_000),
			(ALICE, 100),
			(BOB, 100),
			(CAROL, 100),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_royalty_split::GenesisConfig::<Test>::default()
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext: sp_io::TestExternalities = storage.into();
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Run `test`, then check the pallet's invariants and that the pot's books are exact.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		RoyaltySplit::do_try_state().expect("royalty-split invariants hold after the test");
		assert_eq!(RoyaltySplit::pot_surplus(), Ok(0), "the pot holds exactly what it owes");
	});
}
