//! The pallet's tests, one file per feature (as `features/`), with shared helpers here.

use crate::{mock::*, ChannelCount, Channels as ChannelStore, Error, Event, HoldReason};
use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
use lineage_primitives::{ChannelId, ContentHash, Voucher};
use sp_runtime::testing::TestSignature;

mod claim;
mod close;
mod invariants;
mod open;
mod queries;
mod tokens;

/// `caller` opens a channel to `model` with `deposit`, expiring at block 500.
fn open_to(caller: AccountId, model: u64, deposit: Balance) -> ChannelId {
	let id = crate::NextChannelId::<Test>::get();
	assert_ok!(Channels::open_channel(RuntimeOrigin::signed(caller), model, deposit, 500, 1));
	id
}

/// `CALLER` opens a channel to `MODEL` with `deposit`.
fn open(deposit: Balance) -> ChannelId {
	open_to(CALLER, MODEL, deposit)
}

/// A voucher for this chain.
fn voucher(channel: ChannelId, amount: Balance, calls: u64) -> Voucher<Balance> {
	Voucher {
		genesis_hash: Channels::genesis_hash(),
		channel,
		amount,
		calls,
		receipts_root: ContentHash::repeat_byte(calls as u8),
		reserve: 0,
	}
}

/// `who`'s signature of `voucher`.
fn sign(who: AccountId, voucher: &Voucher<Balance>) -> TestSignature {
	TestSignature(who, voucher.signing_payload())
}

/// Claim `calls` calls at `PRICE` on `channel`, signed by `CALLER`.
fn claim(
	channel: ChannelId,
	calls: u64,
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	let v = voucher(channel, PRICE * calls, calls);
	Channels::claim(RuntimeOrigin::signed(PROVIDER), v, sign(CALLER, &v), None)
}

/// What `who` holds in channel funds.
fn funds_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ChannelFunds.into(), &who)
}

/// What `who` holds in channel record deposits.
fn records_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ChannelDeposit.into(), &who)
}

/// The payments into models so far: (payer, model, amount, provider, provider's part).
fn payments() -> Vec<Payment> {
	PAYMENTS.with(|p| p.borrow().clone())
}
