//! The vocabulary of revenue: how a payment into an asset is split, and the trait through which
//! other pallets pay into an asset (implemented by royalty-split).

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::DispatchError;

use crate::AssetId;

/// What one asset is credited by a payment: its absolute credit, split between its contributors
/// (as a group, pro rata to their points) and its owner.
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
pub struct AssetCredit<Balance> {
	/// The credited asset: the paid asset itself or one of its ancestors.
	pub asset: AssetId,
	/// Everything credited to the asset: `to_contributors + to_owner`.
	pub amount: Balance,
	/// The part reserved for the asset's contributors.
	pub to_contributors: Balance,
	/// The part credited to the asset's owner.
	pub to_owner: Balance,
}

/// The exact breakdown of one payment of `amount` into `asset`: the protocol fee plus every
/// credit add up to `amount` to the unit.
#[derive(Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo)]
pub struct RevenueBreakdown<Balance> {
	/// The asset paid into.
	pub asset: AssetId,
	/// The whole payment.
	pub amount: Balance,
	/// The protocol's fee, sent to the treasury.
	pub protocol_fee: Balance,
	/// A model call's provider: its share of the price after the fee, taken out of what the
	/// model itself keeps (zero for a plain payment).
	pub to_provider: Balance,
	/// The paid asset's own credit first, then each ancestor's in ascending id order.
	pub credits: Vec<AssetCredit<Balance>>,
}

/// A payment's breakdown in totals, for events of the pallets that pay (the full breakdown is
/// in royalty-split's own `RevenuePaid` event).
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
	Default,
)]
pub struct RevenueSummary<Balance> {
	/// The protocol's fee.
	pub protocol_fee: Balance,
	/// What a model call's provider was paid (zero for a plain payment).
	pub to_provider: Balance,
	/// Everything credited to the asset's ancestors.
	pub to_ancestors: Balance,
	/// Everything credited to the asset itself (its owner and contributors).
	pub to_asset: Balance,
	/// How many ancestors were credited (the length of the asset's royalty table).
	pub ancestors: u32,
}

/// Paying revenue into an asset (implemented by royalty-split; used by model-invocation and
/// data-labelling-tasks).
pub trait RevenueSink<AccountId, Balance> {
	/// Move `amount` from `payer` (kept alive) and split it into `asset` and its lineage, in
	/// this block. Fails, moving nothing, if the asset cannot be paid (unknown, frozen, retired)
	/// or `payer` cannot afford it.
	fn pay(
		payer: &AccountId,
		asset: AssetId,
		amount: Balance,
	) -> Result<RevenueSummary<Balance>, DispatchError>;
	/// Pay for a call of `asset` served by `provider`: like `pay`, except that `provider` is
	/// paid `provider_share` of the amount after the protocol fee, out of what `asset` itself
	/// keeps. Ancestors get their full share of the amount after the fee whatever the provider
	/// share. Fails if the provider share is above [`Self::max_provider_share`].
	fn pay_call(
		payer: &AccountId,
		asset: AssetId,
		amount: Balance,
		provider: &AccountId,
		provider_share: sp_runtime::Perbill,
	) -> Result<RevenueSummary<Balance>, DispatchError>;
	/// The largest provider share a call of `asset` may carry: one minus its royalty stack.
	fn max_provider_share(asset: AssetId) -> sp_runtime::Perbill;
	/// Whether `asset` can be paid now.
	fn can_pay(asset: AssetId) -> Result<(), DispatchError>;
}
