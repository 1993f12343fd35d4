//! Reads for clients: the functions behind the pallet's runtime API.

use crate::{
	BalanceOf, Config, Invocations, Offerings, OpenByCaller, OpenByModel, Pallet, Receipts,
};
use alloc::vec::Vec;
use frame_system::pallet_prelude::BlockNumberFor;
use lineage_primitives::{
	runtime_api::{InvocationView, OfferingView},
	AssetId, InvocationId,
};

impl<T: Config> Pallet<T> {
	/// `model`'s offering, if it has one.
	pub fn offering_view(
		model: AssetId,
	) -> Option<OfferingView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		Offerings::<T>::get(model).map(|o| OfferingView {
			provider: o.provider,
			price_per_call: o.price_per_call,
			token_prices: o.token_prices,
			provider_share: o.provider_share,
			timeout: o.timeout,
			paused: o.paused,
			terms: o.terms,
		})
	}

	/// A page of the open calls of `model`, in storage order after the call `start_after` (the
	/// last id of the previous page), at most `limit` (capped at `MaxBatch`).
	pub fn open_invocations_of(
		model: AssetId,
		start_after: Option<InvocationId>,
		limit: u32,
	) -> Vec<InvocationView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		use frame_support::traits::Get;
		let limit = limit.min(T::MaxBatch::get()) as usize;
		let ids: Vec<InvocationId> = match start_after {
			Some(after) => OpenByModel::<T>::iter_key_prefix_from(
				model,
				OpenByModel::<T>::hashed_key_for(model, after),
			)
			.take(limit)
			.collect(),
			None => OpenByModel::<T>::iter_key_prefix(model).take(limit).collect(),
		};
		ids.into_iter().filter_map(Self::invocation_view).collect()
	}

	/// Invocation `id`, open or settled (until its receipt is pruned).
	pub fn invocation_view(
		id: InvocationId,
	) -> Option<InvocationView<T::AccountId, BalanceOf<T>, BlockNumberFor<T>>> {
		if let Some(i) = Invocations::<T>::get(id) {
			return Some(InvocationView {
				id,
				model: i.model,
				caller: i.caller,
				provider: i.provider,
				price: i.price,
				input_hash: i.input_hash,
				output_hash: None,
				requested_at: i.requested_at,
				deadline: i.deadline,
				settled_at: None,
			});
		}
		Receipts::<T>::get(id).map(|r| InvocationView {
			id,
			model: r.model,
			caller: r.caller,
			provider: r.provider,
			price: r.price,
			input_hash: r.input_hash,
			output_hash: Some(r.output_hash),
			requested_at: r.requested_at,
			deadline: r.settled_at,
			settled_at: Some(r.settled_at),
		})
	}

	/// `caller`'s open invocation ids.
	pub fn open_invocations(caller: &T::AccountId) -> Vec<InvocationId> {
		OpenByCaller::<T>::get(caller).into_inner()
	}
}

impl<T: Config> lineage_primitives::OfferingInspect<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn terms(
		model: lineage_primitives::AssetId,
	) -> Option<lineage_primitives::OfferingTerms<T::AccountId, BalanceOf<T>>> {
		crate::Offerings::<T>::get(model).map(|o| lineage_primitives::OfferingTerms {
			provider: o.provider,
			price_per_call: o.price_per_call,
			token_prices: o.token_prices,
			provider_share: o.provider_share,
			version: o.terms,
			paused: o.paused,
		})
	}
}
