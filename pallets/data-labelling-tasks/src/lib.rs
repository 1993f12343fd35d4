//! # Data-labelling tasks
//!
//! A requester escrows a budget to have items labelled; labellers label them (commit-reveal by
//! default, so nobody can copy); each item's labels are aggregated by strict plurality; the
//! accepted labels become a **dataset asset** owned by the requester that records every labeller
//! as a contributor (`Label` points = accepted labels), so royalty-split pays them whenever a
//! model trained on it earns.
//!
//! Life cycle: `create_task` (Draft) → `add_items` (budget and item deposits held) → `open` →
//! `commit_label`/`reveal_label` or `submit_label` → (`review_item`) → `finalise` (by the
//! requester, or anyone once `FinaliseGrace` blocks after the deadline have passed) →
//! `claim_rewards`. `cancel` refunds everything
//! before any label. A task whose deadline passes before it produces a dataset (never opened, or
//! no item accepted) ends **Expired** when anyone calls `finalise`: everything not owed to
//! reviewers goes back to the requester.
//!
//! **Aggregation** (integer-only, deterministic), when an item has all its labels revealed — or,
//! at finalisation, on whatever was revealed: count each class; if one class has strictly more
//! votes than every other, it is the item's label and the labellers who chose it are each
//! credited `reward_per_label`. A tie opens one extra labeller slot (once per item, if the task
//! takes at least two labels per item); still tied, the item is disputed and accepts nothing.
//! Everything not credited goes back to the requester at finalisation.
//!
//! **Review** (optional, [`ReviewSpec`]): with review, an item whose labels agree goes
//! `UnderReview`; one reviewer (reputation at least the review minimum, not one of the item's
//! labellers) accepts or rejects it with `review_item` and is credited `reward_per_review` either
//! way. Accepted: the labellers who chose the label are credited as above. Rejected: those
//! labellers lose one reputation each and the item is reopened once for new labellers (the first
//! round's may not label it again); rejected in its second round the item is `Rejected` and its
//! budget goes back. Items still under review at finalisation are accepted as aggregated.
//! Reviewers are recorded in the dataset with `Review` points (one per review).
//!
//! Budget: per item and round `(labels_per_item + 1) × reward_per_label` (the extra label pays a
//! tie-break), plus `reward_per_review` with review; an item with review holds two rounds. The
//! item deposit comes on top. `quote` gives the total for a spec and item count. `try_state`: each
//! requester's hold equals the escrow of their live tasks plus their items' deposits, and a task's
//! escrow covers what it owes.
//!
//! **Gold items**: the requester commits `blake2_256(SCALE(answers, salt))` at creation and
//! reveals it at finalisation; a labeller whose accuracy on the gold items they labelled is below
//! `min_gold_accuracy` forfeits the task's rewards (back to the requester) and earns no points.
//! **Reputation**: +1 per accepted label, -1 per rejected one, -5 per gold failure, within
//! `±MaxReputation`; a task may require a minimum.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub use pallet::*;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod features;
mod impls;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

