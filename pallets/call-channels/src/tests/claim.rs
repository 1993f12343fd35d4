//! Claiming vouchers, one at a time and in batches.

use super::*;
use crate::SignedVoucher;
use frame_support::BoundedVec;

#[test]
fn a_claim_pays_the_difference_from_the_last_claim_once_through_the_split() {
	run_test(|| {
		let id = open(100);
		assert_ok!(claim(id, 3));
		System::assert_has_event(
			Event::ChannelClaimed {
				channel: id,
				model: MODEL,
				calls: 3,
				amount: 30,
				total_calls: 3,
				receipts_root: ContentHash::repeat_byte(3),
				last_call: None,
			}
			.into(),
		);
		// Provider share 50% of the price after the 10% fee: 27 / 2 = 13.
		System::assert_last_event(
			Event::ClaimsSettled {
				model: MODEL,
				provider: PROVIDER,
				channels: 1,
				calls: 3,
				amount: 30,
				protocol_fee: 3,
				to_provider: 13,
				to_ancestors: 0,
				to_model: 14,
			}
			.into(),
		);
		assert_ok!(claim(id, 5));
		// The second claim paid only the two new calls.
		let settlement = Channels::settlement_account();
		assert_eq!(
			payments(),
			vec![(settlement, MODEL, 30, PROVIDER, 13), (settlement, MODEL, 20, PROVIDER, 9)]
		);
		assert_eq!(funds_held(CALLER), 50);
		let channel = ChannelStore::<Test>::get(id).unwrap();
		assert_eq!((channel.claimed, channel.claimed_calls), (50, 5));
		assert_eq!(Balances::balance(&settlement), 1, "nothing stays in the settlement account");
	});
}

#[test]
fn anyone_may_submit_a_claim_but_only_the_callers_signature_counts() {
	run_test(|| {
		let id = open(100);
		let v = voucher(id, 30, 3);
		// The provider (or anyone) cannot sign for the caller.
		assert_noop!(
			Channels::claim(RuntimeOrigin::signed(PROVIDER), v, sign(PROVIDER, &v), None),
			Error::<Test>::BadSignature
		);
		// A signature of another voucher: the amount raised after signing.
		let raised = voucher(id, 40, 4);
		assert_noop!(
			Channels::claim(RuntimeOrigin::signed(PROVIDER), raised, sign(CALLER, &v), None),
			Error::<Test>::BadSignature
		);
		// Anyone may submit a good one.
		assert_ok!(Channels::claim(RuntimeOrigin::signed(OTHER), v, sign(CALLER, &v), None));
	});
}

#[test]
fn a_wallet_wrapped_signature_is_accepted() {
	run_test(|| {
		let id = open(100);
		let v = voucher(id, 30, 3);
		let wrapped = TestSignature(CALLER, v.wrapped_signing_payload());
		assert_ok!(Channels::claim(RuntimeOrigin::signed(PROVIDER), v, wrapped, None));
	});
}

#[test]
fn a_voucher_cannot_be_replayed_on_another_channel_or_chain_or_twice() {
	run_test(|| {
		let mine = open(100);
		let other = open(100);
		let v = voucher(mine, 30, 3);
		let signature = sign(CALLER, &v);
		// Moved to the caller's other channel: the signature no longer matches.
		let moved = Voucher { channel: other, ..v };
		assert_noop!(
			Channels::claim(RuntimeOrigin::signed(PROVIDER), moved, signature.clone(), None),
			Error::<Test>::BadSignature
		);
		// Signed for another chain.
		let foreign = Voucher { genesis_hash: ContentHash::repeat_byte(1), ..v };
		assert_noop!(
			Channels::claim(RuntimeOrigin::signed(PROVIDER), foreign, sign(CALLER, &foreign), None),
			Error::<Test>::WrongChain
		);
		assert_ok!(Channels::claim(RuntimeOrigin::signed(PROVIDER), v, signature.clone(), None));
		assert_noop!(
			Channels::claim(RuntimeOrigin::signed(PROVIDER), v, signature, None),
			Error::<Test>::StaleVoucher
		);
	});
}

#[test]
fn vouchers_only_go_up_and_never_above_the_terms_or_the_funds() {
	run_test(|| {
		let id = open(100);
		assert_ok!(claim(id, 5));
		let signed = |v: Voucher<Balance>| {
			Channels::claim(RuntimeOrigin::signed(PROVIDER), v, sign(CALLER, &v), None)
		};
		assert_noop!(signed(voucher(id, 40, 4)), Error::<Test>::StaleVoucher);
		assert_noop!(signed(voucher(id, 50, 6)), Error::<Test>::StaleVoucher);
		// Above in amount but not in calls: the calls cap the amount at the price.
		assert_noop!(signed(voucher(id, 60, 5)), Error::<Test>::AboveTerms);
		assert_noop!(signed(voucher(id, 71, 7)), Error::<Test>::AboveTerms);
		assert_noop!(signed(voucher(id, 110, 11)), Error::<Test>::OverDeposit);
		assert_noop!(signed(voucher(id + 9, 60, 6)), Error::<Test>::UnknownChannel);
		assert_ok!(signed(voucher(id, 100, 10)));
		assert_eq!(funds_held(CALLER), 0);
	});
}

#[test]
fn a_frozen_or_retired_model_is_not_paid() {
	run_test(|| {
		let id = open(100);
		MockAssets::set_status(MODEL, lineage_primitives::AssetStatus::Frozen);
		assert_noop!(claim(id, 3), Error::<Test>::AssetIsFrozen);
		MockAssets::set_status(MODEL, lineage_primitives::AssetStatus::Retired);
		assert_noop!(claim(id, 3), Error::<Test>::AssetIsRetired);
	});
}

