//! Unit tests: every call's success and failure paths, the royalty stack, deposits. Each test
//! ends with the pallet's `try_state` invariants (see `mock::run_test`).
//!
//! One file per feature (`src/features/`), plus the queries, the trait implementations and the
//! invariants; this file holds what they share.

use crate::{mock::*, AssetByHash, Assets, Children, Error, Event, HoldReason, RoyaltyTables};

use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold, MutateHold},
	BoundedVec,
};

use lineage_primitives::{
	held_by_ticket, AssetId, AssetInspect, AssetKind, AssetStatus, ContentHash, DatasetRegistrar,
	Licence, Relation,
};

use sp_runtime::{DispatchError, Perbill};

fn hash(n: u8) -> ContentHash {
	ContentHash::repeat_byte(n)
}

fn licence(derivatives_allowed: bool, royalty_percent: u32) -> Licence {
	Licence {
		commercial_use: true,
		derivatives_allowed,
		derivative_royalty: Perbill::from_percent(royalty_percent),
	}
}

/// Register an asset with content hash `n`, a 4-byte URI, and `parents` (all `DerivedFrom`),
/// revealing the commitment made with salt `salt` if one is given.
fn register_with(
	who: AccountId,
	n: u8,
	royalty: u32,
	parents: &[AssetId],
	salt: Option<u8>,
) -> Result<AssetId, DispatchError> {
	let before = crate::NextAssetId::<Test>::get();
	AssetRegistry::register_asset(
		RuntimeOrigin::signed(who),
		AssetKind::Model,
		hash(n),
		BoundedVec::truncate_from(b"ipfs".to_vec()),
		licence(true, royalty),
		BoundedVec::truncate_from(parents.iter().map(|p| (*p, Relation::DerivedFrom)).collect()),
		salt.map(hash),
	)?;
	Ok(before)
}

/// A plain registration (no commitment).
fn register(
	who: AccountId,
	n: u8,
	royalty: u32,
	parents: &[AssetId],
) -> Result<AssetId, DispatchError> {
	register_with(who, n, royalty, parents, None)
}

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::AssetDeposit.into(), &who)
}

fn table(id: AssetId) -> Vec<(AssetId, Perbill)> {
	RoyaltyTables::<Test>::get(id).into_inner()
}

fn commit(who: AccountId, n: u8, salt: u8) -> ContentHash {
	let c = AssetRegistry::registration_commitment(hash(n), &who, hash(salt));
	assert_ok!(AssetRegistry::commit_registration(RuntimeOrigin::signed(who), c));
	c
}

/// The registration revealing `who`'s commitment to hash `n` with salt `salt`.
fn reveal(who: AccountId, n: u8, salt: u8) -> Result<AssetId, DispatchError> {
	register_with(who, n, 0, &[], Some(salt))
}

fn commitment_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::CommitmentDeposit.into(), &who)
}

mod commitment;
mod deposit;
mod invariants;
mod lifecycle;
mod ownership;
mod queries;
mod register;
mod royalty;
mod trait_impls;
