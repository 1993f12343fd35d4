//! The timer queue: expiries of open calls and pruning of old receipts, keyed by the block
//! they fall due, walked by a cursor in `on_idle` within the weight left in the block.

use frame_support::{traits::Get, weights::Weight};
use frame_system::pallet_prelude::BlockNumberFor;
use lineage_primitives::InvocationId;
use sp_runtime::traits::{One, Saturating};

use crate::{Config, Event, Invocations, Pallet, Receipts, Timer, TimerCursor, Timers, WeightInfo};

impl<T: Config> Pallet<T> {
	/// The block an invocation with `deadline` expires in: the one after its deadline.
	pub(crate) fn expiry_block(deadline: BlockNumberFor<T>) -> BlockNumberFor<T> {
		deadline.saturating_add(One::one())
	}

	/// Queue `timer` for invocation `id` at block `at`.
	pub(crate) fn schedule(at: BlockNumberFor<T>, id: InvocationId, timer: Timer) {
		Timers::<T>::insert(at, id, timer);
	}

	/// Drop the timer for invocation `id` at block `at`.
	pub(crate) fn unschedule(at: BlockNumberFor<T>, id: InvocationId) {
		Timers::<T>::remove(at, id);
	}

	/// Run due timers, oldest block first, while `remaining` covers the next step. Each step
	/// either runs one timer or moves the cursor past an empty block.
	pub(crate) fn run_timers(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
		let step_read = T::DbWeight::get().reads(2);
		// The timer's own removal is a write its benchmarks do not include.
		let per_timer = T::WeightInfo::expire_timer()
			.max(T::WeightInfo::expire_settled_timer())
			.max(T::WeightInfo::prune_timer())
			.saturating_add(T::DbWeight::get().writes(1));
		let mut used = T::DbWeight::get().reads_writes(1, 1);
		if remaining.any_lt(used) {
			return Weight::zero();
		}
		let mut cursor = TimerCursor::<T>::get().unwrap_or(now);
		let start = cursor;
		while cursor <= now {
			let next_used = used.saturating_add(step_read).saturating_add(per_timer);
			if remaining.any_lt(next_used) {
				break;
			}
			used = used.saturating_add(step_read);
			match Timers::<T>::iter_prefix(cursor).next() {
				Some((id, timer)) => {
					Timers::<T>::remove(cursor, id);
					Self::run_timer(id, timer);
					used = used.saturating_add(per_timer);
				},
				None => cursor = cursor.saturating_add(One::one()),
			}
		}
		if cursor != start || TimerCursor::<T>::get().is_none() {
			TimerCursor::<T>::put(cursor);
		}
		used
	}

	/// Run one due timer. An expiry timer whose call was settled meanwhile becomes that receipt's
	/// pruning timer (at `settled_at + ReceiptRetention`, or prunes it now if that has passed).
	pub(crate) fn run_timer(id: InvocationId, timer: Timer) {
		match timer {
			Timer::Expire =>
				if let Some(invocation) = Invocations::<T>::get(id) {
					// The escrow is held by this pallet for this call, so releasing it should not
					// fail; if it does, say so: the call stays open and `refund` works by hand.
					if let Err(error) = Self::refund_expired(id, &invocation) {
						Self::deposit_event(Event::ExpiryRefundFailed { id, error });
					}
				} else if let Some(receipt) = Receipts::<T>::get(id) {
					let due = Self::prune_block(receipt.settled_at);
					if due > frame_system::Pallet::<T>::block_number() {
						Self::schedule(due, id, Timer::Prune);
					} else {
						Self::prune(id);
					}
				},
			Timer::Prune => Self::prune(id),
		}
	}

	/// The block a receipt settled in `settled_at` is pruned in.
	pub(crate) fn prune_block(settled_at: BlockNumberFor<T>) -> BlockNumberFor<T> {
		settled_at.saturating_add(T::ReceiptRetention::get())
	}

	/// Delete receipt `id`.
	fn prune(id: InvocationId) {
		if Receipts::<T>::take(id).is_some() {
			Self::deposit_event(Event::ReceiptPruned { id });
		}
	}
}
