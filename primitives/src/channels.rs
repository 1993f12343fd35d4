//! Payment channels for model calls: the terms a channel fixes, the voucher a caller signs, the
//! receipt of every call and the Merkle tree that commits to them (RFC 6962's shape, with
//! blake2-256), shared by the call-channels pallet, its runtime API, the gateway and tests.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{traits::AtLeast32BitUnsigned, Perbill};

use crate::{AssetId, ContentHash};

/// Identifier of a payment channel, assigned sequentially.
pub type ChannelId = u64;

/// The first bytes of every signed voucher, so a voucher signature is never valid as anything
/// else (an extrinsic, another protocol's message).
pub const VOUCHER_TAG: [u8; 16] = *b"lineage/voucher1";

/// What a caller signs for a channel: everything it has agreed to pay so far.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Voucher<Balance> {
	/// The genesis hash of the chain it is for: a voucher is never valid on another chain.
	pub genesis_hash: ContentHash,
	/// The channel it pays from: a voucher is never valid for another channel.
	pub channel: ChannelId,
	/// Everything paid through the channel so far (cumulative).
	pub amount: Balance,
	/// Every call paid for so far (cumulative).
	pub calls: u64,
	/// The Merkle root of the receipts of the calls before the last one (`receipts_root`): the
	/// last call's output is not known when the caller signs for it, so its receipt is committed
	/// by the next voucher.
	pub receipts_root: ContentHash,
	/// On a channel priced per token: the most the last call may cost, included in `amount`
	/// (its ceiling) but not claimable on the voucher alone. A claim pays `amount − reserve`,
	/// the calls before the last one, plus the last call's charge if it shows that call's
	/// receipt (at most `reserve`). Zero on a channel priced per call, whose price is known
	/// before the call and is part of `amount`.
	pub reserve: Balance,
}

impl<Balance: AtLeast32BitUnsigned + Copy> Voucher<Balance> {
	/// What the calls before the last one were charged: `amount − reserve` (what a claim of the
	/// voucher pays without the last call's receipt). `None` if the reserve is above the amount.
	pub fn charged_before_last(&self) -> Option<Balance> {
		self.amount.checked_sub(&self.reserve)
	}
}

impl<Balance: Encode> Voucher<Balance> {
	/// The bytes the caller signs: `VOUCHER_TAG ++ SCALE(voucher)`.
	pub fn signing_payload(&self) -> Vec<u8> {
		let mut payload = VOUCHER_TAG.to_vec();
		self.encode_to(&mut payload);
		payload
	}

	/// The same bytes as a wallet extension's `signRaw` signs them: wrapped in `<Bytes>…</Bytes>`.
	pub fn wrapped_signing_payload(&self) -> Vec<u8> {
		let mut payload = b"<Bytes>".to_vec();
		payload.extend(self.signing_payload());
		payload.extend_from_slice(b"</Bytes>");
		payload
	}
}

/// The receipt of one call through a channel.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct CallReceipt<Balance> {
	/// The channel that paid.
	pub channel: ChannelId,
	/// The call's number in the channel, from 1.
	pub call: u64,
	/// blake2-256 of the request.
	pub input_hash: ContentHash,
	/// blake2-256 of the answer.
	pub output_hash: ContentHash,
	/// The tokens the request was counted as (0 on a channel priced per call).
	pub input_tokens: u32,
	/// The tokens the answer was counted as (0 on a channel priced per call).
	pub output_tokens: u32,
	/// What the call cost: the price per call, plus on a channel priced per token
	/// `TokenPrices::charge` of its tokens, never more than the voucher's `reserve`.
	pub amount: Balance,
}

/// An offering's prices per 1,000 tokens, on top of its price per call. Both zero: the offering
/// is priced per call only.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct TokenPrices<Balance> {
	/// What 1,000 tokens of request cost.
	pub per_1k_input: Balance,
	/// What 1,000 tokens of answer cost.
	pub per_1k_output: Balance,
}

impl<Balance: AtLeast32BitUnsigned + Copy> TokenPrices<Balance> {
	/// Whether calls are priced by their tokens (either price is set).
	pub fn per_token(&self) -> bool {
		!self.per_1k_input.is_zero() || !self.per_1k_output.is_zero()
	}

