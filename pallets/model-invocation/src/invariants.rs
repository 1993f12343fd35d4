//! The invariants `try_state` checks after every test, in the fuzz driver and on `try-runtime`.

use crate::{
	BalanceOf, Config, Invocations, Offerings, OpenByCaller, OpenByModel, Pallet, Receipts,
};
use alloc::vec::Vec;
use frame_system::pallet_prelude::BlockNumberFor;
use lineage_primitives::InvocationId;

impl<T: Config> Pallet<T> {
	/// The invariants:
	/// - every caller's escrow on hold equals the prices of their open calls, and their list of
	///   open calls is exactly the calls they have open;
	/// - every open call has its expiry timer; every receipt has its call's expiry timer (still to
	///   fire) or its pruning timer; no call has two timers;
	/// - every offering's deposit is held from its depositor (summed per depositor);
	/// - ids are below `NextInvocationId`, and no id is both open and settled.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		use crate::{HoldReason, NextInvocationId, Timer, Timers};
		use alloc::collections::BTreeMap;
		use frame_support::{ensure, traits::fungible::InspectHold};
		use sp_runtime::traits::Saturating;

		let next = NextInvocationId::<T>::get();
		let mut escrow: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut open: BTreeMap<T::AccountId, Vec<InvocationId>> = BTreeMap::new();
		for (id, invocation) in Invocations::<T>::iter() {
			ensure!(id < next, "an open call's id is not below NextInvocationId");
			ensure!(!Receipts::<T>::contains_key(id), "a call is both open and settled");
			ensure!(
				Timers::<T>::get(Self::expiry_block(invocation.deadline), id) ==
					Some(Timer::Expire),
				"an open call has no expiry timer"
			);
			ensure!(
				OpenByModel::<T>::contains_key(invocation.model, id),
				"an open call is not indexed by its model"
			);
			let e = escrow.entry(invocation.caller.clone()).or_default();
			*e = e.saturating_add(invocation.price);
			open.entry(invocation.caller).or_default().push(id);
		}
		for (caller, list) in OpenByCaller::<T>::iter() {
			let mut listed = list.into_inner();
			listed.sort();
			let mut actual = open.remove(&caller).unwrap_or_default();
			actual.sort();
			ensure!(listed == actual, "a caller's open list does not match their open calls");
			let held = T::Currency::balance_on_hold(&HoldReason::Escrow.into(), &caller);
			ensure!(
				held == escrow.remove(&caller).unwrap_or_default(),
				"escrow on hold != open prices"
			);
		}
		ensure!(open.is_empty(), "a caller has open calls but no open list");
		for (model, id, ()) in OpenByModel::<T>::iter() {
			ensure!(
				Invocations::<T>::get(id).is_some_and(|i| i.model == model),
				"the model index lists a call that is not open for that model"
			);
		}
		// A receipt keeps its call's expiry timer until that fires and becomes its pruning timer.
		let mut timers: BTreeMap<InvocationId, (BlockNumberFor<T>, Timer)> = BTreeMap::new();
		for (at, id, timer) in Timers::<T>::iter() {
			ensure!(timers.insert(id, (at, timer)).is_none(), "a call has two timers");
		}
		for (id, receipt) in Receipts::<T>::iter() {
			ensure!(id < next, "a receipt's id is not below NextInvocationId");
			let pruned_at = Self::prune_block(receipt.settled_at);
			match timers.get(&id) {
				Some((at, Timer::Prune)) =>
					ensure!(*at == pruned_at, "a receipt's pruning timer is misplaced"),
				Some((at, Timer::Expire)) => ensure!(
					*at > receipt.settled_at,
					"a receipt's expiry timer is before it settled"
				),
				None => return Err("a receipt has no timer".into()),
			}
		}
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (_, offering) in Offerings::<T>::iter() {
			let d = deposits.entry(offering.depositor).or_default();
			let held = lineage_primitives::held_by_ticket::<BalanceOf<T>>(&offering.deposit)
				.ok_or("unreadable ticket")?;
			*d = d.saturating_add(held);
		}
		for (who, total) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::OfferingDeposit.into(), &who) == total,
				"offering deposits on hold != recorded deposits"
			);
		}
		Ok(())
	}
}
