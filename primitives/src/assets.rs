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

/// The statuses a call accepts of an asset. The one home of that rule: every pallet checks an
/// asset through [`AssetInspect::ensure_usable`] or [`AssetInspect::ensure_owner`] (the registry,
/// on its own records, through [`AssetRequirement::check`] and [`check_owner`]).
#[derive(Clone, Copy, Eq, PartialEq, Debug)]
pub enum AssetRequirement {
	/// Any status (e.g. an owner withdrawing an offering).
	Exists,
	/// Not retired (an owner changing its URI or contributors).
	NotRetired,
	/// Not frozen (taking earnings out of it).
	NotFrozen,
	/// Active: neither frozen nor retired (paying into it, invoking it, retiring it).
	Active,
}

/// Why an asset cannot be used as asked. Pallets turn it into their own errors of the same
/// names, so the same failure reads the same in every pallet.
#[derive(Clone, Copy, Eq, PartialEq, Debug)]
pub enum AssetUnusable {
	/// No asset has this id.
	UnknownAsset,
	/// The asset is frozen by governance.
	AssetIsFrozen,
	/// The asset is retired by its owner.
	AssetIsRetired,
}

/// Why an owner's call on an asset is refused: not the owner, or the asset is unusable.
#[derive(Clone, Copy, Eq, PartialEq, Debug)]
pub enum NotUsableByCaller {
	/// The caller does not own the asset.
	NotOwner,
	/// The asset does not meet the requirement.
	Unusable(AssetUnusable),
}

impl From<AssetUnusable> for NotUsableByCaller {
	fn from(reason: AssetUnusable) -> Self {
		NotUsableByCaller::Unusable(reason)
	}
}

/// Next to a pallet's `#[pallet::error]`:
/// - `lineage_primitives::impl_from_asset_unusable!();` implements `From<AssetUnusable>` for a
///   pallet whose `Error` has `UnknownAsset`, `AssetIsFrozen` and `AssetIsRetired`;
/// - `lineage_primitives::impl_from_asset_unusable!(owner);` also `From<NotUsableByCaller>`, for a
///   pallet that checks owners and so has `NotOwner` too.
#[macro_export]
macro_rules! impl_from_asset_unusable {
	() => {
		impl<T> From<$crate::AssetUnusable> for Error<T> {
			fn from(reason: $crate::AssetUnusable) -> Self {
				match reason {
					$crate::AssetUnusable::UnknownAsset => Error::<T>::UnknownAsset,
					$crate::AssetUnusable::AssetIsFrozen => Error::<T>::AssetIsFrozen,
					$crate::AssetUnusable::AssetIsRetired => Error::<T>::AssetIsRetired,
				}
			}
		}
	};
	(owner) => {
		$crate::impl_from_asset_unusable!();
		impl<T> From<$crate::NotUsableByCaller> for Error<T> {
			fn from(reason: $crate::NotUsableByCaller) -> Self {
				match reason {
					$crate::NotUsableByCaller::NotOwner => Error::<T>::NotOwner,
					$crate::NotUsableByCaller::Unusable(reason) => reason.into(),
				}
			}
		}
	};
}

impl AssetRequirement {
	/// Whether an asset in `status` meets this requirement.
	pub fn check(self, status: AssetStatus) -> Result<(), AssetUnusable> {
		use AssetRequirement::*;
		match (self, status) {
			(NotRetired | Active, AssetStatus::Retired) => Err(AssetUnusable::AssetIsRetired),
			(NotFrozen | Active, AssetStatus::Frozen) => Err(AssetUnusable::AssetIsFrozen),
			_ => Ok(()),
		}
	}
}

/// Whether `who` may act on an asset owned by `owner` and in `status` under `requirement` (the
/// owner first, then the status).
pub fn check_owner<AccountId: PartialEq>(
	owner: &AccountId,
	status: AssetStatus,
	who: &AccountId,
	requirement: AssetRequirement,
) -> Result<(), NotUsableByCaller> {
	if owner != who {
		return Err(NotUsableByCaller::NotOwner);
	}
	Ok(requirement.check(status)?)
}

/// What other pallets check of an asset, read from its record in one go.
#[derive(Clone, Eq, PartialEq, Debug)]
pub struct AssetFacts<AccountId> {
	/// Its owner.
	pub owner: AccountId,
	/// Dataset, model or agent.
	pub kind: AssetKind,
	/// Active, frozen or retired.
	pub status: AssetStatus,
}

/// Read access to the asset registry, for pallets that pay, invoke or label assets.
pub trait AssetInspect<AccountId> {
	/// The owner, kind and status of `asset`, if it exists (one read of its record).
	fn facts(asset: AssetId) -> Option<AssetFacts<AccountId>>;
	/// The flattened royalty table of `asset`: every ancestor with the absolute share of each
	/// payment into `asset` that it is owed, sorted by ancestor id. Empty for a root asset or an
	/// unknown one.
	fn royalty_table(asset: AssetId) -> Vec<(AssetId, Perbill)>;
	/// The longest royalty table the registry allows (its `MaxAncestors`): the bound every
	/// pallet that walks a table weighs its calls by, read from this one place.
	fn max_ancestors() -> u32;

	/// The owner of `asset`, if it exists.
	fn owner(asset: AssetId) -> Option<AccountId> {
		Self::facts(asset).map(|f| f.owner)
	}
	/// The kind of `asset`, if it exists.
	fn kind(asset: AssetId) -> Option<AssetKind> {
		Self::facts(asset).map(|f| f.kind)
	}
	/// The status of `asset`, if it exists.
	fn status(asset: AssetId) -> Option<AssetStatus> {
		Self::facts(asset).map(|f| f.status)
	}

	/// Check that `asset` exists and meets `requirement`; its facts if it does.
	fn ensure_usable(
		asset: AssetId,
		requirement: AssetRequirement,
	) -> Result<AssetFacts<AccountId>, AssetUnusable> {
		let facts = Self::facts(asset).ok_or(AssetUnusable::UnknownAsset)?;
		requirement.check(facts.status)?;
		Ok(facts)
	}

	/// Check that `asset` exists, that `who` owns it, and that it meets `requirement`; its facts
	/// if so.
	fn ensure_owner(
		asset: AssetId,
		who: &AccountId,
		requirement: AssetRequirement,
	) -> Result<AssetFacts<AccountId>, NotUsableByCaller>
	where
		AccountId: PartialEq,
	{
		let facts = Self::facts(asset).ok_or(AssetUnusable::UnknownAsset)?;
		check_owner(&facts.owner, facts.status, who, requirement)?;
		Ok(facts)
	}
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
