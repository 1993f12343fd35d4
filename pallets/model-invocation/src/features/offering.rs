//! Offerings: the owner's terms for calling a model.

use frame_support::{
	ensure,
	traits::{fungible::MutateHold, tokens::Precision, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use lineage_primitives::{AssetId, AssetInspect, AssetKind, AssetRequirement, RevenueSink};
use sp_runtime::{traits::Zero, DispatchResult, Perbill};

use crate::{BalanceOf, Config, Error, Event, HoldReason, Offering, Offerings, Pallet};

impl<T: Config> Pallet<T> {
	/// Check that `who` owns `model`, whatever its kind and status.
	fn ensure_owner(who: &T::AccountId, model: AssetId) -> DispatchResult {
		T::Assets::ensure_owner(model, who, AssetRequirement::Exists).map_err(Error::<T>::from)?;
		Ok(())
	}

	/// Check that `who` owns `model` and that it is an active model or agent.
	pub(crate) fn ensure_model_owner(who: &T::AccountId, model: AssetId) -> DispatchResult {
		Self::ensure_owner(who, model)?;
		Self::ensure_invocable(model)
	}

	/// Check that `model` is a model or agent that can be called now.
	pub(crate) fn ensure_invocable(model: AssetId) -> DispatchResult {
		let kind = T::Assets::kind(model).ok_or(Error::<T>::UnknownAsset)?;
		ensure!(matches!(kind, AssetKind::Model | AssetKind::Agent), Error::<T>::NotAModel);
		T::Assets::ensure_usable(model, AssetRequirement::Active).map_err(Error::<T>::from)?;
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
		let (depositor, deposit, terms) = match Offerings::<T>::get(model) {
			Some(existing) =>
				(existing.depositor, existing.deposit, existing.terms.saturating_add(1)),
			None => {
				let deposit = T::OfferingDeposit::get();
				T::Currency::hold(&HoldReason::OfferingDeposit.into(), who, deposit)
					.map_err(|_| Error::<T>::InsufficientBalance)?;
				(who.clone(), deposit, 1)
			},
		};
		Offerings::<T>::insert(
			model,
			Offering {
				provider: provider.clone(),
				price_per_call,
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
		T::Currency::release(
			&HoldReason::OfferingDeposit.into(),
			&offering.depositor,
			offering.deposit,
			Precision::BestEffort,
		)?;
		Self::deposit_event(Event::OfferingRemoved { model });
		Ok(())
	}
}
