//! Claiming vouchers: check each against its channel and its caller's signature, move the new
//! amount from the caller's hold to the settlement account, then pay the model once.

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
use lineage_primitives::{
	AssetId, AssetInspect, AssetRequirement, ContentHash, RevenueSink, Voucher,
};
use sp_runtime::{
	traits::{CheckedMul, Saturating, Verify, Zero},
	DispatchError, Perbill, SaturatedConversion,
};

use crate::{
	BalanceOf, ChannelOf, Channels, Config, Error, Event, HoldReason, Pallet, SignedVoucherOf,
};

/// The terms every voucher of one settlement must share: one payment into one model.
#[derive(Clone, PartialEq)]
struct Settlement<AccountId> {
	model: AssetId,
	provider: AccountId,
	provider_share: Perbill,
}

/// What one voucher's claim moved: its channel's settlement terms, the amount and the calls.
struct Claimed<AccountId, Balance> {
	terms: Settlement<AccountId>,
	amount: Balance,
	calls: u64,
}

impl<T: Config> Pallet<T> {
	/// The genesis hash of this chain, which every voucher names.
	pub fn genesis_hash() -> ContentHash {
		let hash = frame_system::Pallet::<T>::block_hash(
			frame_system::pallet_prelude::BlockNumberFor::<T>::zero(),
		);
		let mut out = ContentHash::zero();
		let bytes = hash.as_ref();
		let n = bytes.len().min(32);
		out.as_bytes_mut()[..n].copy_from_slice(&bytes[..n]);
		out
	}

	/// Whether `signature` is `signer`'s signature of `voucher`, raw or wrapped in
	/// `<Bytes>…</Bytes>` (as wallet extensions sign).
	pub fn signed_by(
		voucher: &Voucher<BalanceOf<T>>,
		signature: &T::Signature,
		signer: &T::AccountId,
	) -> bool {
		signature.verify(&voucher.signing_payload()[..], signer) ||
			signature.verify(&voucher.wrapped_signing_payload()[..], signer)
	}

	/// What `signed`, submitted by `submitter`, lets its channel's provider claim in all
	/// (cumulative): `amount − reserve`, plus on a channel priced per token the charge of the
	/// last call if its receipt is shown. Checks the voucher against the channel's terms and
	/// funds (not its signature).
	fn claimable(
		signed: &SignedVoucherOf<T>,
		channel: &ChannelOf<T>,
		submitter: &T::AccountId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let voucher = &signed.voucher;
		let before_last = voucher.charged_before_last().ok_or(Error::<T>::ReserveAboveAmount)?;
		// The ceiling is what the caller put its funds behind.
		ensure!(voucher.amount <= channel.deposit, Error::<T>::OverDeposit);
		let prices = channel.token_prices;
		let Some(last) = &signed.last_call else {
			if !prices.per_token() {
				// Priced per call: the calls are a ceiling on the amount.
				let at_price = channel
					.price_per_call
					.checked_mul(&voucher.calls.saturated_into())
					.ok_or(Error::<T>::Overflow)?;
				ensure!(before_last <= at_price, Error::<T>::AboveTerms);
			}
			return Ok(before_last);
		};
		ensure!(prices.per_token(), Error::<T>::NotPricedPerToken);
		// The receipt is the provider's word (no one signs it): nobody else may show one, or
		// anyone could charge a caller its whole reserve.
		ensure!(*submitter == channel.provider, Error::<T>::NotProvider);
		ensure!(
			last.channel == voucher.channel && last.call == voucher.calls,
			Error::<T>::WrongLastCall
		);
		// One receipt per call: once a call's charge was claimed, its voucher claims nothing more
		// with another receipt (it could only raise the charge towards the reserve).
		ensure!(
			voucher.calls > channel.claimed_calls || channel.claimed == before_last,
			Error::<T>::LastCallClaimed
		);
		let charge = prices.charge_within(
			channel.price_per_call,
			last.input_tokens,
			last.output_tokens,
			voucher.reserve,
		);
		ensure!(last.amount == charge, Error::<T>::WrongCharge);
		// `charge ≤ reserve`, so this is at most `amount`.
		Ok(before_last.saturating_add(charge))
	}

