//! What the attribution pallet stores per contributor and per asset.

use codec::{Decode, Encode, MaxEncodedLen};
use core::marker::PhantomData;
use frame_support::{
	pallet_prelude::ConstU32,
	traits::{fungible, fungible::HoldConsideration, Get},
	BoundedVec,
};
use lineage_primitives::{ContributionKind, DepositPrice, NoCharge, Points};
use scale_info::TypeInfo;

use crate::{Config, HoldReason};

/// The balance type of the currency deposits are held in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// The deposit for the contributor records one account created in one asset:
/// `ContributorDeposit × records` (the footprint's `count` is the records).
pub type RecordDepositPriceOf<T> = DepositPrice<
	NoCharge<BalanceOf<T>>,
	<T as Config>::ContributorDeposit,
	NoCharge<BalanceOf<T>>,
	BalanceOf<T>,
>;
/// The ticket for those records' deposit, held from their creator under `ContributorDeposit`.
pub type RecordTicketOf<T> = HoldConsideration<
	<T as frame_system::Config>::AccountId,
	<T as Config>::Currency,
	ContributorDepositHold<T>,
	RecordDepositPriceOf<T>,
>;

/// The runtime's hold reason for contributor-record deposits.
pub struct ContributorDepositHold<T>(PhantomData<T>);
impl<T: Config> Get<T::RuntimeHoldReason> for ContributorDepositHold<T> {
	fn get() -> T::RuntimeHoldReason {
		HoldReason::ContributorDeposit.into()
	}
}

/// What one account paid for the contributor records it created in one asset.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
pub struct RecordDeposit<Ticket> {
	/// How many records it created (its deposit's footprint).
	pub records: u32,
	/// The ticket for the deposit held for them.
	pub ticket: Ticket,
}

/// A record deposit as this pallet stores it.
pub type RecordDepositOf<T> = RecordDeposit<RecordTicketOf<T>>;

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
