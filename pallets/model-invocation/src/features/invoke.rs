//! Invoking a model: escrow the price and open the call.

use frame_support::{ensure, traits::fungible::MutateHold};
use lineage_primitives::{AssetId, ContentHash, InvocationId};
use sp_runtime::{traits::Saturating, DispatchError};

use crate::{
	BalanceOf, Config, Error, Event, HoldReason, Invocation, Invocations, NextInvocationId,
	Offerings, OpenByCaller, OpenByModel, Pallet, Timer,
};

impl<T: Config> Pallet<T> {
	/// Open a call of `model` by `caller` at terms version `terms`, escrowing the offering's
	/// price.
	pub fn do_invoke(
		caller: &T::AccountId,
		model: AssetId,
		input_hash: ContentHash,
		max_price: BalanceOf<T>,
		terms: u32,
	) -> Result<InvocationId, DispatchError> {
		let offering = Offerings::<T>::get(model).ok_or(Error::<T>::NoOffering)?;
		Self::ensure_invocable(model)?;
		ensure!(!offering.paused, Error::<T>::OfferingIsPaused);
		ensure!(offering.terms == terms, Error::<T>::TermsChanged);
		// A call's tokens are counted only by the gateway that serves it: such a model is
		// called through a channel, whose vouchers carry the ceiling and the receipts.
		ensure!(!offering.token_prices.per_token(), Error::<T>::PricedPerToken);
		let price = offering.price_per_call;
		ensure!(price <= max_price, Error::<T>::PriceAboveMax);
		let mut open = OpenByCaller::<T>::get(caller);
		let id = NextInvocationId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		open.try_push(id).map_err(|_| Error::<T>::TooManyOpenInvocations)?;
		let now = frame_system::Pallet::<T>::block_number();
		let deadline = now.saturating_add(offering.timeout);

		T::Currency::hold(&HoldReason::Escrow.into(), caller, price)
			.map_err(|_| Error::<T>::InsufficientBalance)?;
		NextInvocationId::<T>::put(next);
		OpenByCaller::<T>::insert(caller, open);
		OpenByModel::<T>::insert(model, id, ());
		Invocations::<T>::insert(
			id,
			Invocation {
				model,
				caller: caller.clone(),
				provider: offering.provider,
				price,
				provider_share: offering.provider_share,
				input_hash,
				requested_at: now,
				deadline,
			},
		);
		Self::schedule(Self::expiry_block(deadline), id, Timer::Expire);
		Self::deposit_event(Event::InvocationRequested {
			id,
			model,
			caller: caller.clone(),
			price,
			input_hash,
			deadline,
		});
		Ok(id)
	}
}