	/// What one call costs: `price_per_call` plus `⌈(input × per_1k_input + output ×
	/// per_1k_output) / 1000⌉`, rounded up once, so the charge is exact to the unit. `None` on
	/// overflow.
	pub fn charge(&self, price_per_call: Balance, input: u32, output: u32) -> Option<Balance> {
		let tokens = self
			.per_1k_input
			.checked_mul(&Balance::from(input))?
			.checked_add(&self.per_1k_output.checked_mul(&Balance::from(output))?)?;
		let thousand = Balance::from(1000u32);
		let mut part = tokens / thousand;
		if !(tokens % thousand).is_zero() {
			part = part.checked_add(&Balance::one())?;
		}
		price_per_call.checked_add(&part)
	}

	/// What the last call of a voucher with `reserve` is charged for `input` and `output`
	/// tokens: its charge, capped at the `reserve` its caller signed for (a charge too large to
	/// count is the reserve).
	pub fn charge_within(
		&self,
		price_per_call: Balance,
		input: u32,
		output: u32,
		reserve: Balance,
	) -> Balance {
		self.charge(price_per_call, input, output).map_or(reserve, |c| c.min(reserve))
	}
}

/// An offering's terms as a channel fixes them when it opens.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct OfferingTerms<AccountId, Balance> {
	/// Who serves the model and claims its channels.
	pub provider: AccountId,
	/// What one call costs (on top of its tokens, if priced per token).
	pub price_per_call: Balance,
	/// What 1,000 tokens cost (both zero: priced per call only).
	pub token_prices: TokenPrices<Balance>,
	/// The provider's share of each price after the protocol fee.
	pub provider_share: Perbill,
	/// The terms' version (`set_offering` and `set_token_prices` bump it).
	pub version: u32,
	/// A paused offering opens no channels.
	pub paused: bool,
}

/// Read access to the models' offerings (implemented by model-invocation; used by
/// call-channels).
pub trait OfferingInspect<AccountId, Balance> {
	/// The current terms of `model`'s offering, if it has one.
	fn terms(model: AssetId) -> Option<OfferingTerms<AccountId, Balance>>;
}

/// Receipts in a Merkle tree of RFC 6962's shape (a leaf is `H(0x00 ++ SCALE(receipt))`, a node
/// `H(0x01 ++ left ++ right)`, the left subtree the largest power of two below the size), with
/// H = blake2-256: roots can be extended one receipt at a time in O(log n), and an inclusion
/// proof has O(log n) hashes.
pub mod receipts {
	use super::*;
	use sp_runtime::traits::{BlakeTwo256, Hash};

	fn blake2_256(bytes: &[u8]) -> ContentHash {
		BlakeTwo256::hash(bytes)
	}

	/// The hash of a tree with no leaves.
	pub fn empty_root() -> ContentHash {
		blake2_256(&[])
	}

	/// The leaf hash of `receipt`.
	pub fn leaf_hash<Balance: Encode>(receipt: &CallReceipt<Balance>) -> ContentHash {
		let mut bytes = Vec::with_capacity(1 + receipt.encoded_size());
		bytes.push(0u8);
		receipt.encode_to(&mut bytes);
		blake2_256(&bytes)
	}

	/// The hash of a node with `left` and `right` children.
	pub fn node_hash(left: &ContentHash, right: &ContentHash) -> ContentHash {
		let mut bytes = [0u8; 65];
		bytes[0] = 1;
		bytes[1..33].copy_from_slice(left.as_bytes());
		bytes[33..].copy_from_slice(right.as_bytes());
		blake2_256(&bytes)
	}

	/// The largest power of two strictly below `n` (`n ≥ 2`).
	fn split(n: usize) -> usize {
		let mut k = 1;
		while k << 1 < n {
			k <<= 1;
		}
		k
	}

	/// The root of the tree over `leaves` (leaf hashes), recursively.
	pub fn root(leaves: &[ContentHash]) -> ContentHash {
		match leaves.len() {
			0 => empty_root(),
			1 => leaves[0],
			n => {
				let k = split(n);
				node_hash(&root(&leaves[..k]), &root(&leaves[k..]))
			},
		}
	}

	/// The inclusion proof of leaf `index` in the tree over `leaves`: sibling hashes from the
	/// leaf up. `None` if `index` is out of range.
	pub fn proof(leaves: &[ContentHash], index: usize) -> Option<Vec<ContentHash>> {
		if index >= leaves.len() {
			return None;
		}
		let mut path = Vec::new();
		let (mut lo, mut hi, mut at) = (0usize, leaves.len(), index);
		// Walk down, collecting the sibling subtree roots, then reverse (leaf first).
		while hi - lo > 1 {
			let k = split(hi - lo);
			if at < k {
				path.push(root(&leaves[lo + k..hi]));
				hi = lo + k;
			} else {
				path.push(root(&leaves[lo..lo + k]));
				lo += k;
				at -= k;
			}
		}
		path.reverse();
		Some(path)
	}

