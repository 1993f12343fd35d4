//! Tests of `features/offering.rs`.

use super::*;

#[test]
fn an_owner_offers_a_model_or_agent_for_a_deposit() {
	run_test(|| {
		offer();
		assert_eq!(
			Balances::balance_on_hold(
				&RuntimeHoldReason::Invocation(HoldReason::OfferingDeposit),
				&OWNER
			),
			DEPOSIT
		);
		System::assert_last_event(
			Event::OfferingSet {
				model: MODEL,
				provider: PROVIDER,
				price_per_call: PRICE,
				provider_share: Perbill::from_percent(30),
				timeout: TIMEOUT,
				terms: 1,
			}
			.into(),
		);
		// Changing the terms holds no second deposit.
		assert_ok!(Invocation::set_offering(
			RuntimeOrigin::signed(OWNER),
			MODEL,
			7,
			OTHER,
			Perbill::zero(),
			5
		));
		assert_eq!(
			Balances::balance_on_hold(
				&RuntimeHoldReason::Invocation(HoldReason::OfferingDeposit),
				&OWNER
			),
			DEPOSIT
		);
		assert_ok!(Invocation::set_offering(
			RuntimeOrigin::signed(OWNER),
			AGENT,
			7,
			OTHER,
			Perbill::zero(),
			5
		));
		assert_eq!(Invocation::offering_view(MODEL).unwrap().provider, OTHER);
	});
}

#[test]
fn offerings_refuse_bad_terms() {
	run_test(|| {
		let set = |who, asset, price, timeout| {
			Invocation::set_offering(
				RuntimeOrigin::signed(who),
				asset,
				price,
				PROVIDER,
				Perbill::zero(),
				timeout,
			)
		};
		assert_noop!(set(OTHER, MODEL, 1, 1), Error::<Test>::NotOwner);
		assert_noop!(set(OWNER, 77, 1, 1), Error::<Test>::UnknownAsset);
		assert_noop!(set(OWNER, DATASET, 1, 1), Error::<Test>::NotAModel);
		assert_noop!(set(OWNER, MODEL, 0, 1), Error::<Test>::ZeroPrice);
		assert_noop!(set(OWNER, MODEL, 1, 0), Error::<Test>::BadTimeout);
		assert_noop!(set(OWNER, MODEL, 1, 1_001), Error::<Test>::BadTimeout);
		MockAssets::set_status(MODEL, AssetStatus::Frozen);
		assert_noop!(set(OWNER, MODEL, 1, 1), Error::<Test>::AssetIsFrozen);
		MockAssets::set_status(MODEL, AssetStatus::Retired);
		assert_noop!(set(OWNER, MODEL, 1, 1), Error::<Test>::AssetIsRetired);
		add_asset(9, POOR, AssetKind::Model);
		assert_noop!(set(POOR, 9, 1, 1), Error::<Test>::InsufficientDeposit);
	});
}

#[test]
fn paused_offerings_take_no_calls_until_resumed() {
	run_test(|| {
		offer();
		assert_noop!(
			Invocation::pause_offering(RuntimeOrigin::signed(OTHER), MODEL),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			Invocation::resume_offering(RuntimeOrigin::signed(OWNER), MODEL),
			Error::<Test>::OfferingNotPaused
		);
		assert_ok!(Invocation::pause_offering(RuntimeOrigin::signed(OWNER), MODEL));
		assert_noop!(
			Invocation::pause_offering(RuntimeOrigin::signed(OWNER), MODEL),
			Error::<Test>::OfferingIsPaused
		);
		assert_noop!(
			Invocation::invoke(RuntimeOrigin::signed(CALLER), MODEL, hash(1), PRICE, terms(MODEL)),
			Error::<Test>::OfferingIsPaused
		);
		assert_ok!(Invocation::resume_offering(RuntimeOrigin::signed(OWNER), MODEL));
		invoke(CALLER);
		assert_noop!(
			Invocation::pause_offering(RuntimeOrigin::signed(OWNER), AGENT),
			Error::<Test>::NoOffering
		);
	});
}

