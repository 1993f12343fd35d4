//! Channels priced per token: a voucher's ceiling, and what a claim can take from it.

use super::*;
use crate::SignedVoucher;
use lineage_primitives::{CallReceipt, TokenPrices};

/// 4 per 1,000 tokens of request, 20 per 1,000 of answer, on top of `PRICE` per call.
const PER_1K_INPUT: Balance = 4;
const PER_1K_OUTPUT: Balance = 20;

/// `CALLER` opens a channel with `deposit` to `MODEL` priced per token.
fn open_per_token(deposit: Balance) -> ChannelId {
	MockOfferings::price_tokens(MODEL, PER_1K_INPUT, PER_1K_OUTPUT);
	open(deposit)
}

/// A voucher for `calls` calls whose calls before the last one cost `before` and whose last
/// one may cost at most `reserve`.
fn ceiling(channel: ChannelId, before: Balance, reserve: Balance, calls: u64) -> Voucher<Balance> {
	Voucher { amount: before + reserve, reserve, ..voucher(channel, 0, calls) }
}

/// The receipt of call `call` of `channel` for `input` and `output` tokens, charged `amount`.
fn receipt(
	channel: ChannelId,
	call: u64,
	input: u32,
	output: u32,
	amount: Balance,
) -> CallReceipt<Balance> {
	CallReceipt {
		channel,
		call,
		input_hash: ContentHash::repeat_byte(1),
		output_hash: ContentHash::repeat_byte(2),
		input_tokens: input,
		output_tokens: output,
		amount,
	}
}

/// Claim `v` signed by `CALLER`, showing `last`.
fn claim_with(
	v: Voucher<Balance>,
	last: Option<CallReceipt<Balance>>,
) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
	Channels::claim(RuntimeOrigin::signed(PROVIDER), v, sign(CALLER, &v), last)
}

#[test]
fn a_channel_fixes_the_token_prices_it_opened_at() {
	run_test(|| {
		let id = open_per_token(1_000);
		MockOfferings::price_tokens(MODEL, 1, 1);
		let prices = ChannelStore::<Test>::get(id).unwrap().token_prices;
		assert_eq!(
			prices,
			TokenPrices { per_1k_input: PER_1K_INPUT, per_1k_output: PER_1K_OUTPUT }
		);
	});
}

#[test]
fn a_charge_is_the_price_per_call_plus_the_tokens_rounded_up_once() {
	let prices = TokenPrices { per_1k_input: PER_1K_INPUT, per_1k_output: PER_1K_OUTPUT };
	// 10 + ⌈(250 × 4 + 100 × 20) / 1000⌉ = 10 + 3.
	assert_eq!(prices.charge(PRICE, 250, 100), Some(13));
	// 10 + ⌈(1 × 4 + 0) / 1000⌉ = 11: a part of a unit is a unit, once per call.
	assert_eq!(prices.charge(PRICE, 1, 0), Some(11));
	assert_eq!(prices.charge(PRICE, 0, 0), Some(PRICE));
	assert_eq!(prices.charge_within(PRICE, 250, 100, 12), 12, "capped at the reserve");
	assert_eq!(prices.charge(Balance::MAX, 1, 0), None, "overflow is refused, not wrapped");
	assert_eq!(prices.charge_within(Balance::MAX, 1, 0, 50), 50, "and charged the reserve");
	assert!(!TokenPrices::<Balance>::default().per_token());
}

#[test]
fn a_voucher_alone_pays_the_calls_before_its_last_and_the_last_ones_receipt_pays_it() {
	run_test(|| {
		let id = open_per_token(1_000);
		// Call 1's voucher: nothing charged before it, at most 100 for it.
		let first = ceiling(id, 0, 100, 1);
		assert_noop!(claim_with(first, None), Error::<Test>::StaleVoucher);
		// With call 1's receipt: 250 tokens in, 100 out = 13.
		let last = receipt(id, 1, 250, 100, 13);
		assert_ok!(claim_with(first, Some(last)));
		System::assert_has_event(
			Event::ChannelClaimed {
				channel: id,
				model: MODEL,
				calls: 1,
				amount: 13,
				total_calls: 1,
				receipts_root: ContentHash::repeat_byte(1),
				last_call: Some(last),
			}
			.into(),
		);
		// Call 2's voucher carries what call 1 cost and a new ceiling; alone it pays nothing new.
		let second = ceiling(id, 13, 100, 2);
		assert_noop!(claim_with(second, None), Error::<Test>::StaleVoucher);
		// Call 3's voucher, after call 2 cost 11: claims 11 alone.
		let third = ceiling(id, 24, 50, 3);
		assert_ok!(claim_with(third, None));
		let channel = ChannelStore::<Test>::get(id).unwrap();
		assert_eq!((channel.claimed, channel.claimed_calls), (24, 3));
		assert_eq!(funds_held(CALLER), 1_000 - 24);
		// Then the same voucher with call 3's receipt adds call 3's charge: 10 + ⌈20 × 20 / 1000⌉.
		assert_ok!(claim_with(third, Some(receipt(id, 3, 0, 20, 11))));
		assert_eq!(ChannelStore::<Test>::get(id).unwrap().claimed, 35);
		// Each claim paid into the model exactly what was charged since the last.
		assert_eq!(payments().iter().map(|p| p.2).collect::<Vec<_>>(), vec![13, 11, 11]);
	});
}

