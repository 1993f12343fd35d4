//! A stand-in asset registry for the pallets' unit tests (feature `test-support`): assets with an
//! owner, a kind, a status and a flattened royalty table, kept per test thread. Accounts are
//! `u64`, as in every pallet's mock runtime.

use alloc::{collections::BTreeMap, vec::Vec};
use core::cell::RefCell;
use sp_runtime::Perbill;

use crate::{AssetFacts, AssetId, AssetInspect, AssetKind, AssetStatus};

/// The longest royalty table the stand-in registry reports it allows.
pub const MOCK_MAX_ANCESTORS: u32 = 8;

/// One stand-in asset.
#[derive(Clone)]
struct MockAsset {
	owner: u64,
	kind: AssetKind,
	status: AssetStatus,
	table: Vec<(AssetId, Perbill)>,
}

std::thread_local! {
	static ASSETS: RefCell<BTreeMap<AssetId, MockAsset>> = const { RefCell::new(BTreeMap::new()) };
}

/// The stand-in registry: what a test adds is what the pallet under test reads.
pub struct MockAssets;

impl MockAssets {
	/// Add an active asset with no ancestors.
	pub fn add(id: AssetId, owner: u64, kind: AssetKind) {
		Self::add_with_table(id, owner, kind, Vec::new());
	}

	/// Add an active asset with a flattened royalty table (as the registry computes it).
	pub fn add_with_table(
		id: AssetId,
		owner: u64,
		kind: AssetKind,
		table: Vec<(AssetId, Perbill)>,
	) {
		let asset = MockAsset { owner, kind, status: AssetStatus::Active, table };
		ASSETS.with(|a| a.borrow_mut().insert(id, asset));
	}

	/// Set an asset's status (frozen by governance, retired by its owner).
	pub fn set_status(id: AssetId, status: AssetStatus) {
		ASSETS.with(|a| a.borrow_mut().get_mut(&id).map(|r| r.status = status));
	}

	/// Give an asset to another owner.
	pub fn set_owner(id: AssetId, owner: u64) {
		ASSETS.with(|a| a.borrow_mut().get_mut(&id).map(|r| r.owner = owner));
	}

	/// The id after the highest one added (0 when none is).
	pub fn next_id() -> AssetId {
		ASSETS.with(|a| a.borrow().keys().max().map_or(0, |m| m.saturating_add(1)))
	}

	/// Forget every asset.
	pub fn clear() {
		ASSETS.with(|a| a.borrow_mut().clear());
	}

	fn read<R>(id: AssetId, f: impl FnOnce(&MockAsset) -> R) -> Option<R> {
		ASSETS.with(|a| a.borrow().get(&id).map(f))
	}
}

impl AssetInspect<u64> for MockAssets {
	fn facts(asset: AssetId) -> Option<AssetFacts<u64>> {
		Self::read(asset, |r| AssetFacts { owner: r.owner, kind: r.kind, status: r.status })
	}
	fn royalty_table(asset: AssetId) -> Vec<(AssetId, Perbill)> {
		Self::read(asset, |r| r.table.clone()).unwrap_or_default()
	}
	fn max_ancestors() -> u32 {
		MOCK_MAX_ANCESTORS
	}
}