#[test]
fn a_model_owner_cannot_route_a_calls_price_past_its_lineage() {
	// The audit's attack: `set_offering(model, p, provider = self, 100%)` left the ancestors
	// nothing. The mock model has two ancestors at 1% each: at most 98% can go to the provider.
	run_test(|| {
		let set = |share| {
			Invocation::set_offering(RuntimeOrigin::signed(OWNER), MODEL, PRICE, OWNER, share, 5)
		};
		assert_noop!(set(Perbill::one()), Error::<Test>::ProviderShareTooHigh);
		assert_noop!(set(Perbill::from_percent(99)), Error::<Test>::ProviderShareTooHigh);
		assert_ok!(set(Perbill::from_percent(98)));
		let id = invoke(CALLER);
		let owner_before = Balances::balance(&OWNER);
		assert_ok!(Invocation::complete(RuntimeOrigin::signed(OWNER), id, hash(2)));
		// The whole price was paid into the model (so its ancestors' shares come out of all of
		// it); the provider took 98% of the 90 after the fee.
		assert_eq!(PAYMENTS.with(|p| p.borrow().clone()), vec![(CALLER, MODEL, PRICE)]);
		assert_eq!(Balances::balance(&OWNER), owner_before + 88);
	});
}

#[test]
fn an_owner_prices_an_offering_per_token_as_a_new_version_of_its_terms() {
	run_test(|| {
		offer();
		let set = |who, input, output| {
			Invocation::set_token_prices(RuntimeOrigin::signed(who), MODEL, input, output)
		};
		// A stranger cannot price someone else's model, nor anyone a model without an offering.
		assert_noop!(set(OTHER, 4, 20), Error::<Test>::NotOwner);
		assert_noop!(
			Invocation::set_token_prices(RuntimeOrigin::signed(OWNER), AGENT, 4, 20),
			Error::<Test>::NoOffering
		);
		assert_ok!(set(OWNER, 4, 20));
		System::assert_last_event(
			Event::TokenPricesSet { model: MODEL, per_1k_input: 4, per_1k_output: 20, terms: 2 }
				.into(),
		);
		let view = Invocation::offering_view(MODEL).unwrap();
		assert_eq!((view.token_prices.per_1k_input, view.token_prices.per_1k_output), (4, 20));
		assert_eq!(view.terms, 2);
		assert_noop!(set(OWNER, 4, 20), Error::<Test>::TokenPricesUnchanged);
		// Changing the rest of the offering keeps the token prices.
		assert_ok!(Invocation::set_offering(
			RuntimeOrigin::signed(OWNER),
			MODEL,
			7,
			PROVIDER,
			Perbill::zero(),
			5
		));
		assert!(Invocation::offering_view(MODEL).unwrap().token_prices.per_token());
	});
}

#[test]
fn a_model_priced_per_token_cannot_be_invoked_for_its_price_per_call_alone() {
	run_test(|| {
		offer();
		assert_ok!(Invocation::set_token_prices(RuntimeOrigin::signed(OWNER), MODEL, 0, 20));
		assert_noop!(
			Invocation::invoke(RuntimeOrigin::signed(CALLER), MODEL, hash(1), PRICE, terms(MODEL)),
			Error::<Test>::PricedPerToken
		);
		// Back to per call only, it can.
		assert_ok!(Invocation::set_token_prices(RuntimeOrigin::signed(OWNER), MODEL, 0, 0));
		assert_ok!(Invocation::invoke(
			RuntimeOrigin::signed(CALLER),
			MODEL,
			hash(1),
			PRICE,
			terms(MODEL)
		));
	});
}

#[test]
fn the_v1_migration_gives_offerings_stored_before_token_prices_no_prices() {
	use crate::migrations::v1::{MigrateV0ToV1, OfferingV0};
	use codec::Encode;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	run_test(|| {
		offer();
		let now = crate::Offerings::<Test>::get(MODEL).unwrap();
		// The offering as version 0 stored it.
		let old = OfferingV0 {
			provider: now.provider,
			price_per_call: now.price_per_call,
			provider_share: now.provider_share,
			timeout: now.timeout,
			paused: now.paused,
			depositor: now.depositor,
			deposit: now.deposit.clone(),
			terms: now.terms,
		};
		frame_support::storage::unhashed::put_raw(
			&crate::Offerings::<Test>::hashed_key_for(MODEL),
			&old.encode(),
		);
		StorageVersion::new(0).put::<Invocation>();
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(crate::Offerings::<Test>::get(MODEL), Some(now));
		assert_eq!(Invocation::on_chain_storage_version(), StorageVersion::new(1));
	});
}
