//! The runtime API's reads: pages of channels and claimed receipts.

use super::*;
use lineage_primitives::{receipts, CallReceipt};

#[test]
fn pages_list_a_models_and_a_callers_channels() {
	run_test(|| {
		let a = open(100);
		let b = open(100);
		let c = open_to(OTHER, MODEL, 100);
		let all: Vec<_> =
			Channels::channels_of_model(MODEL, None, 10).iter().map(|v| v.id).collect();
		assert_eq!(all.len(), 3);
		let first = Channels::channels_of_model(MODEL, None, 2);
		let rest = Channels::channels_of_model(MODEL, Some(first[1].id), 2);
		let mut paged: Vec<_> = first.iter().chain(rest.iter()).map(|v| v.id).collect();
		paged.sort();
		assert_eq!(paged, vec![a, b, c]);
		let mut mine: Vec<_> =
			Channels::channels_of_caller(&CALLER, None, 10).iter().map(|v| v.id).collect();
		mine.sort();
		assert_eq!(mine, vec![a, b]);
		assert!(Channels::channel_view(a).unwrap().claimable);
	});
}

#[test]
fn a_receipt_is_shown_claimed_by_its_proof_against_the_claimed_root() {
	run_test(|| {
		let id = open(100);
		let receipt = |call: u64| CallReceipt {
			channel: id,
			call,
			input_hash: ContentHash::repeat_byte(call as u8),
			output_hash: ContentHash::repeat_byte(100 + call as u8),
			input_tokens: 0,
			output_tokens: 0,
			amount: PRICE,
		};
		let leaves: Vec<_> = (1..=4).map(|c| receipts::leaf_hash(&receipt(c))).collect();
		// The voucher for call 5 commits to the receipts of calls 1 to 4.
		let v = Voucher {
			genesis_hash: Channels::genesis_hash(),
			channel: id,
			amount: 5 * PRICE,
			calls: 5,
			receipts_root: receipts::root(&leaves),
			reserve: 0,
		};
		let proof = receipts::proof(&leaves, 1).unwrap();
		assert!(!Channels::receipt_claimed(&receipt(2), &proof), "not claimed yet");
		assert_ok!(Channels::claim(RuntimeOrigin::signed(PROVIDER), v, sign(CALLER, &v), None));
		assert!(Channels::receipt_claimed(&receipt(2), &proof));
		let tampered = CallReceipt { amount: 1, ..receipt(2) };
		assert!(!Channels::receipt_claimed(&tampered, &proof));
		assert!(!Channels::receipt_claimed(&receipt(3), &proof));
	});
}
