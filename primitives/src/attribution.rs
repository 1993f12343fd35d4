//! The vocabulary of contributions, and the traits through which pallets record points and
//! learn that points changed.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::DispatchResult;

use crate::{AssetId, Points, TaskId};

/// What kind of work a contribution was.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Ord,
	PartialOrd,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum ContributionKind {
	/// Raw data.
	Data,
	/// Labels on data.
	Label,
	/// Reviews of labels or data.
	Review,
	/// Training a model.
	Training,
	/// Evaluating a model.
	Evaluation,
	/// Compute donated to training or evaluation.
	Compute,
}

/// Who recorded a contribution.
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
pub enum ContributionSource {
	/// The asset's owner, by hand.
	Owner,
	/// A data-labelling task, when it was finalised.
	LabellingTask(TaskId),
}

/// Recording and reading contribution points (implemented by contributor-attribution).
pub trait ContributorLedger<AccountId> {
	/// Add `points` of `kind` for `who` in `asset`, recorded by `source`. Works whether or not
	/// the asset is sealed: sealing only ends manual recording by the owner.
	fn record(
		asset: AssetId,
		who: &AccountId,
		kind: ContributionKind,
		points: Points,
		source: ContributionSource,
	) -> DispatchResult;
	/// The points `who` holds in `asset`.
	fn points_of(asset: AssetId, who: &AccountId) -> Points;
	/// All points in `asset`.
	fn total_points(asset: AssetId) -> Points;
	/// The share of `asset`'s own earnings that goes to its contributors.
	fn contributor_pool(asset: AssetId) -> sp_runtime::Perbill;
	/// Set `asset`'s contributor pool on the owner's behalf (a labelling task sets the pool of
	/// the dataset it registers). The owner's rule holds: it can be lowered only before the asset
	/// has earned.
	fn set_contributor_pool(asset: AssetId, pool: sp_runtime::Perbill) -> DispatchResult;
	/// Fix `asset`'s contributors for good (a labelling task, once it has credited its
	/// labellers): set its pool to `pool_floor`, seal it against manual recording, and refuse
	/// any later pool below `pool_floor`, so its owner can neither dilute nor shrink what the
	/// contributors were promised.
	fn seal_contributors(asset: AssetId, pool_floor: sp_runtime::Perbill) -> DispatchResult;
}

/// Told before a contributor's points change, so a revenue accumulator can settle what the old
/// points earned first (points added after revenue must not share in it). Implemented by
/// royalty-split; `()` does nothing.
pub trait OnPointsChanged<AccountId> {
	/// `who`'s points in `asset` are about to go from `before` to `after`; the asset's total
	/// goes from `total_before` to `total_before - before + after`.
	fn on_points_changed(
		asset: AssetId,
		who: &AccountId,
		before: Points,
		after: Points,
		total_before: Points,
	);
}

impl<AccountId> OnPointsChanged<AccountId> for () {
	fn on_points_changed(_: AssetId, _: &AccountId, _: Points, _: Points, _: Points) {}
}

/// Whether an asset has ever earned revenue (implemented by royalty-split). A contributor pool
/// can be lowered only while it has not.
pub trait EarningsInspect {
	/// Has any payment ever been credited to `asset`?
	fn has_earned(asset: AssetId) -> bool;
}

impl EarningsInspect for () {
	fn has_earned(_: AssetId) -> bool {
		false
	}
}
