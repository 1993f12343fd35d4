//! Runtime APIs for the queries users and the labeller UI need (polkadot.js exposes them as
//! `api.call.assetRegistryApi.*` and `api.call.contributorAttributionApi.*`).

use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

use crate::{
	AssetId, AssetKind, AssetStatus, ContentHash, ContributionKind, Licence, Points, Relation,
};

/// A payment channel as a client sees it.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct ChannelView<AccountId, Balance, BlockNumber> {
	/// The channel's id.
	pub id: crate::ChannelId,
	/// Who funds it and signs its vouchers.
	pub caller: AccountId,
	/// The model it pays for.
	pub model: AssetId,
	/// Who serves the calls and claims.
	pub provider: AccountId,
	/// What one call costs (on top of its tokens, if priced per token).
	pub price_per_call: Balance,
	/// What 1,000 tokens cost, fixed when it opened (both zero: priced per call only).
	pub token_prices: crate::TokenPrices<Balance>,
	/// The provider's share of each price after the protocol fee.
	pub provider_share: Perbill,
	/// The offering's terms version it opened at.
	pub terms: u32,
	/// Everything the caller has put in.
	pub deposit: Balance,
	/// Everything claimed so far (the last claimed voucher's amount).
	pub claimed: Balance,
	/// The calls the last claimed voucher covered.
	pub claimed_calls: u64,
	/// The last claimed voucher's receipts root (over calls `1 ..= claimed_calls − 1`).
	pub receipts_root: ContentHash,
	/// The block it opened in.
	pub opened_at: BlockNumber,
	/// The last block a call can be charged in.
	pub expires_at: BlockNumber,
	/// If the caller asked to close: the last block the provider can claim in.
	pub closing_until: Option<BlockNumber>,
	/// Whether a voucher can be claimed now.
	pub claimable: bool,
}

/// An asset as a client sees it.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct AssetView<AccountId, BlockNumber> {
	/// The asset's id.
	pub id: AssetId,
	/// Its current owner.
	pub owner: AccountId,
	/// Dataset, model or agent.
	pub kind: AssetKind,
	/// blake2-256 of the artefact.
	pub content_hash: ContentHash,
	/// Where the artefact's bytes live off-chain.
	pub uri: Vec<u8>,
	/// Licence terms, fixed at registration.
	pub licence: Licence,
	/// Direct parents and how the asset relates to each.
	pub parents: Vec<(AssetId, Relation)>,
	/// The block it was registered in.
	pub registered_at: BlockNumber,
	/// Active, frozen or retired.
	pub status: AssetStatus,
	/// Why governance froze it, if it is frozen.
	pub freeze_reason: Option<Vec<u8>>,
	/// The block of the registration commitment it revealed, if it was registered through one:
	/// the proof that it committed to its hash first.
	pub committed_at: Option<BlockNumber>,
}

/// A contributor's standing in one asset.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct ContributorView<AccountId> {
	/// The contributor.
	pub who: AccountId,
	/// Their points in the asset.
	pub points: Points,
	/// The same points by kind of work.
	pub by_kind: Vec<(ContributionKind, Points)>,
}

sp_api::decl_runtime_apis! {
	/// Reading the asset registry: assets, lineage and the content-hash index.
	pub trait AssetRegistryApi<AccountId, BlockNumber>
	where
		AccountId: Codec,
		BlockNumber: Codec,
	{
		/// The asset `id`, with its licence and parents.
		fn asset(id: AssetId) -> Option<AssetView<AccountId, BlockNumber>>;
		/// The asset that owns `content_hash`: the first registered, or the earliest commitment's
		/// reveal (its view's `committed_at` is the proof), or governance's choice after a dispute.
		fn asset_by_hash(content_hash: ContentHash) -> Option<AssetId>;
		/// The flattened royalty table of `id`: each ancestor's absolute share of a payment.
		fn royalty_table(id: AssetId) -> Vec<(AssetId, Perbill)>;
		/// Direct children of `id`, in id order, after `start_after`, at most `limit` (capped).
		fn children(id: AssetId, start_after: Option<AssetId>, limit: u32) -> Vec<(AssetId, Relation)>;
	}

	/// Reading contribution points.
	pub trait ContributorAttributionApi<AccountId>
	where
		AccountId: Codec,
	{
		/// Contributors of `asset` with their points, after `start_after`, at most `limit`
		/// (capped), in storage order.
		fn contributors(asset: AssetId, start_after: Option<AccountId>, limit: u32) -> Vec<ContributorView<AccountId>>;
		/// `who`'s standing in `asset`, if they contributed.
		fn contribution(asset: AssetId, who: AccountId) -> Option<ContributorView<AccountId>>;
		/// All points in `asset`, its contributor pool, and whether manual recording is sealed.
		fn totals(asset: AssetId) -> (crate::Points, Perbill, bool);
	}
}

/// What an account can claim from one asset.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct ClaimableView<Balance> {
	/// The asset the earnings come from.
	pub asset: AssetId,
	/// Credited while the account owned the asset.
	pub as_owner: Balance,
	/// The account's share of the asset's contributor pool.
	pub as_contributor: Balance,
	/// The asset is frozen: these earnings cannot be claimed until it is unfrozen.
	pub locked: bool,
}

/// A model's offering as a client sees it.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct OfferingView<AccountId, Balance, BlockNumber> {
	/// Who serves the model and completes its calls.
	pub provider: AccountId,
	/// What one call costs the caller (on top of its tokens, if priced per token).
	pub price_per_call: Balance,
	/// What 1,000 tokens cost the caller (both zero: priced per call only).
	pub token_prices: crate::TokenPrices<Balance>,
	/// The share of each call's price that pays the provider for compute.
	pub provider_share: Perbill,
	/// How many blocks a call may stay open before the caller can take a refund.
	pub timeout: BlockNumber,
	/// Paused offerings take no new calls.
	pub paused: bool,
	/// The version of these terms, which `invoke` must name.
	pub terms: u32,
}

