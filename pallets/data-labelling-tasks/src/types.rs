//! What the labelling pallet stores: tasks, items, labels and rewards.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::marker::PhantomData;
use frame_support::{
	traits::{fungible, fungible::HoldConsideration, Get},
	BoundedVec,
};
use lineage_primitives::{ContentHash, DepositPrice, Licence, NoCharge};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

use crate::{Config, HoldReason};

/// The balance type of the currency budgets are held in.
pub type BalanceOf<T> =
	<<T as Config>::Currency as fungible::Inspect<<T as frame_system::Config>::AccountId>>::Balance;

/// A task's deposit: `TaskDeposit + ItemDeposit × items` (the footprint's `count` is the items
/// the task stores).
pub type TaskDepositPriceOf<T> = DepositPrice<
	<T as Config>::TaskDeposit,
	<T as Config>::ItemDeposit,
	NoCharge<BalanceOf<T>>,
	BalanceOf<T>,
>;
/// The ticket for a task's deposit, held from its requester under `TaskDeposit`.
pub type TaskTicketOf<T> = HoldConsideration<
	<T as frame_system::Config>::AccountId,
	<T as Config>::Currency,
	TaskDepositHold<T>,
	TaskDepositPriceOf<T>,
>;

/// The runtime's hold reason for task deposits.
pub struct TaskDepositHold<T>(PhantomData<T>);
impl<T: Config> Get<T::RuntimeHoldReason> for TaskDepositHold<T> {
	fn get() -> T::RuntimeHoldReason {
		HoldReason::TaskDeposit.into()
	}
}

/// Index of an item within its task.
pub type ItemIndex = u32;
/// A label: the index of a class in the task's schema.
pub type Label = u8;

/// Where a task is in its life.
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
pub enum TaskStatus {
	/// Being set up: items can be added.
	Draft,
	/// Taking labels.
	Open,
	/// Finished: the dataset is registered and rewards are claimable.
	Finalised,
	/// Cancelled by the requester before any label: everything was refunded.
	Cancelled,
	/// The deadline passed before the task produced a dataset (it never opened, or no item was
	/// accepted): everything not owed to reviewers was refunded.
	Expired,
}

/// Optional review of aggregated labels (part of a [`TaskSpec`]).
///
/// When a task has review, an item whose labels agree goes `UnderReview` instead of being
/// accepted; one reviewer accepts or rejects it (`review_item`) and is paid `reward_per_review`
/// either way. A rejected item is reopened once for new labellers (the first round's labellers
/// may not label it again); rejected a second time it is not accepted and its budget goes back.
/// Items nobody reviewed before finalisation are accepted as the labellers agreed them.
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
pub struct ReviewSpec<Balance> {
	/// Paid to the reviewer of an item per review, accepted or rejected.
	pub reward_per_review: Balance,
	/// Reviewers need at least this reputation.
	pub min_reputation: i32,
}

/// How many labelling rounds an item of a task with review can take: the first, and one reopening
/// after a rejection.
pub const REVIEW_ROUNDS: u32 = 2;

/// What a requester asks for (the `create_task` argument). Its class list is bounded in the type
/// (at most `MaxClasses` names of at most `MaxClassNameLen` bytes), so an oversize spec fails at
/// decoding.
#[derive(
	frame_support::CloneNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	frame_support::EqNoBound,
	frame_support::PartialEqNoBound,
	frame_support::DebugNoBound,
	TypeInfo,
)]
#[scale_info(skip_type_params(T))]
pub struct TaskSpec<T: Config> {
	/// Class names, 2 to `MaxClasses`; a label is an index into this list.
	pub classes: BoundedVec<BoundedVec<u8, T::MaxClassNameLen>, T::MaxClasses>,
	/// How many different labellers label each item (1 to `MaxLabelsPerItem`).
	pub labels_per_item: u32,
	/// Paid per accepted label.
	pub reward_per_label: BalanceOf<T>,
	/// After this block no more commits (reveals may still come until `deadline`).
	pub commit_deadline: frame_system::pallet_prelude::BlockNumberFor<T>,
	/// After this block no more labels; the requester may finalise (with the gold reveal) for
	/// `FinaliseGrace` blocks, then anyone may.
	pub deadline: frame_system::pallet_prelude::BlockNumberFor<T>,
	/// Labellers commit `blake2_256(SCALE((task, item, label, salt, labeller)))` first and reveal
	/// later (`false`: plain `submit_label`).
	pub commit_reveal: bool,
	/// Licence of the dataset the task produces.
	pub licence: Licence,
	/// Contributor pool of the dataset the task produces.
	pub contributor_pool: Perbill,
	/// Labellers need at least this reputation.
	pub min_reputation: i32,
	/// `blake2_256(SCALE(answers, salt))` of the gold items' `(index, label)` answers, if any;
	/// revealed only at finalisation.
	pub gold_commitment: Option<ContentHash>,
	/// Labellers whose accuracy on the gold items they labelled is below this forfeit the task's
	/// rewards.
	pub min_gold_accuracy: sp_runtime::Percent,
	/// Optional review of aggregated labels by reviewers (`None`: labels are accepted as
	/// aggregated).
	pub review: Option<ReviewSpec<BalanceOf<T>>>,
}

/// The requester's reveal of the gold answers at finalisation, at most `MaxAnswers` of them (a
/// task's item limit), so an oversize reveal fails at decoding and never costs a hash.
#[derive(
	frame_support::CloneNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	frame_support::EqNoBound,
	frame_support::PartialEqNoBound,
	frame_support::DebugNoBound,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxAnswers))]
