//! What royalty-split stores per asset and per (account, asset).

use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::traits::fungible;
use scale_info::TypeInfo;
use sp_core::U256;

use crate::Config;

/// The balance type of the currency revenue is paid in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The fixed-point scale of the per-point accumulator: revenue per point is stored multiplied
/// by 10^18, so a pool of one unit over 10^18 points still moves the accumulator.
pub const ACC_SCALE: u128 = 1_000_000_000_000_000_000;

/// One asset's revenue ledger. A payment touches this one item per credited asset, however many
/// contributors the asset has.
#[derive(Clone, Default, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
pub struct AssetLedger<Balance> {
	/// Contributor-pool revenue per point since the first payment, scaled by [`ACC_SCALE`].
	pub acc_per_point: U256,
	/// What the pot still holds for this asset's contributors: every pool credit minus every
	/// contributor claim. Contributors' pending shares add up to at most this; the difference
	/// is rounding dust that stays here.
	pub pool_unclaimed: Balance,
	/// Everything ever credited to this asset (owner and contributors), for statistics and for
	/// "has this asset earned anything".
	pub total_earned: Balance,
}

/// What one account is owed by one asset.
#[derive(Clone, Default, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Earning<Balance> {
	/// Owner credits, received while the account owned the asset, not yet claimed.
	pub as_owner: Balance,
	/// Contributor earnings settled at the last points change or claim, scaled by
	/// [`ACC_SCALE`] (the sub-unit remainder of a claim stays here for the next one).
	pub contributor_scaled: U256,
	/// The asset's `acc_per_point` when contributor earnings were last settled.
	pub checkpoint: U256,
}

/// The longest breakdown: the paid asset plus the registry's `MaxAncestors` ancestors.
pub struct CreditsBound<T>(core::marker::PhantomData<T>);
impl<T: Config> frame_support::traits::Get<u32> for CreditsBound<T> {
	fn get() -> u32 {
		<T::Assets as lineage_primitives::AssetInspect<T::AccountId>>::max_ancestors()
			.saturating_add(1)
	}
}

/// A planned credit to one asset, with the accumulator increment it brings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PlannedCredit<Balance> {
	/// What the asset is credited.
	pub credit: lineage_primitives::AssetCredit<Balance>,
	/// Added to the asset's `acc_per_point`.
	pub increment: U256,
}

/// A planned payment: the protocol fee, a call provider's part, and every credit (the paid
/// asset's own first).
pub(crate) struct PlannedPayment<Balance> {
	/// To the treasury.
	pub protocol_fee: Balance,
	/// To a call's provider (zero for a plain payment).
	pub to_provider: Balance,
	/// The paid asset's credit, then each ancestor's.
	pub credits: alloc::vec::Vec<PlannedCredit<Balance>>,
}
