//! Offerings: the owner's terms for calling a model.

use frame_support::{
	ensure,
	traits::{Consideration, Footprint, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use lineage_primitives::{
	AssetFacts, AssetId, AssetInspect, AssetKind, AssetRequirement, RevenueSink, TokenPrices,
};
use sp_runtime::{traits::Zero, DispatchResult, Perbill};

use crate::{BalanceOf, Config, Error, Event, Offering, OfferingTicketOf, Offerings, Pallet};

impl<T: Config> Pallet<T> {
	/// Check that `who` owns `model`, whatever its kind and status.
	fn ensure_owner(who: &T::AccountId, model: AssetId) -> DispatchResult {
		T::Assets::ensure_owner(model, who, AssetRequirement::Exists).map_err(Error::<T>::from)?;
		Ok(())
	}

	/// Check that `who` owns `model` and that it is an active model or agent (one read of the
	/// asset; the owner first, then the kind, then the status).
	pub(crate) fn ensure_model_owner(who: &T::AccountId, model: AssetId) -> DispatchResult {
		let facts = T::Assets::ensure_owner(model, who, AssetRequirement::Exists)
			.map_err(Error::<T>::from)?;
		Self::ensure_callable(&facts)
	}

	/// Check that `model` is a model or agent that can be called now.
	pub(crate) fn ensure_invocable(model: AssetId) -> DispatchResult {
		let facts = T::Assets::facts(model).ok_or(Error::<T>::UnknownAsset)?;
		Self::ensure_callable(&facts)
	}

	/// Check that an asset with `facts` is a model or agent that can be called now.
	fn ensure_callable(facts: &AssetFacts<T::AccountId>) -> DispatchResult {
		ensure!(matches!(facts.kind, AssetKind::Model | AssetKind::Agent), Error::<T>::NotAModel);
		AssetRequirement::Active.check(facts.status).map_err(Error::<T>::from)?;
		Ok(())
	}

	/// Set or change `model`'s offering, holding the deposit the first time.
	pub fn do_set_offering(
		who: &T::AccountId,
		model: AssetId,
		price_per_call: BalanceOf<T>,
		provider: T::AccountId,
		provider_share: Perbill,
		timeout: BlockNumberFor<T>,
	) -> DispatchResult {
		Self::ensure_model_owner(who, model)?;
		ensure!(!price_per_call.is_zero(), Error::<T>::ZeroPrice);
		ensure!(
			provider_share <= T::Revenue::max_provider_share(model),
			Error::<T>::ProviderShareTooHigh
		);
		ensure!(!timeout.is_zero() && timeout <= T::MaxTimeout::get(), Error::<T>::BadTimeout);
		let (depositor, deposit, terms, token_prices) = match Offerings::<T>::get(model) {
			Some(existing) => (
				existing.depositor,
				existing.deposit,
				existing.terms.saturating_add(1),
				existing.token_prices,
			),
			None => {
				let deposit = OfferingTicketOf::<T>::new(who, Footprint::from_parts(1, 0))
					.map_err(|_| Error::<T>::InsufficientDeposit)?;
				(who.clone(), deposit, 1, TokenPrices::default())
			},
		};
		Offerings::<T>::insert(
			model,
			Offering {
				provider: provider.clone(),
				price_per_call,
				token_prices,
				provider_share,
				timeout,
				paused: false,
				depositor,
				deposit,
				terms,
			},
		);
		Self::deposit_event(Event::OfferingSet {
			model,
			provider,
			price_per_call,
			provider_share,
			timeout,
			terms,
		});
		Ok(())
	}

	/// Price `model`'s offering per token too (both zero: per call only again), as a new
	/// version of its terms: channels open at it from now on, open ones keep theirs.
	pub fn do_set_token_prices(
		who: &T::AccountId,
		model: AssetId,
		token_prices: TokenPrices<BalanceOf<T>>,
	) -> DispatchResult {
		Self::ensure_model_owner(who, model)?;
		let mut offering = Offerings::<T>::get(model).ok_or(Error::<T>::NoOffering)?;
		ensure!(offering.token_prices != token_prices, Error::<T>::TokenPricesUnchanged);
		offering.token_prices = token_prices;
		offering.terms = offering.terms.saturating_add(1);
		let terms = offering.terms;
		Offerings::<T>::insert(model, offering);
		Self::deposit_event(Event::TokenPricesSet {
			model,
			per_1k_input: token_prices.per_1k_input,
			per_1k_output: token_prices.per_1k_output,
			terms,
		});
		Ok(())
	}

	/// Pause or resume `model`'s offering.
	pub fn do_set_paused(who: &T::AccountId, model: AssetId, paused: bool) -> DispatchResult {
		Self::ensure_owner(who, model)?;
		let mut offering = Offerings::<T>::get(model).ok_or(Error::<T>::NoOffering)?;
		if paused {
			ensure!(!offering.paused, Error::<T>::OfferingIsPaused);
		} else {
			ensure!(offering.paused, Error::<T>::OfferingNotPaused);
		}
		offering.paused = paused;
		Offerings::<T>::insert(model, offering);
		Self::deposit_event(if paused {
			Event::OfferingPaused { model }
		} else {
			Event::OfferingResumed { model }
		});
		Ok(())
	}

	/// Remove `model`'s offering and release its deposit. Works for a retired or frozen model
	/// too, so the deposit never gets stuck.
	pub fn do_remove_offering(who: &T::AccountId, model: AssetId) -> DispatchResult {
		Self::ensure_owner(who, model)?;
		let offering = Offerings::<T>::take(model).ok_or(Error::<T>::NoOffering)?;
		offering.deposit.drop(&offering.depositor)?;
		Self::deposit_event(Event::OfferingRemoved { model });
		Ok(())
	}
}
