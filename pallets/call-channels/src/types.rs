//! What call-channels stores: channels, and the ticket for a channel record's deposit.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::marker::PhantomData;
use frame_support::traits::{fungible, fungible::HoldConsideration, Get};
use lineage_primitives::{
	AssetId, CallReceipt, ContentHash, DepositPrice, NoCharge, TokenPrices, Voucher,
};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

use crate::{Config, HoldReason};

/// The balance type of the currency channels are funded in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A channel record's deposit: `ChannelDeposit`, whatever the footprint.
pub type ChannelDepositPriceOf<T> = DepositPrice<
	<T as Config>::ChannelDeposit,
	NoCharge<BalanceOf<T>>,
	NoCharge<BalanceOf<T>>,
	BalanceOf<T>,
>;
/// The ticket for a channel record's deposit, held from its caller under `ChannelDeposit`.
pub type ChannelTicketOf<T> = HoldConsideration<
	<T as frame_system::Config>::AccountId,
	<T as Config>::Currency,
	ChannelDepositHold<T>,
	ChannelDepositPriceOf<T>,
>;

/// The runtime's hold reason for channel record deposits.
pub struct ChannelDepositHold<T>(PhantomData<T>);
impl<T: Config> Get<T::RuntimeHoldReason> for ChannelDepositHold<T> {
	fn get() -> T::RuntimeHoldReason {
		HoldReason::ChannelDeposit.into()
	}
}

/// A prepaid channel from a caller to a model's provider, at the terms of the model's offering
/// when it opened.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Channel<AccountId, Balance, BlockNumber, Ticket> {
	/// Who funds the channel and signs its vouchers.
	pub caller: AccountId,
	/// The model it pays for.
	pub model: AssetId,
	/// Who serves the calls and is paid its share of every claim.
	pub provider: AccountId,
	/// What one call costs (the offering's price when the channel opened), on top of its tokens
	/// if priced per token.
	pub price_per_call: Balance,
	/// What 1,000 tokens cost (the offering's prices when the channel opened; both zero: priced
	/// per call only).
	pub token_prices: TokenPrices<Balance>,
	/// The provider's share of each price after the protocol fee (fixed at opening).
	pub provider_share: Perbill,
	/// The offering's terms version the channel opened at.
	pub terms: u32,
	/// Everything the caller has put in (opening deposit plus top-ups).
	pub deposit: Balance,
	/// Everything claimed so far: the last claimed voucher's amount. What is still held is
	/// `deposit − claimed`.
	pub claimed: Balance,
	/// The calls the last claimed voucher covered.
	pub claimed_calls: u64,
	/// The last claimed voucher's receipts root.
	pub receipts_root: ContentHash,
	/// The block it opened in.
	pub opened_at: BlockNumber,
	/// After this block the caller can no longer be charged for new calls; the provider can
	/// still claim for `ChallengePeriod` blocks, then anyone can close it.
	pub expires_at: BlockNumber,
	/// Set when the caller asked to close: the last block the provider can claim in.
	pub closing_until: Option<BlockNumber>,
	/// The ticket for the record's deposit.
	pub record: Ticket,
}

/// A channel as this pallet stores it.
pub type ChannelOf<T> = Channel<
	<T as frame_system::Config>::AccountId,
	BalanceOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
	ChannelTicketOf<T>,
>;

/// One voucher and its caller's signature, as `claim_batch` takes them.
#[derive(Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo)]
pub struct SignedVoucher<Balance, Signature> {
	/// The voucher.
	pub voucher: Voucher<Balance>,
	/// The caller's signature of `voucher.signing_payload()` (raw, or wrapped in
	/// `<Bytes>…</Bytes>` as wallet extensions sign).
	pub signature: Signature,
	/// On a channel priced per token: the receipt of the voucher's last call, whose charge is
	/// then claimed from the voucher's `reserve`.
	pub last_call: Option<CallReceipt<Balance>>,
}

/// A signed voucher of this runtime.
pub type SignedVoucherOf<T> = SignedVoucher<BalanceOf<T>, <T as Config>::Signature>;
