//! Paying revenue into an asset: move the money, then credit every ledger in the plan.

use frame_support::{
	ensure,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::{Fortitude, Preservation},
		Get,
	},
	BoundedVec,
};
use lineage_primitives::{AssetId, AssetInspect, RevenueSummary};
use sp_runtime::{
	traits::{AccountIdConversion, CheckedAdd, Saturating, Zero},
	DispatchError,
};

use crate::{
	BalanceOf, Config, Earnings, Error, Event, Ledgers, Pallet, PlannedCredit, PlannedPayment,
};
use sp_runtime::Perbill;

impl<T: Config> Pallet<T> {
	/// The pot: the account holding everything still claimable (plus the existential deposit
	/// it was endowed with at genesis).
	pub fn pot() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Make sure the pot and the treasury can receive amounts below the existential deposit:
	/// each is endowed with the existential deposit if it has less (at genesis).
	pub(crate) fn ensure_accounts_exist() {
		let ed = T::Currency::minimum_balance();
		for who in [Self::pot(), T::Treasury::get()] {
			let balance = T::Currency::balance(&who);
			if balance < ed {
				let _ = T::Currency::set_balance(&who, ed);
			}
		}
	}

	/// Pay `amount` from `payer` into `asset_id` and split it. Returns the totals and how many
	/// ancestors were credited (for the weight refund).
	pub fn do_pay(
		payer: &T::AccountId,
		asset_id: AssetId,
		amount: BalanceOf<T>,
	) -> Result<(RevenueSummary<BalanceOf<T>>, u32), DispatchError> {
		Self::do_pay_call(payer, asset_id, amount, None)
	}

	/// Pay `amount` from `payer` into `asset_id` for a call whose `provider` takes
	/// `provider_share` of it after the fee (out of the asset's own part), and split the rest.
	/// `None`: a plain payment. Returns the totals and how many ancestors were credited.
	pub fn do_pay_call(
		payer: &T::AccountId,
		asset_id: AssetId,
		amount: BalanceOf<T>,
		provider: Option<(&T::AccountId, Perbill)>,
	) -> Result<(RevenueSummary<BalanceOf<T>>, u32), DispatchError> {
		let share = provider.map_or(Perbill::zero(), |(_, share)| share);
		let PlannedPayment { protocol_fee, to_provider, credits: planned } =
			Self::plan_payment(asset_id, amount, share)?;
		ensure!(
			T::Currency::reducible_balance(payer, Preservation::Preserve, Fortitude::Polite) >=
				amount,
			Error::<T>::InsufficientBalance
		);
		if !protocol_fee.is_zero() {
			T::Currency::transfer(
				payer,
				&T::Treasury::get(),
				protocol_fee,
				Preservation::Preserve,
			)?;
		}
		if let (Some((provider, _)), false) = (provider, to_provider.is_zero()) {
			T::Currency::transfer(payer, provider, to_provider, Preservation::Preserve)?;
		}
		T::Currency::transfer(
			payer,
			&Self::pot(),
			amount.saturating_sub(protocol_fee).saturating_sub(to_provider),
			Preservation::Preserve,
		)?;

		let mut summary = RevenueSummary { protocol_fee, to_provider, ..Default::default() };
		for (i, plan) in planned.iter().enumerate() {
			Self::apply_credit(plan)?;
			if i == 0 {
				summary.to_asset = plan.credit.amount;
			} else {
				summary.to_ancestors = summary.to_ancestors.saturating_add(plan.credit.amount);
			}
		}
		let ancestors = planned.len().saturating_sub(1) as u32;
		summary.ancestors = ancestors;
		// `plan_payment` checked the table against `MaxAncestors`: this always fits.
		let credits: BoundedVec<_, _> = planned
			.into_iter()
			.map(|p| p.credit)
			.collect::<alloc::vec::Vec<_>>()
			.try_into()
			.map_err(|_| Error::<T>::TooManyAncestors)?;
		Self::deposit_event(Event::RevenuePaid {
			asset_id,
			payer: payer.clone(),
			amount,
			protocol_fee,
			to_provider,
			credits,
		});
		Ok((summary, ancestors))
	}

	/// Credit one asset: its ledger (accumulator and pool) and its current owner's entry.
	fn apply_credit(plan: &PlannedCredit<BalanceOf<T>>) -> Result<(), DispatchError> {
		let asset_id = plan.credit.asset;
		let owner = T::Assets::owner(asset_id).ok_or(Error::<T>::UnknownAsset)?;
		let mut ledger = Ledgers::<T>::get(asset_id).unwrap_or_default();
		ledger.acc_per_point = ledger.acc_per_point.saturating_add(plan.increment);
		ledger.pool_unclaimed = ledger
			.pool_unclaimed
			.checked_add(&plan.credit.to_contributors)
			.ok_or(Error::<T>::Overflow)?;
		ledger.total_earned = ledger.total_earned.saturating_add(plan.credit.amount);
		Ledgers::<T>::insert(asset_id, ledger);
		if !plan.credit.to_owner.is_zero() {
			let mut earning = Earnings::<T>::get(&owner, asset_id).unwrap_or_default();
			earning.as_owner = earning
				.as_owner
				.checked_add(&plan.credit.to_owner)
				.ok_or(Error::<T>::Overflow)?;
			Earnings::<T>::insert(&owner, asset_id, earning);
		}
		Ok(())
	}
}
