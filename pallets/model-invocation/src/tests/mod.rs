//! Unit tests: offerings, invoking, completing (one and batched), refunds, timers, receipts.
//!
//! One file per feature (`src/features/`), plus the queries, the trait implementations and the
//! invariants; this file holds what they share.

use crate::{
	mock::*, Error, Event, HoldReason, Invocations, OpenByCaller, Pallet, Receipts, Timer, Timers,
};

use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect, InspectHold},
		Get, Hooks,
	},
	weights::Weight,
	BoundedVec,
};

use lineage_primitives::{AssetId, AssetKind, AssetStatus, ContentHash};

use sp_runtime::Perbill;

const PRICE: u64 = 100;

const TIMEOUT: u64 = 10;

fn hash(n: u8) -> ContentHash {
	ContentHash::repeat_byte(n)
}

fn offer() {
	offer_model(MODEL);
}

/// The owner offers `model` through `PROVIDER` at the standard terms.
fn offer_model(model: AssetId) {
	assert_ok!(Invocation::set_offering(
		RuntimeOrigin::signed(OWNER),
		model,
		PRICE,
		PROVIDER,
		Perbill::from_percent(30),
		TIMEOUT
	));
}

/// The current terms version of `model`'s offering (0 without one).
fn terms(model: AssetId) -> u32 {
	Invocation::offering_view(model).map_or(0, |o| o.terms)
}

fn invoke(who: u64) -> u64 {
	let id = crate::NextInvocationId::<Test>::get();
	assert_ok!(Invocation::invoke(RuntimeOrigin::signed(who), MODEL, hash(1), PRICE, terms(MODEL)));
	id
}

fn escrowed(who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Invocation(HoldReason::Escrow), &who)
}

fn go_to(n: u64) {
	while System::block_number() < n {
		let now = System::block_number();
		Invocation::on_idle(now, Weight::MAX);
		System::set_block_number(now + 1);
	}
}

fn batch(
	items: Vec<(u64, ContentHash)>,
) -> BoundedVec<(u64, ContentHash), frame_support::traits::ConstU32<4>> {
	items.try_into().unwrap()
}

mod invariants;
mod invoke;
mod offering;
mod queries;
mod settle;
mod timers;
