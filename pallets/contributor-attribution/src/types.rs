//! What the attribution pallet stores per contributor and per asset.

use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{pallet_prelude::ConstU32, traits::fungible, BoundedVec};
use lineage_primitives::{ContributionKind, Points};
use scale_info::TypeInfo;

use crate::Config;

/// The balance type of the currency deposits are held in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// How many kinds of contribution exist (the variants of [`ContributionKind`]).
pub type KindCount = ConstU32<6>;

/// One contributor's points in one asset.
#[derive(Clone, Default, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
pub struct ContributorRecord {
	/// All their points in the asset.
	pub points: Points,
	/// The same points by kind of work (each kind at most once).
	pub by_kind: BoundedVec<(ContributionKind, Points), KindCount>,
}

/// The totals of one asset.
#[derive(Clone, Default, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
pub struct AssetTotals {
	/// All points in the asset.
	pub points: Points,
	/// How many accounts hold points in it.
	pub contributors: u32,
}