	/// Whether `proof` shows that `leaf` is leaf `index` of the tree of `size` leaves whose root
	/// is `root` (RFC 9162, 2.1.3.2).
	pub fn verify(
		root: &ContentHash,
		size: u64,
		index: u64,
		leaf: &ContentHash,
		proof: &[ContentHash],
	) -> bool {
		if index >= size {
			return false;
		}
		let (mut f, mut s, mut r) = (index, size - 1, *leaf);
		for p in proof {
			if s == 0 {
				return false;
			}
			if f & 1 == 1 || f == s {
				r = node_hash(p, &r);
				if f & 1 == 0 {
					while f & 1 == 0 && f != 0 {
						f >>= 1;
						s >>= 1;
					}
				}
			} else {
				r = node_hash(&r, p);
			}
			f >>= 1;
			s >>= 1;
		}
		s == 0 && r == *root
	}

	/// A tree kept as the roots of its perfect subtrees, largest first: what a gateway needs to
	/// extend a channel's receipt root by one receipt in O(log n).
	#[derive(Clone, Default, Encode, Decode, Eq, PartialEq, Debug)]
	pub struct Frontier {
		/// The leaves so far.
		pub size: u64,
		/// `(leaves, root)` of each perfect subtree, largest first.
		pub peaks: Vec<(u64, ContentHash)>,
	}

	impl Frontier {
		/// Add a leaf.
		pub fn push(&mut self, leaf: ContentHash) {
			let mut node = (1u64, leaf);
			while let Some((size, hash)) = self.peaks.last().copied() {
				if size != node.0 {
					break;
				}
				self.peaks.pop();
				node = (size.saturating_mul(2), node_hash(&hash, &node.1));
			}
			self.peaks.push(node);
			self.size = self.size.saturating_add(1);
		}

		/// The root of the tree so far.
		pub fn root(&self) -> ContentHash {
			let mut peaks = self.peaks.iter().rev();
			let Some((_, last)) = peaks.next() else { return empty_root() };
			peaks.fold(*last, |right, (_, left)| node_hash(left, &right))
		}
	}

	#[cfg(test)]
	mod tests {
		use super::*;

		fn leaves(n: u64) -> Vec<ContentHash> {
			(1..=n)
				.map(|call| {
					leaf_hash(&CallReceipt {
						channel: 7,
						call,
						input_hash: ContentHash::repeat_byte(1),
						output_hash: ContentHash::repeat_byte(2),
						input_tokens: 3,
						output_tokens: 4,
						amount: 5u128,
					})
				})
				.collect()
		}

		/// The same vector is in the JS client's tests (`client/test/channels.test.js`): both
		/// sides must hash receipts and build roots and proofs identically.
		#[test]
		fn a_fixed_vector_matches_the_js_client() {
			let all = leaves(5);
			assert_eq!(
				sp_core::hexdisplay::HexDisplay::from(&root(&all).0).to_string(),
				"a3b780c296e1e0788fca1d50e59cb25713a41d23400da04ab6405d93e4acab3f"
			);
			let path = proof(&all, 2).unwrap();
			assert_eq!(path.len(), 3);
		}

		#[test]
		fn the_frontier_root_equals_the_recursive_root_at_every_size() {
			let all = leaves(40);
			let mut frontier = Frontier::default();
			assert_eq!(frontier.root(), root(&[]));
			for n in 1..=all.len() {
				frontier.push(all[n - 1]);
				assert_eq!(frontier.root(), root(&all[..n]), "size {n}");
			}
		}

		#[test]
		fn every_proof_verifies_and_nothing_else_does() {
			for n in 1..=33u64 {
				let all = leaves(n);
				let r = root(&all);
				for i in 0..n {
					let path = proof(&all, i as usize).unwrap();
					assert!(path.len() <= 6, "O(log n)");
					assert!(verify(&r, n, i, &all[i as usize], &path), "n {n} i {i}");
					// Another leaf, another index or a tampered path fails.
					let other = all[((i + 1) % n) as usize];
					if n > 1 {
						assert!(!verify(&r, n, i, &other, &path));
						assert!(!verify(&r, n, (i + 1) % n, &all[i as usize], &path));
					}
					if let Some(first) = path.first() {
						let mut bad = path.clone();
						bad[0] = node_hash(first, first);
						assert!(!verify(&r, n, i, &all[i as usize], &bad));
					}
				}
				assert!(proof(&all, n as usize).is_none());
			}
		}
	}
}