/// One invocation as a client sees it: open, or settled with its receipt.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo)]
pub struct InvocationView<AccountId, Balance, BlockNumber> {
	/// The invocation's id.
	pub id: crate::InvocationId,
	/// The model called.
	pub model: AssetId,
	/// Who called it and paid.
	pub caller: AccountId,
	/// Who must complete it.
	pub provider: AccountId,
	/// What the caller paid (escrowed while open).
	pub price: Balance,
	/// blake2-256 of the call's input.
	pub input_hash: ContentHash,
	/// blake2-256 of the output, once completed.
	pub output_hash: Option<ContentHash>,
	/// The block it was requested in.
	pub requested_at: BlockNumber,
	/// The last block it can be completed in (open calls only).
	pub deadline: BlockNumber,
	/// The block it was settled in, once completed.
	pub settled_at: Option<BlockNumber>,
}

sp_api::decl_runtime_apis! {
	/// Revenue: what a payment would credit, and what an account can claim.
	pub trait RoyaltySplitApi<AccountId, Balance>
	where
		AccountId: Codec,
		Balance: Codec,
	{
		/// The exact breakdown a payment of `amount` into `asset` would make now.
		fn quote(asset: AssetId, amount: Balance) -> Result<crate::RevenueBreakdown<Balance>, sp_runtime::DispatchError>;
		/// What `who` can claim, per asset (at most `MaxClaimAll` assets, in storage order).
		fn claimable(who: AccountId) -> Vec<ClaimableView<Balance>>;
		/// One page of what `who` can claim: entries after `start_after`, at most `limit`
		/// (capped at `MaxClaimAll`) visited; returns the claims and the cursor of the next page
		/// (`None` after the last).
		fn claimable_page(who: AccountId, start_after: Option<AssetId>, limit: u32) -> (Vec<ClaimableView<Balance>>, Option<AssetId>);
	}

	/// Data labelling: what a task will hold before it is signed.
	pub trait DataLabellingApi<Balance>
	where
		Balance: Codec,
	{
		/// What a task with `labels_per_item` labels per item at `reward_per_label` (and, with
		/// review, `reward_per_review`) holds for `items` items: `(budget, item deposits)`;
		/// `None` if it would overflow.
		fn quote(
			labels_per_item: u32,
			reward_per_label: Balance,
			reward_per_review: Option<Balance>,
			items: u32,
		) -> Option<(Balance, Balance)>;
	}

	/// Payment channels for model calls. Version 2: channels and receipts carry token prices and
	/// counts.
	#[api_version(2)]
	pub trait CallChannelsApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// Open channel `id` with what has been claimed of it.
		fn channel(id: crate::ChannelId) -> Option<ChannelView<AccountId, Balance, BlockNumber>>;
		/// A page of `model`'s open channels, after the channel `start_after` (the last id of the
		/// previous page), at most `limit` (capped at `MaxClaimBatch`): what its provider claims.
		fn channels_of_model(
			model: AssetId,
			start_after: Option<crate::ChannelId>,
			limit: u32,
		) -> Vec<ChannelView<AccountId, Balance, BlockNumber>>;
		/// A page of `caller`'s open channels, the same way.
		fn channels_of_caller(
			caller: AccountId,
			start_after: Option<crate::ChannelId>,
			limit: u32,
		) -> Vec<ChannelView<AccountId, Balance, BlockNumber>>;
		/// Whether `receipt` is covered by its channel's last claimed voucher: `proof` shows it
		/// in the claimed receipts root (see `lineage_primitives::receipts`), so the call was paid
		/// and split on-chain.
		fn receipt_claimed(receipt: crate::CallReceipt<Balance>, proof: Vec<ContentHash>) -> bool;
		/// The exact split a claim of `amount` on `channel` pays now: the protocol fee, the
		/// provider's part, the model's and every ancestor's credit.
		fn quote_claim(
			channel: crate::ChannelId,
			amount: Balance,
		) -> Result<crate::RevenueBreakdown<Balance>, sp_runtime::DispatchError>;
	}

	/// Model calls: offerings, open invocations and receipts. Version 2: offerings carry token
	/// prices.
	#[api_version(2)]
	pub trait ModelInvocationApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The offering of `model`, if it has one.
		fn offering(model: AssetId) -> Option<OfferingView<AccountId, Balance, BlockNumber>>;
		/// The exact split of one call of `model` at its offering's terms now: the protocol fee,
		/// the provider's part, the model's and every ancestor's credit.
		fn quote_call(model: AssetId) -> Result<crate::RevenueBreakdown<Balance>, sp_runtime::DispatchError>;
		/// Invocation `id`, open or settled (until its receipt is pruned).
		fn invocation(id: crate::InvocationId) -> Option<InvocationView<AccountId, Balance, BlockNumber>>;
		/// Ids of `caller`'s open invocations.
		fn open_invocations(caller: AccountId) -> Vec<crate::InvocationId>;
		/// A page of `model`'s open calls, in storage order after the call `start_after` (the
		/// last id of the previous page), at most `limit` (capped at `MaxBatch`): what a provider
		/// serving `model` has to complete.
		fn open_invocations_of(
			model: AssetId,
			start_after: Option<crate::InvocationId>,
			limit: u32,
		) -> Vec<InvocationView<AccountId, Balance, BlockNumber>>;
	}
}
