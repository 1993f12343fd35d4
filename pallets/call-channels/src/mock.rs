//! A test runtime with a stand-in registry, stand-in offerings and a stand-in revenue sink that
//! moves every payment to one account and records it, so this pallet is tested alone. Vouchers
//! are signed with `TestSignature` (a signature is the signer's id and the exact bytes signed).

use crate as pallet_call_channels;
use core::cell::RefCell;
use frame_support::{
	derive_impl,
	traits::{fungible::Mutate, tokens::Preservation, ConstU32, ConstU64},
	PalletId,
};
pub use lineage_primitives::test_support::MockAssets;
use lineage_primitives::{
	AssetId, AssetInspect, AssetKind, AssetStatus, OfferingInspect, OfferingTerms, RevenueSink,
	RevenueSummary, TokenPrices,
};
use sp_runtime::{testing::TestSignature, BuildStorage, DispatchError, Perbill};

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
	pub type Channels = pallet_call_channels;
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

/// A revenue payment: (payer, asset, amount, provider, provider's part).
pub type Payment = (AccountId, AssetId, Balance, AccountId, Balance);

thread_local! {
	/// Every revenue payment.
	pub static PAYMENTS: RefCell<Vec<Payment>> = const { RefCell::new(Vec::new()) };
	/// The stand-in offerings.
	pub static OFFERINGS: RefCell<Vec<(AssetId, OfferingTerms<AccountId, Balance>)>> =
		const { RefCell::new(Vec::new()) };
}

/// Where the stand-in sink moves everything but the provider's part.
pub const SINK: AccountId = 100;

/// The stand-in revenue sink: 10% "protocol fee"; the provider gets its share of the rest, all
/// else moves to `SINK`; refuses frozen or retired assets like royalty-split.
pub struct MockRevenue;
impl RevenueSink<AccountId, Balance> for MockRevenue {
	fn pay(
		payer: &AccountId,
		asset: AssetId,
		amount: Balance,
	) -> Result<RevenueSummary<Balance>, DispatchError> {
		Self::pay_call(payer, asset, amount, &SINK, Perbill::zero())
	}
	fn pay_call(
		payer: &AccountId,
		asset: AssetId,
		amount: Balance,
		provider: &AccountId,
		share: Perbill,
	) -> Result<RevenueSummary<Balance>, DispatchError> {
		Self::can_pay(asset)?;
		let fee = amount / 10;
		let to_provider = share.mul_floor(amount - fee);
		if to_provider > 0 {
			Balances::transfer(payer, provider, to_provider, Preservation::Preserve)?;
		}
		Balances::transfer(payer, &SINK, amount - to_provider, Preservation::Preserve)?;
		PAYMENTS.with(|p| p.borrow_mut().push((*payer, asset, amount, *provider, to_provider)));
		Ok(RevenueSummary {
			protocol_fee: fee,
			to_provider,
			to_ancestors: 0,
			to_asset: amount - fee - to_provider,
			ancestors: MockAssets::royalty_table(asset).len() as u32,
		})
	}
	fn max_provider_share(_asset: AssetId) -> Perbill {
		Perbill::one()
	}
	fn can_pay(asset: AssetId) -> Result<(), DispatchError> {
		match MockAssets::status(asset) {
			Some(AssetStatus::Active) => Ok(()),
			_ => Err(DispatchError::Other("not payable")),
		}
	}
}

/// The stand-in offerings.
pub struct MockOfferings;
impl MockOfferings {
	/// Set `model`'s offering.
	pub fn set(model: AssetId, provider: AccountId, price: Balance, share: u32, version: u32) {
		let terms = OfferingTerms {
			provider,
			price_per_call: price,
			token_prices: Default::default(),
			provider_share: Perbill::from_percent(share),
			version,
			paused: false,
		};
		OFFERINGS.with(|o| {
			let mut o = o.borrow_mut();
			o.retain(|(m, _)| *m != model);
			o.push((model, terms));
		});
	}
	/// Price `model`'s offering per token too, at `per_1k_input` and `per_1k_output`.
	pub fn price_tokens(model: AssetId, per_1k_input: Balance, per_1k_output: Balance) {
		OFFERINGS.with(|o| {
			for (m, t) in o.borrow_mut().iter_mut() {
				if *m == model {
					t.token_prices = TokenPrices { per_1k_input, per_1k_output };
				}
			}
		});
	}
	/// Pause `model`'s offering.
	pub fn pause(model: AssetId) {
		OFFERINGS.with(|o| {
			for (m, t) in o.borrow_mut().iter_mut() {
				if *m == model {
					t.paused = true;
				}
			}
		});
	}
}
impl OfferingInspect<AccountId, Balance> for MockOfferings {
	fn terms(model: AssetId) -> Option<OfferingTerms<AccountId, Balance>> {
		OFFERINGS.with(|o| o.borrow().iter().find(|(m, _)| *m == model).map(|(_, t)| t.clone()))
	}
}

