//! The flattened royalty table: each ancestor's absolute share of a payment into an asset.
//!
//! For an asset X with direct parents P, the share owed to ancestor A is
//! `Σ_P ([A = P] · royalty(P) + table(P)[A])`: every path from X up to A contributes the
//! `derivative_royalty` of A (the royalty on the path's last edge). Parents' tables are already
//! flattened, so computing X's table reads each parent's record and table once.

use alloc::{collections::BTreeMap, vec::Vec};
use frame_support::traits::Get;
use lineage_primitives::{AssetId, AssetStatus, Relation};
use sp_runtime::{DispatchError, Perbill};

use crate::{Assets, Config, Error, RoyaltyTableOf, RoyaltyTables};

/// Compute the table of a new asset with `parents`, checking every rule a parent must meet.
///
/// Errors: `UnknownParent` (missing or retired), `DuplicateParent`, `DerivativesNotAllowed`,
/// `TooManyAncestors`, `RoyaltyStackTooHigh`.
pub fn compute_table<T: Config>(
	parents: &[(AssetId, Relation)],
) -> Result<RoyaltyTableOf<T>, DispatchError> {
	// Shares are summed in parts-per-billion as u64 so a stack above 100% is seen, not wrapped.
	let mut shares: BTreeMap<AssetId, u64> = BTreeMap::new();
	let mut seen: Vec<AssetId> = Vec::with_capacity(parents.len());
	for (parent, _) in parents {
		frame_support::ensure!(!seen.contains(parent), Error::<T>::DuplicateParent);
		seen.push(*parent);
		let record = Assets::<T>::get(parent).ok_or(Error::<T>::UnknownParent)?;
		frame_support::ensure!(record.status != AssetStatus::Retired, Error::<T>::UnknownParent);
		frame_support::ensure!(
			record.licence.derivatives_allowed,
			Error::<T>::DerivativesNotAllowed
		);
		add_share(&mut shares, *parent, record.licence.derivative_royalty);
		for (ancestor, share) in RoyaltyTables::<T>::get(parent) {
			add_share(&mut shares, ancestor, share);
		}
	}
	finish::<T>(shares)
}

fn add_share(shares: &mut BTreeMap<AssetId, u64>, asset: AssetId, share: Perbill) {
	let entry = shares.entry(asset).or_insert(0);
	*entry = entry.saturating_add(u64::from(share.deconstruct()));
}

/// Check the bounds and turn the summed parts into a sorted, bounded table.
fn finish<T: Config>(shares: BTreeMap<AssetId, u64>) -> Result<RoyaltyTableOf<T>, DispatchError> {
	let total = shares.values().fold(0u64, |acc, s| acc.saturating_add(*s));
	let max = u64::from(T::MaxRoyaltyStack::get().deconstruct());
	frame_support::ensure!(
		shares.len() <= T::MaxAncestors::get() as usize,
		Error::<T>::TooManyAncestors
	);
	frame_support::ensure!(total <= max, Error::<T>::RoyaltyStackTooHigh);
	// Every share is at most the total, which is at most `max` ≤ 100%: `from_parts` is exact.
	let table: Vec<(AssetId, Perbill)> = shares
		.into_iter()
		.map(|(a, parts)| (a, Perbill::from_parts(parts.min(max) as u32)))
		.collect();
	table.try_into().map_err(|_| Error::<T>::TooManyAncestors.into())
}

/// The sum of a table's shares (saturating at 100%).
pub fn total_stack(table: &[(AssetId, Perbill)]) -> Perbill {
	use sp_runtime::traits::Saturating;
	table.iter().fold(Perbill::zero(), |acc, (_, s)| acc.saturating_add(*s))
}