/// The aggregation rule, for off-chain code that must reproduce it (e.g. a trainer reading
/// labels).
pub use features::aggregate::plurality;
pub use types::*;
pub use weights::WeightInfo;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Inspect, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use lineage_primitives::{ContentHash, ContributorLedger, DatasetRegistrar, TaskId};

	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A task's labelling budget and its items' deposits.
		#[codec(index = 0)]
		TaskBudget,
		/// A labeller's bond on one label, until the label's item is resolved.
		#[codec(index = 1)]
		LabelBond,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The overarching event type.
		#[allow(deprecated)]
		type RuntimeEvent: From<Event<Self>> + IsType<<Self as frame_system::Config>::RuntimeEvent>;
		/// The currency budgets are held in.
		type Currency: Inspect<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;
		/// The overarching hold reason.
		type RuntimeHoldReason: From<HoldReason>;
		/// Registers the finished dataset (asset-registry).
		type Datasets: DatasetRegistrar<Self::AccountId>;
		/// Records labellers as contributors of the dataset (contributor-attribution).
		type Contributors: ContributorLedger<Self::AccountId>;
		/// Most classes in a schema.
		#[pallet::constant]
		type MaxClasses: Get<u32>;
		/// Longest class name.
		#[pallet::constant]
		type MaxClassNameLen: Get<u32>;
		/// Most labels per item (the extra tie-break slot comes on top).
		#[pallet::constant]
		type MaxLabelsPerItem: Get<u32>;
		/// Labels an item can hold: `MaxLabelsPerItem + 1`.
		type MaxVotes: Get<u32>;
		/// Most items in a task.
		#[pallet::constant]
		type MaxItems: Get<u32>;
		/// Most items per `add_items` call.
		#[pallet::constant]
		type MaxItemsPerCall: Get<u32>;
		/// Longest inline item (text) or URI.
		#[pallet::constant]
		type MaxItemLen: Get<u32>;
		/// Held per item added.
		#[pallet::constant]
		type ItemDeposit: Get<BalanceOf<Self>>;
		/// Most draft or open tasks one requester may have.
		#[pallet::constant]
		type MaxLiveTasks: Get<u32>;
		/// Reputation stays within `±MaxReputation`.
		#[pallet::constant]
		type MaxReputation: Get<i32>;

		/// Blocks after a task's deadline during which only its requester may finalise it (so
		/// it can reveal the gold answers before anyone skips the gold check).
		#[pallet::constant]
		type FinaliseGrace: Get<BlockNumberFor<Self>>;

		/// Where labellers' forfeited rewards and slashed bonds go (never to the requester).
		type Treasury: Get<Self::AccountId>;

		/// Held from a labeller per label (commit or plain label): returned when the label agrees
		/// with the item's plurality or the item ends without one; slashed to the treasury when
		/// the label loses the plurality, is never revealed, or its labeller fails the gold
		/// check. Makes filling slots with junk, and Sybil pluralities, cost real money.
		#[pallet::constant]
		type LabelBond: Get<BalanceOf<Self>>;

		/// Blocks an unrevealed commit has to reveal once its item's reveals open (the item filled
		/// up, or the commit window closed); after that anyone may evict it (`evict_unrevealed`):
		/// its bond is slashed and its slot freed, so junk commits cannot stall an item or
		/// `cancel`.
		#[pallet::constant]
		type RevealWindow: Get<BlockNumberFor<Self>>;

		/// Held from a requester per task record until the finished task is cleared.
		#[pallet::constant]
		type TaskDeposit: Get<BalanceOf<Self>>;

		/// Accepted labels earn reputation only on tasks paying at least this per label, so
		/// reputation cannot be farmed cheaply with one's own tasks.
		#[pallet::constant]
		type MinRewardForReputation: Get<BalanceOf<Self>>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The task type of a runtime.
	pub type TaskOf<T> = TaskRecord<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxClasses,
		<T as Config>::MaxClassNameLen,
	>;
	/// The gold reveal type of a runtime: at most one answer per item of the largest task.
	pub type GoldRevealOf<T> = GoldReveal<<T as Config>::MaxItems>;
	/// The item type of a runtime.
	pub type ItemOf<T> = Item<
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		BlockNumberFor<T>,
		<T as Config>::MaxVotes,
	>;

	/// The id the next task gets.
	#[pallet::storage]
	pub type NextTaskId<T> = StorageValue<_, TaskId, ValueQuery>;

	/// Tasks by id.
	#[pallet::storage]
	pub type Tasks<T: Config> = StorageMap<_, Twox64Concat, TaskId, TaskOf<T>, OptionQuery>;

	/// Items by task and index.
	#[pallet::storage]
	pub type Items<T: Config> =
		StorageDoubleMap<_, Twox64Concat, TaskId, Twox64Concat, ItemIndex, ItemOf<T>, OptionQuery>;

	/// Item contents: `(is_uri, bytes)` — inline text, or the URI of off-chain content.
	#[pallet::storage]
	pub type ItemContents<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TaskId,
		Twox64Concat,
		ItemIndex,
		(bool, BoundedVec<u8, T::MaxItemLen>),
		OptionQuery,
	>;

	/// Draft or open tasks per requester.
	#[pallet::storage]
	pub type LiveTasks<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, u32, OptionQuery>;

	/// Each labeller's reputation: +1 per accepted label, -1 per rejected one, -5 per gold
	/// failure, within `±MaxReputation`.
	#[pallet::storage]
	pub type Reputation<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, i32, ValueQuery>;

	/// Per task and account: accepted labels, reviews and the reward credited for them, until
	/// claimed.
	#[pallet::storage]
	pub type Rewards<T: Config> = StorageDoubleMap<
		_,
		Twox64Concat,
		TaskId,
		Blake2_128Concat,
		T::AccountId,
		Earned<BalanceOf<T>>,
		OptionQuery,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A task was created in Draft.
		TaskCreated { task: TaskId, requester: T::AccountId },
		/// Items were added and their budget held.
		ItemsAdded { task: TaskId, first: ItemIndex, count: u32, held: BalanceOf<T> },
		/// The task takes labels.
		TaskOpened { task: TaskId },
		/// A labeller committed to a label.
		LabelCommitted { task: TaskId, item: ItemIndex, labeller: T::AccountId },
		/// A label was revealed or submitted.
		LabelRevealed { task: TaskId, item: ItemIndex, labeller: T::AccountId, label: Label },
		/// An item's labels were aggregated.
		ItemResolved { task: TaskId, item: ItemIndex, outcome: ItemOutcome },
		/// A tie opened one more labeller slot on an item.
		TieBreakSlotOpened { task: TaskId, item: ItemIndex },
		/// The task was finalised: the dataset is registered and rewards are claimable.
		TaskFinalised {
			task: TaskId,
			dataset: Option<lineage_primitives::AssetId>,
			accepted_items: u32,
			disputed_items: u32,
		},
		/// The task was cancelled and everything refunded.
		TaskCancelled { task: TaskId },
		/// A labeller's accuracy on gold items was too low: their labels were dropped and their
		/// rewards went to the treasury.
		GoldFailed { task: TaskId, labeller: T::AccountId, correct: u32, labelled: u32 },
		/// A reviewer accepted or rejected an item's aggregated label.
		ItemReviewed {
			task: TaskId,
			item: ItemIndex,
			reviewer: T::AccountId,
			label: Label,
			accepted: bool,
		},
		/// The label bonds of an item's labellers were settled: `returned` of them came back,
		/// `slashed` went to the treasury (labels that lost the plurality, were never revealed, or
		/// whose labeller failed the gold check).
		BondsSettled {
			/// The task.
			task: TaskId,
			/// The item.
			item: ItemIndex,
			/// Bonds returned to their labellers.
			returned: u32,
			/// Bonds slashed to the treasury.
			slashed: u32,
		},
		/// A task finalised without a dataset because its registration failed (e.g. the
		/// requester could not cover the dataset's deposit); rewards are claimable as usual.
		DatasetNotRegistered {
			/// The task.
			task: TaskId,
			/// Why the registration failed.
			error: DispatchError,
		},
		/// Unrevealed commits whose reveal window passed were evicted from an item: their bonds
		/// were slashed and their slots freed.
		CommitsEvicted {
			/// The task.
			task: TaskId,
			/// The item.
			item: ItemIndex,
			/// How many commits were evicted.
			evicted: u32,
		},
		/// A finished task was deleted and its deposit returned to the requester.
		TaskCleared {
			/// The task.
			task: TaskId,
			/// The deposit returned.
			deposit_returned: BalanceOf<T>,
		},
		/// A rejected item was reopened for new labellers.
		ItemReopened { task: TaskId, item: ItemIndex },
		/// The deadline passed before the task produced a dataset: `refunded` went back to the
		/// requester.
		TaskExpired { task: TaskId, refunded: BalanceOf<T> },
		/// A labeller or reviewer claimed their rewards.
		RewardsClaimed { task: TaskId, labeller: T::AccountId, amount: BalanceOf<T> },
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No task has this id.
		UnknownTask,
		/// No item has this index.
		UnknownItem,
		/// Only the task's requester may do this.
		NotRequester,
		/// The task is not in the phase this needs.
		WrongPhase,
		/// A schema needs 2 to `MaxClasses` classes.
		BadClassCount,
		/// A class name is longer than `MaxClassNameLen`.
		ClassNameTooLong,
		/// `labels_per_item` must be 1 to `MaxLabelsPerItem`.
		BadLabelsPerItem,
		/// A reward must be more than zero.
		ZeroReward,
		/// Deadlines must be in the future, the commit deadline not after the deadline.
		BadDeadline,
		/// The task would have more than `MaxItems` items.
		TooManyItems,
		/// Add at least one item, at most `MaxItemsPerCall`.
		BadItemCount,
		/// An item (or its URI) is longer than `MaxItemLen`, or empty.
		BadItemLength,
		/// A task needs at least one item to open.
		NoItems,
		/// The requester cannot afford the budget and deposits.
		InsufficientBalance,
		/// The deadline (or, for commits, the commit deadline) has passed.
		DeadlinePassed,
		/// You already labelled this item.
		AlreadyLabelled,
		/// The item has all the labels it takes.
		ItemFull,
		/// The item already has its outcome.
		ItemResolved,
		/// This task uses commit-reveal: commit, then reveal.
		CommitRevealRequired,
		/// This task takes plain labels: use `submit_label`.
		CommitRevealNotUsed,
		/// You have no commitment on this item to reveal.
		NotALabeller,
		/// Reveals open once the item has all its commits or the commit deadline passed.
		RevealTooEarly,
		/// The label and salt do not match your commitment.
		RevealMismatch,
		/// The label is not a class of this task.
		LabelOutOfRange,
		/// The task has labels: it can no longer be cancelled.
		HasLabels,
		/// Within `FinaliseGrace` blocks after the deadline only the requester may finalise.
		RequesterGracePeriod,
		/// Only the requester may finalise before the deadline.
		TooEarly,
		/// No rewards to claim.
		NothingToClaim,
		/// You would have more than `MaxLiveTasks` draft or open tasks.
		TooManyTasks,
		/// Your reputation is below the task's minimum.
		InsufficientReputation,
		/// The labeller cannot cover the label bond.
		InsufficientBond,
		/// No unrevealed commit of this item is past its reveal window.
		NothingToEvict,
		/// The gold reveal has more answers than the task has items, or an answer for an item
		/// the task does not have.
		BadGoldAnswers,
		/// The gold answers and salt do not match the task's commitment.
		GoldMismatch,
		/// This task has no gold commitment to reveal.
		NoGold,
		/// This task has no review.
		NoReview,
		/// The item is not waiting for review.
		NotUnderReview,
		/// You labelled this item (in this or an earlier round): someone else must review it.
		CannotReviewOwnItem,
		/// A number overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Create a labelling task in Draft from `spec`, holding `TaskDeposit` for its record until
		/// the finished task is cleared (`clear_task`); the budget is held as items are added.
		///
		/// Emits `TaskCreated`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_task())]
		pub fn create_task(
			origin: OriginFor<T>,
			spec: TaskSpec<BalanceOf<T>, BlockNumberFor<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_task(&who, spec).map(|_| ())
		}

		/// Add items to a Draft task (requester only). Holds each item's budget
		/// (`(labels_per_item + 1) × reward_per_label`) and deposit.
		///
		/// Emits `ItemsAdded`.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::add_items(items.len() as u32))]
		pub fn add_items(
			origin: OriginFor<T>,
			task: TaskId,
			items: alloc::vec::Vec<ItemInput>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_items(&who, task, items)
		}

		/// Open a Draft task with at least one item for labelling (requester only).
		///
		/// Emits `TaskOpened`.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::open())]
		pub fn open(origin: OriginFor<T>, task: TaskId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_open(&who, task)
		}

		/// Commit to a label on `item`: `commitment` is
		/// `blake2_256(SCALE(task, item, label, salt, you))`. Before the commit deadline, once
		/// per labeller, while the item has a free slot.
		///
		/// Emits `LabelCommitted`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::commit_label())]
		pub fn commit_label(
			origin: OriginFor<T>,
			task: TaskId,
			item: ItemIndex,
			commitment: ContentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commit(&who, task, item, commitment)
		}

		/// Reveal your committed `label` and `salt` on `item`, once the item has all its commits
		/// or the commit deadline has passed. The last reveal of a full item aggregates it.
		///
		/// Emits `LabelRevealed`, and `ItemResolved` or `TieBreakSlotOpened` when it aggregates.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::reveal_label())]
		pub fn reveal_label(
			origin: OriginFor<T>,
			task: TaskId,
			item: ItemIndex,
			label: Label,
			salt: ContentHash,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reveal(&who, task, item, label, salt)
		}

		/// Label `item` directly, on a task without commit-reveal. The last label of the item
		/// aggregates it.
		///
		/// Emits `LabelRevealed`, and `ItemResolved` or `TieBreakSlotOpened` when it aggregates.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::reveal_label())]
		pub fn submit_label(
			origin: OriginFor<T>,
			task: TaskId,
			item: ItemIndex,
			label: Label,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit(&who, task, item, label)
		}

		/// Finish the task: check labellers against the gold answers if `gold` reveals them
		/// (labellers below the task's accuracy forfeit their rewards to the treasury and their
		/// labels are dropped), aggregate what is revealed, accept what is still under review,
		/// register the dataset (owned by the requester) with every remaining labeller's accepted
		/// labels as `Label` points and seal its contributors (its pool never falls below the
		/// task's), and return the unspent budget and the item deposits. The requester any time
		/// while open; after the deadline the requester alone for `FinaliseGrace` blocks (only it
		/// knows the gold answers), then anyone. After the deadline a task that never opened or
		/// accepted no item ends Expired instead, with everything not owed to reviewers refunded.
		///
		/// Emits `TaskFinalised` or `TaskExpired` (and `GoldFailed` per forfeiting labeller).
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::finalise(T::MaxItems::get()))]
		pub fn finalise(
			origin: OriginFor<T>,
			task: TaskId,
			gold: Option<GoldRevealOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_finalise(&who, task, gold)
		}

		/// Cancel a task that has no labels yet (requester only): everything held is returned.
		///
		/// Emits `TaskCancelled`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cancel(T::MaxItems::get()))]
		pub fn cancel(origin: OriginFor<T>, task: TaskId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel(&who, task)
		}

		/// Evict the unrevealed commits of `item` whose reveal window (`RevealWindow` blocks after
		/// the item filled up or the commit window closed) has passed: their bonds go to the
		/// treasury and their slots are free again. Anyone may call it.
		///
		/// Emits `CommitsEvicted`.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::evict_unrevealed())]
		pub fn evict_unrevealed(
			origin: OriginFor<T>,
			task: TaskId,
			item: ItemIndex,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_evict_unrevealed(task, item)
		}

		/// Delete a finished (finalised, cancelled or expired) task, paying every reward still
		/// unclaimed to its owner and returning the task's deposit to the requester. Anyone may
		/// call it.
		///
		/// Emits `TaskCleared`.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::clear_task())]
		pub fn clear_task(origin: OriginFor<T>, task: TaskId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_clear_task(task)
		}

		/// Claim your rewards (labels and reviews) from a finalised or expired task.
		///
		/// Emits `RewardsClaimed`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::claim_rewards())]
		pub fn claim_rewards(origin: OriginFor<T>, task: TaskId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_rewards(&who, task)
		}

		/// Review `item`'s aggregated label on a task with review: `accept` it, or reject it
		/// (reopened once for new labellers; rejected again, it is not accepted). You are credited
		/// the task's `reward_per_review` either way. Needs the task's review reputation; not on
		/// an item you labelled in any round; before the deadline.
		///
		/// Emits `ItemReviewed`, then `ItemResolved` or `ItemReopened`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::review_item())]
		pub fn review_item(
			origin: OriginFor<T>,
			task: TaskId,
			item: ItemIndex,
			accept: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_review(&who, task, item, accept)
		}
	}
}