pub const RECORD_DEPOSIT: Balance = 5;
pub const CHALLENGE: u64 = 10;
pub const LIFETIME: u64 = 1_000;
pub const MAX_CHANNELS: u32 = 3;

impl pallet_call_channels::Config for Test {
	type RuntimeEvent = RuntimeEvent;
	type Currency = Balances;
	type RuntimeHoldReason = RuntimeHoldReason;
	type Signature = TestSignature;
	type Assets = MockAssets;
	type Offerings = MockOfferings;
	type Revenue = MockRevenue;
	type PalletId = ChannelsPalletId;
	type ChannelDeposit = ConstU64<RECORD_DEPOSIT>;
	type ChallengePeriod = ConstU64<CHALLENGE>;
	type MaxLifetime = ConstU64<LIFETIME>;
	type MaxChannelsPerCaller = ConstU32<MAX_CHANNELS>;
	type MaxClaimBatch = ConstU32<4>;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockOfferings;
}

frame_support::parameter_types! {
	pub const ChannelsPalletId: PalletId = PalletId(*b"lin/chan");
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, TestSignature> for MockOfferings {
	fn create_model(owner: &AccountId, provider: &AccountId, ancestors: u32) -> AssetId {
		let id = MockAssets::next_id();
		let table = (0..u64::from(ancestors)).map(|i| (1_000 + i, Perbill::from_percent(1)));
		MockAssets::add_with_table(id, *owner, AssetKind::Model, table.collect());
		MockOfferings::set(id, *provider, 10, 50, 1);
		id
	}
	fn signer(n: u32) -> AccountId {
		1_000 + u64::from(n)
	}
	fn sign(signer: &AccountId, payload: &[u8]) -> TestSignature {
		TestSignature(*signer, payload.to_vec())
	}
}

pub const OWNER: AccountId = 1;
pub const PROVIDER: AccountId = 2;
pub const CALLER: AccountId = 3;
pub const OTHER: AccountId = 4;
pub const POOR: AccountId = 5;
pub const MODEL: AssetId = 0;
pub const OTHER_MODEL: AssetId = 1;
pub const PRICE: Balance = 10;
pub const START: Balance = 10_000;

pub fn new_test_ext() -> sp_io::TestExternalities {
	MockAssets::clear();
	PAYMENTS.with(|p| p.borrow_mut().clear());
	OFFERINGS.with(|o| o.borrow_mut().clear());
	let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![
			(OWNER, 1_000),
			(PROVIDER, 10),
			(CALLER, START),
			(OTHER, START),
			(POOR, 30),
			(SINK, 1),
		],
		..Default::default()
	}
	.assimilate_storage(&mut storage)
	.unwrap();
	pallet_call_channels::GenesisConfig::<Test>::default()
		.assimilate_storage(&mut storage)
		.unwrap();
	let mut ext: sp_io::TestExternalities = storage.into();
	ext.execute_with(|| {
		System::set_block_number(1);
		MockAssets::add(MODEL, OWNER, AssetKind::Model);
		MockAssets::add(OTHER_MODEL, OWNER, AssetKind::Model);
		MockOfferings::set(MODEL, PROVIDER, PRICE, 50, 1);
		MockOfferings::set(OTHER_MODEL, PROVIDER, PRICE, 50, 1);
	});
	ext
}

/// Run `test`, then check the pallet's invariants.
pub fn run_test(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		Channels::do_try_state().expect("call-channels invariants hold after the test");
	});
}
