//! The vocabulary of AI assets and their lineage, and the traits through which other pallets
//! read the asset registry.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::{DispatchError, Perbill};

use crate::{AssetId, ContentHash};

/// What an asset is.
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
pub enum AssetKind {
	/// A data set (raw data, labels, an evaluation set).
	Dataset,
	/// A trained model.
	Model,
	/// An agent: a model plus tools, prompts or policies.
	Agent,
}

/// How a child asset relates to one of its parents.
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
pub enum Relation {
	/// The child was trained on the parent (a data set).
	TrainedOn,
	/// The child is a fine-tune of the parent (a model).
	FineTunedFrom,
	/// The child was derived from the parent in some other way (filtered, merged, distilled).
	DerivedFrom,
	/// The child is a new version of the parent.
	VersionOf,
}

/// Where an asset is in its life.
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
pub enum AssetStatus {
	/// Usable: can be paid, invoked and be a parent.
	Active,
	/// Stopped by governance: cannot be invoked, paid into, or have earnings claimed, but keeps
	/// accruing its upstream shares.
	Frozen,
	/// Withdrawn by its owner: its record stays (provenance is permanent), its deposit was
	/// returned, and it can be neither paid nor a new parent.
	Retired,
}

/// Licence terms of an asset, fixed at registration.
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
pub struct Licence {
	/// May the asset be used commercially?
	pub commercial_use: bool,
	/// May others register assets derived from this one?
	pub derivatives_allowed: bool,
	/// The share of every payment into a direct derivative that this asset is owed.
	pub derivative_royalty: Perbill,
}

/// Read access to the asset registry, for pallets that pay, invoke or label assets.
pub trait AssetInspect<AccountId> {
	/// The owner of `asset`, if it exists.
	fn owner(asset: AssetId) -> Option<AccountId>;
	/// The kind of `asset`, if it exists.
	fn kind(asset: AssetId) -> Option<AssetKind>;
	/// The status of `asset`, if it exists.
	fn status(asset: AssetId) -> Option<AssetStatus>;
	/// The flattened royalty table of `asset`: every ancestor with the absolute share of each
	/// payment into `asset` that it is owed, sorted by ancestor id. Empty for a root asset or an
	/// unknown one.
	fn royalty_table(asset: AssetId) -> Vec<(AssetId, Perbill)>;
}

/// Registration of assets by other pallets (a labelling task registers its finished data set).
pub trait DatasetRegistrar<AccountId> {
	/// Register a data set owned by `owner`; returns its id. Charges `owner` the usual deposit.
	fn register_dataset(
		owner: &AccountId,
		content_hash: ContentHash,
		uri: Vec<u8>,
		licence: Licence,
		parents: Vec<(AssetId, crate::Relation)>,
	) -> Result<AssetId, DispatchError>;
}