pub struct GoldReveal<MaxAnswers: frame_support::traits::Get<u32>> {
	/// `(item index, correct label)` for every gold item.
	pub answers: BoundedVec<(ItemIndex, Label), MaxAnswers>,
	/// The salt committed with them.
	pub salt: ContentHash,
}

/// A task as stored.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxClasses, MaxNameLen))]
pub struct TaskRecord<
	AccountId,
	Balance,
	BlockNumber,
	MaxClasses: frame_support::traits::Get<u32>,
	MaxNameLen: frame_support::traits::Get<u32>,
	Ticket,
> {
	/// Who pays and owns the resulting dataset.
	pub requester: AccountId,
	/// Draft, open, finalised, cancelled or expired.
	pub status: TaskStatus,
	/// Class names.
	pub classes: BoundedVec<BoundedVec<u8, MaxNameLen>, MaxClasses>,
	/// Labellers per item.
	pub labels_per_item: u32,
	/// Paid per accepted label.
	pub reward_per_label: Balance,
	/// Held from a labeller per label on this task (the runtime's `LabelBond` when the task was
	/// created): returned when its label agrees with the item's plurality (or the item ends with
	/// no plurality), slashed to the treasury when it loses or is never revealed.
	pub label_bond: Balance,
	/// Last block for commits.
	pub commit_deadline: BlockNumber,
	/// Last block for labels.
	pub deadline: BlockNumber,
	/// Commit-reveal or plain labels.
	pub commit_reveal: bool,
	/// The dataset's licence.
	pub licence: Licence,
	/// The dataset's contributor pool.
	pub contributor_pool: Perbill,
	/// Labellers need at least this reputation.
	pub min_reputation: i32,
	/// Commitment to the gold answers.
	pub gold_commitment: Option<ContentHash>,
	/// Minimum accuracy on gold items.
	pub min_gold_accuracy: sp_runtime::Percent,
	/// Review of aggregated labels, if the task has it.
	pub review: Option<ReviewSpec<Balance>>,
	/// Items added so far.
	pub item_count: u32,
	/// Labels committed or submitted so far (a task with any cannot be cancelled).
	pub labels: u32,
	/// The budget held from the requester: what it still owes plus what is refundable.
	pub escrow: Balance,
	/// Rewards credited to labellers and not yet claimed (part of `escrow`).
	pub owed: Balance,
	/// The dataset registered at finalisation.
	pub dataset: Option<lineage_primitives::AssetId>,
	/// The ticket for the deposit held from the requester for this record and its items
	/// (`TaskDeposit + ItemDeposit × items`): the items' part comes back when the items are
	/// removed (cancel or finalise), the rest by `clear_task` once the task is paid out.
	pub deposit: Ticket,
}

/// An item's content: small inline text, or a URI with the hash of what it points to; at most
/// `MaxLen` bytes either way (an oversize item fails at decoding).
#[derive(
	frame_support::CloneNoBound,
	Encode,
	Decode,
	DecodeWithMemTracking,
	frame_support::EqNoBound,
	frame_support::PartialEqNoBound,
	frame_support::DebugNoBound,
	TypeInfo,
)]
#[scale_info(skip_type_params(MaxLen))]
pub enum ItemInput<MaxLen: frame_support::traits::Get<u32>> {
	/// Inline text.
	Text(BoundedVec<u8, MaxLen>),
	/// Off-chain content.
	Uri {
		/// Where the content is.
		uri: BoundedVec<u8, MaxLen>,
		/// The blake2-256 of the content.
		content_hash: ContentHash,
	},
}

/// One labeller's label on an item.
#[derive(Clone, Copy, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
pub enum Vote {
	/// Committed `blake2_256((task, item, label, salt, labeller))`, not yet revealed.
	Committed(ContentHash),
	/// Revealed (or submitted directly).
	Revealed(Label),
}

/// How an item ended.
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
pub enum ItemOutcome {
	/// Still taking labels.
	Pending,
	/// A strict plurality chose this label; a reviewer has yet to accept or reject it.
	UnderReview(Label),
	/// A strict plurality chose this label (and, with review, a reviewer accepted it).
	Accepted(Label),
	/// Still tied after the extra slot: no label accepted, its budget goes back.
	Disputed,
	/// Rejected by review in its last round: no label accepted, its budget goes back.
	Rejected,
}

/// An item as stored.
#[derive(Clone, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
#[scale_info(skip_type_params(MaxVotes))]
pub struct Item<AccountId, BlockNumber, MaxVotes: frame_support::traits::Get<u32>> {
	/// blake2-256 of the content (of the inline text, or as given with a URI).
	pub content_hash: ContentHash,
	/// Labels so far, one per labeller.
	pub votes: BoundedVec<(AccountId, Vote), MaxVotes>,
	/// How many labels the item takes now (`labels_per_item`, plus one after a tie).
	pub slots: u32,
	/// Pending, under review, accepted, disputed or rejected.
	pub outcome: ItemOutcome,
	/// Labelling round: 0, or 1 after a review rejected the first round.
	pub round: u32,
	/// Labellers of earlier rounds, who may not label the item again.
	pub excluded: BoundedVec<AccountId, MaxVotes>,
	/// The block its slots last filled up (reveals open then); `None` while a slot is free.
	pub full_since: Option<BlockNumber>,
}

/// What one account earned in one task, until claimed.
#[derive(Clone, Copy, Default, Encode, Decode, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen)]
pub struct Earned<Balance> {
	/// Accepted labels (`Label` points in the dataset).
	pub labels: u32,
	/// Reviews done (`Review` points in the dataset).
	pub reviews: u32,
	/// Reward credited for them.
	pub amount: Balance,
}
