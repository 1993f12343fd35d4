//! Unit tests for contributor attribution; each ends with the pallet's `try_state`.
//!
//! One file per feature (`src/features/`), plus the queries, the trait implementations and the
//! invariants; this file holds what they share.

use crate::{mock::*, Contributions, Deposits, Error, Event, HoldReason, Totals};
use lineage_primitives::held_by_ticket;

use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};

use lineage_primitives::{
	AssetStatus, ContributionKind::*, ContributionSource, ContributorLedger, Points,
};

use sp_runtime::{DispatchError, Perbill};

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ContributorDeposit.into(), &who)
}

fn changes() -> Vec<(u64, u64, Points, Points, Points)> {
	POINT_CHANGES.with(|c| c.borrow().clone())
}

mod invariants;
mod owner;
mod queries;
mod record;
