//! A test runtime with a stand-in registry and a stand-in revenue sink that moves the model's
//! part of each price to one account and records every payment, so this pallet is tested alone.

use crate as pallet_model_invocation;
use core::cell::RefCell;
use frame_support::{
	derive_impl,
	traits::{fungible::Mutate, tokens::Preservation, ConstU32, ConstU64},
};
pub use lineage_primitives::test_support::MockAssets;
use lineage_primitives::{
	AssetId, AssetInspect, AssetKind, AssetStatus, RevenueSink, RevenueSummary,
};
use sp_runtime::{BuildStorage, DispatchError, Perbill};

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
	pub type Invocation = pallet_model_invocation;
}

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	/// Real database weights, so `on_idle` has something to count.
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type AccountStore = System;
	type Balance = Balance;
	type RuntimeHoldReason = RuntimeHoldReason;
}

thread_local! {
	/// Every revenue payment: (payer, asset, amount).
	pub static PAYMENTS: RefCell<Vec<(AccountId, AssetId, Balance)>> = const { RefCell::new(Vec::new()) };
}

/// A royalty table of `n` ancestors owed 1% each (the stand-in registry's models have two).
pub fn ancestors(n: u32) -> Vec<(AssetId, Perbill)> {
	(0..u64::from(n)).map(|i| (1_000 + i, Perbill::from_percent(1))).collect()
}

/// Add an active model, dataset or agent owned by `owner`, with two ancestors.
pub fn add_asset(id: AssetId, owner: AccountId, kind: AssetKind) {
	MockAssets::add_with_table(id, owner, kind, ancestors(2));
}

/// Where the stand-in sink moves the model's part of each price.
pub const SINK: AccountId = 100;

/// The stand-in revenue sink: 10% "protocol fee" and everything else "to the asset", all moved
/// to `SINK`; refuses frozen or retired assets like royalty-split.
pub struct MockRevenue;
impl RevenueSink<AccountId, Balance> for MockRevenue {
	fn pay(
		payer: &AccountId,
		asset: AssetId,
		amount: Balance,
	) -> Result<RevenueSummary<Balance>, DispatchError> {
		Self::pay_call(payer, asset, amount, &SINK, Perbill::zero())
	}
	/// Like royalty-split: the provider gets `share` of the price after the 10% fee, out of
	/// the model's part; the rest moves to `SINK`.
	fn pay_call(
		payer: &AccountId,
		asset: AssetId,
		amount: Balance,
		provider: &AccountId,
		share: Perbill,
	) -> Result<RevenueSummary<Balance>, DispatchError> {
		Self::can_pay(asset)?;
		if share > Self::max_provider_share(asset) {
			return Err(DispatchError::Other("provider share too high"));
		}
		let fee = amount / 10;
		let to_provider = share.mul_floor(amount - fee);
		if to_provider > 0 {
			Balances::transfer(payer, provider, to_provider, Preservation::Preserve)?;
		}
		Balances::transfer(payer, &SINK, amount - to_provider, Preservation::Preserve)?;
		PAYMENTS.with(|p| p.borrow_mut().push((*payer, asset, amount)));
		Ok(RevenueSummary {
			protocol_fee: fee,
			to_provider,
			to_ancestors: 0,
			to_asset: amount - fee - to_provider,
			ancestors: MockAssets::royalty_table(asset).len() as u32,
		})
	}
	fn max_provider_share(asset: AssetId) -> Perbill {
		let stack = MockAssets::royalty_table(asset)
			.iter()
			.fold(Perbill::zero(), |a, (_, s)| a + *s);
		Perbill::one() - stack
	}
	fn can_pay(asset: AssetId) -> Result<(), DispatchError> {
		match MockAssets::status(asset) {
			Some(AssetStatus::Active) => Ok(()),
			_ => Err(DispatchError::Other("not payable")),
		}
	}
}

pub const DEPOSIT: Balance = 50;
pub const RETENTION: u64 = 100;

impl pallet_model_invocation::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Assets = MockAssets;
	type Revenue = MockRevenue;
	type OfferingDeposit = ConstU64<DEPOSIT>;
	type MaxTimeout = ConstU64<1_000>;
	type MaxOpenPerCaller = ConstU32<3>;
	type MaxBatch = ConstU32<4>;
	type ReceiptRetention = ConstU64<RETENTION>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockAssets;
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId> for MockAssets {
	fn create_model(owner: &AccountId, ancestors: u32) -> AssetId {
		let id = MockAssets::next_id();
		MockAssets::add_with_table(id, *owner, AssetKind::Model, self::ancestors(ancestors));
		Balances::set_balance(owner, 1_000_000);
		id
	}
}

pub const OWNER: AccountId = 1;
pub const PROVIDER: AccountId = 2;
pub const CALLER: AccountId = 3;
pub const OTHER: AccountId = 4;
pub const POOR: AccountId = 5;
pub const MODEL: AssetId = 0;
pub const DATASET: AssetId = 1;
pub const AGENT: AssetId = 2;

pub fn new_test_ext() -> sp_io::TestExternalities {
	MockAssets::clear();
	PAYMENTS.with(|p| p.borrow_mut().clear());
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(OWNER, 1_000),
			(PROVIDER, 10),
			(CALLER, 10_000),
			(OTHER, 10_000),
			(POOR, 30),
			(SINK, 1),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	let mut ext: sp_io::TestExternalities = storage.into();
	ext.execute_with(|| {
		System::set_block_number(1);
		add_asset(MODEL, OWNER, AssetKind::Model);
		add_asset(DATASET, OWNER, AssetKind::Dataset);
		add_asset(AGENT, OWNER, AssetKind::Agent);
	});
	ext
}

/// Run `test`, then check the pallet's invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Invocation::do_try_state().expect("model-invocation invariants hold after the test");
	});
}
