//! Closing a call: completing it (the provider is paid and the model's part is split along its
//! lineage) or refunding it after its deadline.

use frame_support::{
	ensure,
	storage::with_storage_layer,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
		Get,
	},
	BoundedVec,
};
use lineage_primitives::{ContentHash, InvocationId, RevenueSink, RevenueSummary};
use sp_runtime::{
	traits::{Saturating, Zero},
	DispatchError, DispatchResult,
};

use crate::{
	Config, Error, Event, HoldReason, InvocationOf, Invocations, OpenByCaller, Pallet, Receipt,
	Receipts, Timer,
};

impl<T: Config> Pallet<T> {
	/// Remove open invocation `id` from storage (record, caller's list, expiry timer).
	fn close(id: InvocationId, invocation: &InvocationOf<T>) {
		Invocations::<T>::remove(id);
		let mut open = OpenByCaller::<T>::get(&invocation.caller);
		open.retain(|i| *i != id);
		if open.is_empty() {
			OpenByCaller::<T>::remove(&invocation.caller);
		} else {
			OpenByCaller::<T>::insert(&invocation.caller, open);
		}
		Self::unschedule(Self::expiry_block(invocation.deadline), id);
	}

	/// Complete `id` as `provider`: pay the provider's share, pay the rest into the model,
	/// write the receipt. Returns how many ancestors the model's payment credited.
	pub fn do_complete(
		provider: &T::AccountId,
		id: InvocationId,
		output_hash: ContentHash,
	) -> Result<u32, DispatchError> {
		let invocation = Invocations::<T>::get(id).ok_or(Error::<T>::UnknownInvocation)?;
		ensure!(&invocation.provider == provider, Error::<T>::NotProvider);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= invocation.deadline, Error::<T>::DeadlinePassed);

		let escrow = HoldReason::Escrow.into();
		let to_provider = invocation.provider_share.mul_floor(invocation.price);
		let to_model = invocation.price.saturating_sub(to_provider);
		if !to_provider.is_zero() {
			T::Currency::transfer_on_hold(
				&escrow,
				&invocation.caller,
				provider,
				to_provider,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Polite,
			)?;
		}
		let summary = if to_model.is_zero() {
			RevenueSummary::default()
		} else {
			T::Currency::release(&escrow, &invocation.caller, to_model, Precision::Exact)?;
			T::Revenue::pay(&invocation.caller, invocation.model, to_model)?
		};

		Self::close(id, &invocation);
		Receipts::<T>::insert(
			id,
			Receipt {
				model: invocation.model,
				caller: invocation.caller.clone(),
				provider: provider.clone(),
				price: invocation.price,
				input_hash: invocation.input_hash,
				output_hash,
				requested_at: invocation.requested_at,
				settled_at: now,
			},
		);
		Self::schedule(now.saturating_add(T::ReceiptRetention::get()), id, Timer::Prune);
		Self::deposit_event(Event::InvocationSettled {
			id,
			model: invocation.model,
			provider: provider.clone(),
			output_hash,
			to_provider,
			protocol_fee: summary.protocol_fee,
			to_ancestors: summary.to_ancestors,
			to_model: summary.to_asset,
		});
		Ok(summary.ancestors)
	}

	/// Complete each call of `calls` that can be settled, each in its own storage layer so a
	/// failed one leaves no trace but its `BatchItemFailed` event. Returns the most ancestors
	/// any settled call's model had.
	pub fn do_complete_batch(
		provider: &T::AccountId,
		calls: BoundedVec<(InvocationId, ContentHash), T::MaxBatch>,
	) -> Result<u32, DispatchError> {
		ensure!(!calls.is_empty(), Error::<T>::EmptyBatch);
		let mut most_ancestors = 0u32;
		for (id, output_hash) in calls {
			match with_storage_layer(|| Self::do_complete(provider, id, output_hash)) {
				Ok(ancestors) => most_ancestors = most_ancestors.max(ancestors),
				Err(error) => Self::deposit_event(Event::BatchItemFailed { id, error }),
			}
		}
		Ok(most_ancestors)
	}

	/// Refund `id` to its caller: only after its deadline.
	pub fn do_refund(id: InvocationId) -> DispatchResult {
		let invocation = Invocations::<T>::get(id).ok_or(Error::<T>::UnknownInvocation)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > invocation.deadline, Error::<T>::DeadlineNotPassed);
		Self::refund_expired(id, &invocation)
	}

	/// Return an expired call's escrow to its caller and close it.
	pub(crate) fn refund_expired(id: InvocationId, invocation: &InvocationOf<T>) -> DispatchResult {
		T::Currency::release(
			&HoldReason::Escrow.into(),
			&invocation.caller,
			invocation.price,
			Precision::BestEffort,
		)?;
		Self::close(id, invocation);
		Self::deposit_event(Event::InvocationRefunded {
			id,
			caller: invocation.caller.clone(),
			amount: invocation.price,
		});
		Ok(())
	}
}
