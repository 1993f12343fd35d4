//! The asset record the registry stores, and the balance alias it charges deposits in.

use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{traits::fungible, BoundedVec};
use lineage_primitives::{AssetId, AssetKind, AssetStatus, ContentHash, Licence, Relation};
use scale_info::TypeInfo;


use crate::Config;

/// The balance type of the currency deposits are held in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

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
	/// The deposit held from `owner` for this record (zero once retired).
	pub deposit: BalanceOf<T>,
}
