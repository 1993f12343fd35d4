//! Closing a call: completing it (the provider is paid and the model's part is split along its
//! lineage) or refunding it after its deadline.

use frame_support::{
	ensure,
	storage::with_storage_layer,
	traits::{fungible::MutateHold, tokens::Precision, Get},
	weights::Weight,
	BoundedVec,
};
use lineage_primitives::{AssetId, ContentHash, InvocationId, RevenueSink};
use sp_runtime::{DispatchError, DispatchResult};

use crate::{
	Config, Error, Event, HoldReason, InvocationOf, Invocations, OpenByCaller, OpenByModel, Pallet,
	Receipt, Receipts, WeightInfo,
};

impl<T: Config> Pallet<T> {
	/// Remove open invocation `id` from storage (record and the caller's list). Its expiry timer
	/// stays queued: when it fires it finds the call settled (and turns into the receipt's pruning
	/// timer) or already refunded (and does nothing), which keeps two timer writes out of every
	/// completion.
	fn close(id: InvocationId, invocation: &InvocationOf<T>) {
		Invocations::<T>::remove(id);
		OpenByModel::<T>::remove(invocation.model, id);
		let mut open = OpenByCaller::<T>::get(&invocation.caller);
		open.retain(|i| *i != id);
		if open.is_empty() {
			OpenByCaller::<T>::remove(&invocation.caller);
		} else {
			OpenByCaller::<T>::insert(&invocation.caller, open);
		}
	}

	/// Complete `id` as `provider`: pay the price through royalty-split (fee, ancestors, the
	/// provider's share of what the model keeps, the model), write the receipt. Returns how many
	/// ancestors the model's payment credited.
	pub fn do_complete(
		provider: &T::AccountId,
		id: InvocationId,
		output_hash: ContentHash,
	) -> Result<u32, DispatchError> {
		Self::do_complete_of(provider, id, output_hash, None).map(|(_, ancestors)| ancestors)
	}

	/// Complete `id` as `provider`, refusing it unless it is a call of `model` when one is given.
	/// Returns the call's model and how many ancestors its payment credited.
	fn do_complete_of(
		provider: &T::AccountId,
		id: InvocationId,
		output_hash: ContentHash,
		model: Option<AssetId>,
	) -> Result<(AssetId, u32), DispatchError> {
		let invocation = Invocations::<T>::get(id).ok_or(Error::<T>::UnknownInvocation)?;
		ensure!(&invocation.provider == provider, Error::<T>::NotProvider);
		ensure!(model.is_none_or(|m| m == invocation.model), Error::<T>::MixedModels);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= invocation.deadline, Error::<T>::DeadlinePassed);

		// The whole price goes through royalty-split: the fee, then every ancestor's share of
		// the price after the fee, and the provider's share out of what the model keeps.
		T::Currency::release(
			&HoldReason::Escrow.into(),
			&invocation.caller,
			invocation.price,
			Precision::Exact,
		)?;
		let summary = T::Revenue::pay_call(
			&invocation.caller,
			invocation.model,
			invocation.price,
			provider,
			invocation.provider_share,
		)?;
		let to_provider = summary.to_provider;
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
		Ok((invocation.model, summary.ancestors))
	}

	/// Complete each call of `calls` that can be settled, each in its own storage layer so a
	/// failed one leaves no trace but its `BatchItemFailed` event. All calls must be of one model
	/// (the first settled call's): a call of another is skipped with `MixedModels`. Returns the
	/// number of ancestors of that model's lineage (0 if nothing settled).
	pub fn do_complete_batch(
		provider: &T::AccountId,
		calls: BoundedVec<(InvocationId, ContentHash), T::MaxBatch>,
	) -> Result<u32, DispatchError> {
		ensure!(!calls.is_empty(), Error::<T>::EmptyBatch);
		let mut model = None;
		let mut ancestors = 0u32;
		for (id, output_hash) in calls {
			match with_storage_layer(|| Self::do_complete_of(provider, id, output_hash, model)) {
				Ok((settled_model, credited)) => {
					model = Some(settled_model);
					ancestors = ancestors.max(credited);
				},
				Err(error) => Self::deposit_event(Event::BatchItemFailed { id, error }),
			}
		}
		Ok(ancestors)
	}

	/// The weight of a `complete_batch` of `n` calls of one model with `ancestors` ancestors.
	///
	/// A batch's cost is linear in its calls for a given lineage (each call after the first
	/// re-credits ledgers the first one already touched), so it is interpolated between two
	/// benchmarks at the same lineage: a batch of one call and a full batch of `MaxBatch`. Rounded
	/// up, never below the one-call batch.
	pub fn complete_batch_weight(n: u32, ancestors: u32) -> Weight {
		let one = T::WeightInfo::complete_batch_one(ancestors);
		let full = T::WeightInfo::complete_batch_full(ancestors);
		let spans = T::MaxBatch::get().saturating_sub(1) as u64;
		if spans == 0 {
			return one.max(full);
		}
		let more = n.saturating_sub(1).min(spans as u32) as u64;
		let extra = full.saturating_sub(one);
		let share = |total: u64| total.saturating_mul(more).saturating_add(spans - 1) / spans;
		one.saturating_add(Weight::from_parts(share(extra.ref_time()), share(extra.proof_size())))
	}

	/// Refund `id` to its caller: only after its deadline.
	pub fn do_refund(id: InvocationId) -> DispatchResult {
		let invocation = Invocations::<T>::get(id).ok_or(Error::<T>::UnknownInvocation)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > invocation.deadline, Error::<T>::DeadlineNotPassed);
		Self::refund_expired(id, &invocation)?;
		// Refunded by hand: its expiry timer has nothing left to do.
		Self::unschedule(Self::expiry_block(invocation.deadline), id);
		Ok(())
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