#[test]
fn a_provider_cannot_claim_more_than_the_tokens_at_the_channels_prices_nor_above_the_reserve() {
	run_test(|| {
		let id = open_per_token(1_000);
		let v = ceiling(id, 0, 30, 1);
		// A charge that is not its tokens at the channel's prices.
		assert_noop!(claim_with(v, Some(receipt(id, 1, 250, 100, 14))), Error::<Test>::WrongCharge);
		// Tokens whose charge is above the reserve are charged the reserve, no more.
		assert_noop!(
			claim_with(v, Some(receipt(id, 1, 0, 5_000, 110))),
			Error::<Test>::WrongCharge
		);
		// The receipt of another call or channel.
		assert_noop!(claim_with(v, Some(receipt(id, 2, 0, 0, 10))), Error::<Test>::WrongLastCall);
		assert_noop!(
			claim_with(v, Some(receipt(id + 1, 1, 0, 0, 10))),
			Error::<Test>::WrongLastCall
		);
		assert_ok!(claim_with(v, Some(receipt(id, 1, 0, 5_000, 30))));
		assert_eq!(ChannelStore::<Test>::get(id).unwrap().claimed, 30);
	});
}

#[test]
fn a_ceiling_must_be_covered_by_the_deposit_and_hold_its_reserve() {
	run_test(|| {
		let id = open_per_token(100);
		assert_noop!(
			claim_with(ceiling(id, 0, 101, 1), Some(receipt(id, 1, 0, 0, 10))),
			Error::<Test>::OverDeposit
		);
		let upside_down = Voucher { amount: 5, reserve: 6, ..voucher(id, 0, 1) };
		assert_noop!(claim_with(upside_down, None), Error::<Test>::ReserveAboveAmount);
	});
}

#[test]
fn a_per_call_channel_takes_no_last_receipt_and_keeps_its_cap_of_calls_times_price() {
	run_test(|| {
		let id = open(100);
		let v = voucher(id, 20, 2);
		assert_noop!(
			claim_with(v, Some(receipt(id, 2, 0, 0, 10))),
			Error::<Test>::NotPricedPerToken
		);
		assert_noop!(claim_with(voucher(id, 21, 2), None), Error::<Test>::AboveTerms);
		assert_ok!(claim_with(v, None));
	});
}

#[test]
fn a_batch_claims_per_token_vouchers_with_their_last_receipts() {
	run_test(|| {
		let a = open_per_token(1_000);
		let v = ceiling(a, 13, 40, 2);
		let item = SignedVoucher {
			voucher: v,
			signature: sign(CALLER, &v),
			last_call: Some(receipt(a, 2, 1_000, 1_000, 34)),
		};
		let batch = frame_support::BoundedVec::truncate_from(vec![item]);
		assert_ok!(Channels::claim_batch(RuntimeOrigin::signed(PROVIDER), MODEL, batch));
		// 13 before, and call 2's 10 + ⌈(1,000 × 4 + 1,000 × 20) / 1000⌉ = 34.
		assert_eq!(ChannelStore::<Test>::get(a).unwrap().claimed, 47);
		assert_eq!(funds_held(CALLER), 1_000 - 47);
	});
}

#[test]
fn the_v1_migration_gives_channels_stored_before_token_prices_no_prices() {
	use crate::migrations::v1::{ChannelV0, MigrateV0ToV1};
	use codec::Encode;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	run_test(|| {
		let id = open(100);
		let now = ChannelStore::<Test>::get(id).unwrap();
		// The channel as version 0 stored it.
		let old = ChannelV0 {
			caller: now.caller,
			model: now.model,
			provider: now.provider,
			price_per_call: now.price_per_call,
			provider_share: now.provider_share,
			terms: now.terms,
			deposit: now.deposit,
			claimed: now.claimed,
			claimed_calls: now.claimed_calls,
			receipts_root: now.receipts_root,
			opened_at: now.opened_at,
			expires_at: now.expires_at,
			closing_until: now.closing_until,
			record: now.record.clone(),
		};
		frame_support::storage::unhashed::put_raw(
			&ChannelStore::<Test>::hashed_key_for(id),
			&old.encode(),
		);
		StorageVersion::new(0).put::<Channels>();
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(ChannelStore::<Test>::get(id), Some(now), "decodes as it was, priced per call");
		assert_eq!(Channels::on_chain_storage_version(), StorageVersion::new(1));
		// Run again, it changes nothing.
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Channels::on_chain_storage_version(), StorageVersion::new(1));
	});
}

#[test]
fn no_one_but_the_provider_may_show_a_last_receipt_nor_show_a_second_one_for_the_same_call() {
	run_test(|| {
		let id = open_per_token(1_000);
		let v = ceiling(id, 0, 100, 1);
		let made_up = receipt(id, 1, 0, 5_000, 100);
		// Anyone may claim, but a stranger (or the caller) showing a receipt could charge the
		// caller its whole reserve: refused.
		for who in [OTHER, CALLER] {
			assert_noop!(
				Channels::claim(RuntimeOrigin::signed(who), v, sign(CALLER, &v), Some(made_up)),
				Error::<Test>::NotProvider
			);
		}
		// The provider claims call 1 at its real charge, 13.
		assert_ok!(claim_with(v, Some(receipt(id, 1, 250, 100, 13))));
		// The same voucher again with a larger receipt for the same call: refused.
		assert_noop!(claim_with(v, Some(made_up)), Error::<Test>::LastCallClaimed);
		assert_eq!(ChannelStore::<Test>::get(id).unwrap().claimed, 13);
		assert_eq!(funds_held(CALLER), 1_000 - 13);
	});
}
