//! What model-invocation stores: offerings, open invocations, receipts and timers.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::marker::PhantomData;
use frame_support::traits::{fungible, fungible::HoldConsideration, Get};
use lineage_primitives::{AssetId, ContentHash, DepositPrice, NoCharge, TokenPrices};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

use crate::{Config, HoldReason};

/// The balance type of the currency calls are paid in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// An offering's deposit: `OfferingDeposit`, whatever the footprint.
pub type OfferingDepositPriceOf<T> = DepositPrice<
	<T as Config>::OfferingDeposit,
	NoCharge<BalanceOf<T>>,
	NoCharge<BalanceOf<T>>,
	BalanceOf<T>,
>;
/// The ticket for an offering's deposit, held from its depositor under `OfferingDeposit`.
pub type OfferingTicketOf<T> = HoldConsideration<
	<T as frame_system::Config>::AccountId,
	<T as Config>::Currency,
	OfferingDepositHold<T>,
	OfferingDepositPriceOf<T>,
>;

/// The runtime's hold reason for offering deposits.
pub struct OfferingDepositHold<T>(PhantomData<T>);
impl<T: Config> Get<T::RuntimeHoldReason> for OfferingDepositHold<T> {
	fn get() -> T::RuntimeHoldReason {
		HoldReason::OfferingDeposit.into()
	}
}

/// How a model is offered for calls, set by its owner.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Offering<AccountId, Balance, BlockNumber, Ticket> {
	/// Who serves the model and completes its calls.
	pub provider: AccountId,
	/// What one call costs (on top of its tokens, if priced per token).
	pub price_per_call: Balance,
	/// What 1,000 tokens of request and of answer cost on top, through channels (both zero:
	/// priced per call only).
	pub token_prices: TokenPrices<Balance>,
	/// The provider's share, for compute, of each call's price after the protocol fee (taken out
	/// of what the model keeps; at most `1 − royalty stack`).
	pub provider_share: Perbill,
	/// How many blocks a call may stay open.
	pub timeout: BlockNumber,
	/// A paused offering takes no new calls (open ones can still complete).
	pub paused: bool,
	/// Who paid the offering's deposit (the model's owner when it was set).
	pub depositor: AccountId,
	/// The ticket for the deposit held from `depositor` for this offering.
	pub deposit: Ticket,
	/// The version of these terms: 1 when first set, one more each time `set_offering` or
	/// `set_token_prices` changes them. `invoke` names the version it accepts, so terms cannot
	/// change under a pending call.
	pub terms: u32,
}

/// An open call: the caller's payment is escrowed on hold until it is completed or refunded.
/// The offering's terms are copied in, so changing the offering never changes an open call.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Invocation<AccountId, Balance, BlockNumber> {
	/// The model called.
	pub model: AssetId,
	/// Who called and paid.
	pub caller: AccountId,
	/// Who must complete the call.
	pub provider: AccountId,
	/// The escrowed price.
	pub price: Balance,
	/// The provider's share of the price after the protocol fee.
	pub provider_share: Perbill,
	/// blake2-256 of the input.
	pub input_hash: ContentHash,
	/// The block it was requested in.
	pub requested_at: BlockNumber,
	/// The last block it can be completed in; after it the caller can be refunded.
	pub deadline: BlockNumber,
}

/// The permanent-until-pruned record of a settled call.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Receipt<AccountId, Balance, BlockNumber> {
	/// The model called.
	pub model: AssetId,
	/// Who called and paid.
	pub caller: AccountId,
	/// Who completed the call.
	pub provider: AccountId,
	/// What the caller paid.
	pub price: Balance,
	/// blake2-256 of the input.
	pub input_hash: ContentHash,
	/// blake2-256 of the output.
	pub output_hash: ContentHash,
	/// The block it was requested in.
	pub requested_at: BlockNumber,
	/// The block it was settled in.
	pub settled_at: BlockNumber,
}

/// What a timer does when its block comes.
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
pub enum Timer {
	/// Refund an invocation whose deadline passed.
	Expire,
	/// Delete a receipt whose retention period ended.
	Prune,
}

/// The offering type of a runtime.
pub type OfferingOf<T> = Offering<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	OfferingTicketOf<T>,
>;
/// The invocation type of a runtime.
pub type InvocationOf<T> = Invocation<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;
/// The receipt type of a runtime.
pub type ReceiptOf<T> = Receipt<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;
