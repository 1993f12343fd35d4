//! Recording points: the one path every contribution takes, whoever records it.

use frame_support::ensure;
use lineage_primitives::{
	AssetId, AssetInspect, ContributionKind, ContributionSource, OnPointsChanged, Points,
};
use sp_runtime::DispatchResult;

use crate::{AssetTotals, Config, Contributions, ContributorRecord, Error, Event, Pallet, Totals};

/// A checked contribution, ready to write.
pub(crate) struct PlannedRecord {
	record: ContributorRecord,
	totals: AssetTotals,
	before: Points,
	total_before: Points,
	/// Whether this creates the contributor's record in the asset.
	pub is_new: bool,
}

impl<T: Config> Pallet<T> {
	/// Check a contribution and compute what it writes, without writing anything.
	pub(crate) fn plan_record(
		asset_id: AssetId,
		who: &T::AccountId,
		kind: ContributionKind,
		points: Points,
	) -> Result<PlannedRecord, Error<T>> {
		ensure!(points > 0, Error::<T>::ZeroPoints);
		ensure!(T::Assets::status(asset_id).is_some(), Error::<T>::UnknownAsset);
		let added = points;

		let mut record = Contributions::<T>::get(asset_id, who).unwrap_or_default();
		let is_new = record.points == 0;
		let before = record.points;
		record.points = before.checked_add(added).ok_or(Error::<T>::PointsOverflow)?;
		match record.by_kind.iter_mut().find(|(k, _)| *k == kind) {
			Some((_, p)) => *p = p.checked_add(added).ok_or(Error::<T>::PointsOverflow)?,
			// One entry per kind and `KindCount` kinds: this push cannot fail.
			None =>
				record.by_kind.try_push((kind, added)).map_err(|_| Error::<T>::PointsOverflow)?,
		}
		let mut totals = Totals::<T>::get(asset_id);
		let total_before = totals.points;
		totals.points = total_before.checked_add(added).ok_or(Error::<T>::PointsOverflow)?;
		if is_new {
			totals.contributors =
				totals.contributors.checked_add(1).ok_or(Error::<T>::PointsOverflow)?;
		}
		Ok(PlannedRecord { record, totals, before, total_before, is_new })
	}

	/// Write a planned contribution: tell `OnPointsChanged` first, then store and announce it.
	pub(crate) fn apply_record(
		asset_id: AssetId,
		who: &T::AccountId,
		kind: ContributionKind,
		points: Points,
		source: ContributionSource,
		plan: PlannedRecord,
	) {
		T::OnPointsChanged::on_points_changed(
			asset_id,
			who,
			plan.before,
			plan.record.points,
			plan.total_before,
		);
		Contributions::<T>::insert(asset_id, who, plan.record);
		Totals::<T>::insert(asset_id, plan.totals);
		Self::deposit_event(Event::ContributionRecorded {
			asset_id,
			contributor: who.clone(),
			kind,
			points,
			source,
		});
	}

	/// Add `points` of `kind` for `who` in `asset_id`, recorded by `source`.
	pub fn do_record(
		asset_id: AssetId,
		who: &T::AccountId,
		kind: ContributionKind,
		points: Points,
		source: ContributionSource,
	) -> DispatchResult {
		let plan = Self::plan_record(asset_id, who, kind, points)?;
		Self::apply_record(asset_id, who, kind, points, source, plan);
		Ok(())
	}
}