fn signed(channel: ChannelId, who: AccountId, calls: u64) -> crate::SignedVoucherOf<Test> {
	let voucher = voucher(channel, PRICE * calls, calls);
	SignedVoucher { voucher, signature: sign(who, &voucher), last_call: None }
}

#[test]
fn a_batch_pays_the_model_once_and_skips_each_bad_voucher_with_its_error() {
	run_test(|| {
		let a = open_to(CALLER, MODEL, 100);
		let b = open_to(OTHER, MODEL, 100);
		let elsewhere = open_to(OTHER, OTHER_MODEL, 100);
		let forged = open_to(CALLER, MODEL, 100);
		let batch = BoundedVec::truncate_from(vec![
			signed(a, CALLER, 2),
			signed(elsewhere, OTHER, 1),
			signed(forged, OTHER, 4),
			signed(b, OTHER, 3),
		]);
		assert_ok!(Channels::claim_batch(RuntimeOrigin::signed(PROVIDER), MODEL, batch));
		System::assert_has_event(
			Event::ClaimFailed { channel: elsewhere, error: Error::<Test>::MixedModels.into() }
				.into(),
		);
		System::assert_has_event(
			Event::ClaimFailed { channel: forged, error: Error::<Test>::BadSignature.into() }
				.into(),
		);
		// One payment for both good vouchers: 5 calls.
		let settlement = Channels::settlement_account();
		assert_eq!(payments(), vec![(settlement, MODEL, 50, PROVIDER, 22)]);
		assert_eq!(funds_held(CALLER), 180);
		assert_eq!(funds_held(OTHER), 170);
		assert_eq!(ChannelStore::<Test>::get(elsewhere).unwrap().claimed, 0);
		assert_eq!(ChannelStore::<Test>::get(forged).unwrap().claimed, 0);
	});
}

#[test]
fn a_batch_at_other_terms_is_refused_item_by_item_and_an_empty_batch_is_refused() {
	run_test(|| {
		let old = open(100);
		MockOfferings::set(MODEL, PROVIDER, PRICE, 70, 2);
		let new = crate::NextChannelId::<Test>::get();
		assert_ok!(Channels::open_channel(RuntimeOrigin::signed(OTHER), MODEL, 100, 500, 2));
		let batch = BoundedVec::truncate_from(vec![signed(old, CALLER, 1), signed(new, OTHER, 1)]);
		assert_ok!(Channels::claim_batch(RuntimeOrigin::signed(PROVIDER), MODEL, batch));
		System::assert_has_event(
			Event::ClaimFailed { channel: new, error: Error::<Test>::MixedTerms.into() }.into(),
		);
		assert_eq!(payments().len(), 1);
		assert_noop!(
			Channels::claim_batch(RuntimeOrigin::signed(PROVIDER), MODEL, BoundedVec::new()),
			Error::<Test>::EmptyBatch
		);
	});
}

#[test]
fn a_callers_voucher_with_many_calls_and_a_tiny_amount_cannot_block_the_providers_claim() {
	run_test(|| {
		let id = open(100);
		// The caller claims its own voucher: a million calls for 1 unit (within the terms,
		// since the calls only cap the amount).
		let griefing = voucher(id, 1, 1_000_000);
		assert_ok!(Channels::claim(
			RuntimeOrigin::signed(CALLER),
			griefing,
			sign(CALLER, &griefing),
			None
		));
		// The provider's real voucher for 5 calls still claims everything above it.
		assert_ok!(claim(id, 5));
		System::assert_has_event(
			Event::ChannelClaimed {
				channel: id,
				model: MODEL,
				calls: 0,
				amount: 49,
				total_calls: 5,
				receipts_root: ContentHash::repeat_byte(5),
				last_call: None,
			}
			.into(),
		);
		let channel = ChannelStore::<Test>::get(id).unwrap();
		assert_eq!(channel.claimed, 50);
		assert_eq!(funds_held(CALLER), 50);
	});
}

#[test]
fn a_freeze_on_the_callers_account_does_not_stop_a_claim_of_what_it_signed() {
	run_test(|| {
		use frame_support::traits::{LockableCurrency, WithdrawReasons};
		let id = open(100);
		// Everything the caller has is locked (its held funds included).
		let total = Balances::total_balance(&CALLER);
		Balances::set_lock(*b"lockedup", &CALLER, total, WithdrawReasons::all());
		assert_ok!(claim(id, 3));
		assert_eq!(funds_held(CALLER), 70);
	});
}

#[test]
fn a_batch_whose_first_voucher_is_of_another_model_keeps_nothing_of_it() {
	run_test(|| {
		let elsewhere = open_to(OTHER, OTHER_MODEL, 100);
		let a = open_to(CALLER, MODEL, 100);
		let batch =
			BoundedVec::truncate_from(vec![signed(elsewhere, OTHER, 4), signed(a, CALLER, 2)]);
		assert_ok!(Channels::claim_batch(RuntimeOrigin::signed(PROVIDER), MODEL, batch));
		System::assert_has_event(
			Event::ClaimFailed { channel: elsewhere, error: Error::<Test>::MixedModels.into() }
				.into(),
		);
		// The other model's channel is untouched: its funds still held, nothing claimed.
		assert_eq!(ChannelStore::<Test>::get(elsewhere).unwrap().claimed, 0);
		assert_eq!(funds_held(OTHER), 100);
		let settlement = Channels::settlement_account();
		assert_eq!(payments(), vec![(settlement, MODEL, 20, PROVIDER, 9)]);
		assert_eq!(Balances::balance(&settlement), 1);
	});
}
