//! The asset record the registry stores, and the balance alias it charges deposits in.

use codec::{Decode, Encode, MaxEncodedLen};
use core::marker::PhantomData;
use frame_support::{
	traits::{fungible, fungible::HoldConsideration, Get},
	BoundedVec,
};
use lineage_primitives::{
	AssetId, AssetKind, AssetStatus, ContentHash, DepositPrice, Licence, NoCharge, Relation,
};
use scale_info::TypeInfo;

use crate::{Config, HoldReason};

/// The balance type of the currency deposits are held in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// An asset record's deposit: `AssetDeposit + ParentDeposit × parent links + ByteDeposit × URI
/// bytes` (the footprint's `count` is the parent links, its `size` the URI's bytes).
pub type AssetDepositPriceOf<T> = DepositPrice<
	<T as Config>::AssetDeposit,
	<T as Config>::ParentDeposit,
	<T as Config>::ByteDeposit,
	BalanceOf<T>,
>;
/// A registration commitment's deposit: `CommitmentDeposit`, whatever the footprint.
pub type CommitmentDepositPriceOf<T> = DepositPrice<
	<T as Config>::CommitmentDeposit,
	NoCharge<BalanceOf<T>>,
	NoCharge<BalanceOf<T>>,
	BalanceOf<T>,
>;
/// The ticket for an asset record's deposit, held from its owner under `AssetDeposit`.
pub type AssetTicketOf<T> = HoldConsideration<
	<T as frame_system::Config>::AccountId,
	<T as Config>::Currency,
	AssetDepositHold<T>,
	AssetDepositPriceOf<T>,
>;
/// The ticket for a commitment's deposit, held from its committer under `CommitmentDeposit`.
pub type CommitmentTicketOf<T> = HoldConsideration<
	<T as frame_system::Config>::AccountId,
	<T as Config>::Currency,
	CommitmentDepositHold<T>,
	CommitmentDepositPriceOf<T>,
>;

/// The runtime's hold reason for asset deposits.
pub struct AssetDepositHold<T>(PhantomData<T>);
impl<T: Config> Get<T::RuntimeHoldReason> for AssetDepositHold<T> {
	fn get() -> T::RuntimeHoldReason {
		HoldReason::AssetDeposit.into()
	}
}

/// The runtime's hold reason for commitment deposits.
pub struct CommitmentDepositHold<T>(PhantomData<T>);
impl<T: Config> Get<T::RuntimeHoldReason> for CommitmentDepositHold<T> {
	fn get() -> T::RuntimeHoldReason {
		HoldReason::CommitmentDeposit.into()
	}
}

/// A bounded off-chain location of an artefact.
pub type UriOf<T> = BoundedVec<u8, <T as Config>::MaxUriLen>;
/// A bounded list of an asset's direct parents.
pub type ParentsOf<T> = BoundedVec<(AssetId, Relation), <T as Config>::MaxParents>;
/// A bounded, flattened royalty table: `(ancestor, absolute share)`, sorted by ancestor.
pub type RoyaltyTableOf<T> =
	BoundedVec<(AssetId, sp_runtime::Perbill), <T as Config>::MaxAncestors>;
/// A bounded reason given by governance for freezing an asset.
pub type ReasonOf<T> = BoundedVec<u8, <T as Config>::MaxReasonLen>;

/// Everything the registry knows about one asset.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(T))]
pub struct AssetRecord<T: Config> {
	/// Current owner; holds the deposit.
	pub owner: T::AccountId,
	/// Dataset, model or agent.
	pub kind: AssetKind,
	/// blake2-256 of the artefact.
	pub content_hash: ContentHash,
	/// Where the artefact's bytes live off-chain.
	pub uri: UriOf<T>,
	/// Licence terms, fixed at registration.
	pub licence: Licence,
	/// Direct parents and how this asset relates to each.
	pub parents: ParentsOf<T>,
	/// The block the asset was registered in.
	pub registered_at: frame_system::pallet_prelude::BlockNumberFor<T>,
	/// Active, frozen or retired.
	pub status: AssetStatus,
	/// Why governance froze the asset (set while frozen).
	pub freeze_reason: Option<ReasonOf<T>>,
	/// The ticket for the deposit held from `owner` for this record (none once retired).
	pub deposit: Option<AssetTicketOf<T>>,
	/// The block of the registration commitment this record revealed, if it was registered
	/// through one: the proof of who committed to the hash first.
	pub committed_at: Option<frame_system::pallet_prelude::BlockNumberFor<T>>,
}

/// A registration commitment: who made it, when, and the deposit it holds.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Commitment<AccountId, Ticket, BlockNumber> {
	/// Who committed; only they can reveal it.
	pub who: AccountId,
	/// The block it was made in.
	pub at: BlockNumber,
	/// The ticket for the deposit held from `who`.
	pub deposit: Ticket,
}

/// A commitment as this pallet stores it.
pub type CommitmentOf<T> = Commitment<
	<T as frame_system::Config>::AccountId,
	CommitmentTicketOf<T>,
	frame_system::pallet_prelude::BlockNumberFor<T>,
>;

/// How a registration claims its content hash.
#[derive(Clone, Copy, Eq, PartialEq, Debug)]
pub enum HashClaim<BlockNumber> {
	/// A plain registration: fails if the hash is already indexed.
	Plain,
	/// The reveal of the commitment `commitment`, made at block `at`: takes the index from an
	/// asset registered after that block.
	Committed {
		/// The commitment revealed.
		commitment: lineage_primitives::ContentHash,
		/// The block it was made in.
		at: BlockNumber,
	},
	/// A dataset registered by another pallet: never fails on the hash; takes the index only if
	/// it is free.
	Dataset,
}