	/// Check `signed` against its channel and record it as claimed, moving the new amount from
	/// the caller's hold to the settlement account. With `batch`, the channel must be of its
	/// model and terms. Returns the channel's settlement terms, and the amount and calls claimed.
	fn claim_one(
		signed: &SignedVoucherOf<T>,
		batch: Option<&Settlement<T::AccountId>>,
		submitter: &T::AccountId,
	) -> Result<Claimed<T::AccountId, BalanceOf<T>>, DispatchError> {
		let voucher = &signed.voucher;
		let id = voucher.channel;
		let mut channel = Channels::<T>::get(id).ok_or(Error::<T>::UnknownChannel)?;
		ensure!(voucher.genesis_hash == Self::genesis_hash(), Error::<T>::WrongChain);
		let terms = Settlement {
			model: channel.model,
			provider: channel.provider.clone(),
			provider_share: channel.provider_share,
		};
		if let Some(batch) = batch {
			ensure!(batch.model == terms.model, Error::<T>::MixedModels);
			ensure!(*batch == terms, Error::<T>::MixedTerms);
		}
		ensure!(Self::claimable_now(&channel), Error::<T>::ClaimWindowOver);
		let total = Self::claimable(signed, &channel, submitter)?;
		// Vouchers are ordered by what they let be claimed alone: a caller's voucher with many
		// calls and a tiny amount cannot block a later, larger one.
		ensure!(total > channel.claimed, Error::<T>::StaleVoucher);
		ensure!(
			Self::signed_by(voucher, &signed.signature, &channel.caller),
			Error::<T>::BadSignature
		);

		let amount = total.saturating_sub(channel.claimed);
		let calls = voucher.calls.saturating_sub(channel.claimed_calls);
		T::Currency::transfer_on_hold(
			&HoldReason::ChannelFunds.into(),
			&channel.caller,
			&Self::settlement_account(),
			amount,
			Precision::Exact,
			Restriction::Free,
			// What the caller signed for is owed whatever freezes its account has since.
			Fortitude::Force,
		)?;
		channel.claimed = total;
		// The last claimed voucher's calls, with the receipts root they size.
		channel.claimed_calls = voucher.calls;
		channel.receipts_root = voucher.receipts_root;
		Self::deposit_event(Event::ChannelClaimed {
			channel: id,
			model: channel.model,
			calls,
			amount,
			total_calls: channel.claimed_calls,
			receipts_root: channel.receipts_root,
			last_call: signed.last_call,
		});
		Channels::<T>::insert(id, channel);
		Ok(Claimed { terms, amount, calls })
	}

	/// Whether the provider can still claim `channel` now: until the end of a requested close's
	/// challenge period, and until its expiry plus the challenge period.
	pub fn claimable_now(channel: &ChannelOf<T>) -> bool {
		let now = frame_system::Pallet::<T>::block_number();
		let expiry_grace = channel.expires_at.saturating_add(T::ChallengePeriod::get());
		now <= expiry_grace && channel.closing_until.is_none_or(|until| now <= until)
	}

	/// Pay what `channels` claims moved to the settlement account into the model, once.
	/// Returns how many ancestors were credited.
	fn settle(
		terms: &Settlement<T::AccountId>,
		channels: u32,
		amount: BalanceOf<T>,
		calls: u64,
	) -> Result<u32, DispatchError> {
		let summary = T::Revenue::pay_call(
			&Self::settlement_account(),
			terms.model,
			amount,
			&terms.provider,
			terms.provider_share,
		)?;
		Self::deposit_event(Event::ClaimsSettled {
			model: terms.model,
			provider: terms.provider.clone(),
			channels,
			calls,
			amount,
			protocol_fee: summary.protocol_fee,
			to_provider: summary.to_provider,
			to_ancestors: summary.to_ancestors,
			to_model: summary.to_asset,
		});
		Ok(summary.ancestors)
	}

	/// Check that `model` can be paid now.
	fn ensure_payable(model: AssetId) -> Result<(), DispatchError> {
		T::Assets::ensure_usable(model, AssetRequirement::Active).map_err(Error::<T>::from)?;
		Ok(())
	}

	/// Claim one voucher and pay it. Returns how many ancestors were credited.
	pub fn do_claim(
		submitter: &T::AccountId,
		signed: SignedVoucherOf<T>,
	) -> Result<u32, DispatchError> {
		let model = Channels::<T>::get(signed.voucher.channel)
			.ok_or(Error::<T>::UnknownChannel)?
			.model;
		Self::ensure_payable(model)?;
		let claimed = Self::claim_one(&signed, None, submitter)?;
		Self::settle(&claimed.terms, 1, claimed.amount, claimed.calls)
	}

	/// Claim every voucher of `vouchers` that can be claimed, each in its own storage layer, so
	/// a refused one leaves only its `ClaimFailed` event; then pay the model once for all of
	/// them. Returns how many ancestors were credited (0 if nothing was claimed).
	pub fn do_claim_batch(
		submitter: &T::AccountId,
		model: AssetId,
		vouchers: BoundedVec<SignedVoucherOf<T>, T::MaxClaimBatch>,
	) -> Result<u32, DispatchError> {
		ensure!(!vouchers.is_empty(), Error::<T>::EmptyBatch);
		Self::ensure_payable(model)?;
		let mut batch: Option<Settlement<T::AccountId>> = None;
		let (mut channels, mut amount, mut calls) = (0u32, BalanceOf::<T>::zero(), 0u64);
		for signed in vouchers {
			let result = with_storage_layer(|| {
				let claimed = Self::claim_one(&signed, batch.as_ref(), submitter)?;
				// The first claim fixes the batch's terms; it must be of `model`.
				ensure!(claimed.terms.model == model, Error::<T>::MixedModels);
				Ok(claimed)
			});
			match result {
				Ok(claimed) => {
					batch = Some(claimed.terms);
					channels = channels.saturating_add(1);
					amount = amount.saturating_add(claimed.amount);
					calls = calls.saturating_add(claimed.calls);
				},
				Err(error) => Self::deposit_event(Event::ClaimFailed {
					channel: signed.voucher.channel,
					error,
				}),
			}
		}
		match batch {
			Some(terms) => Self::settle(&terms, channels, amount, calls),
			None => Ok(0),
		}
	}
}
