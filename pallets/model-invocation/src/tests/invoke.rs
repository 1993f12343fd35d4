//! Tests of `features/invoke.rs`.

use super::*;

#[test]
fn invoking_escrows_the_price_and_announces_the_call() {
	run_test(|| {
		offer();
		let id = invoke(CALLER);
		assert_eq!(escrowed(CALLER), PRICE);
		assert_eq!(Balances::balance(&CALLER), 10_000 - PRICE);
		System::assert_last_event(
			Event::InvocationRequested {
				id,
				model: MODEL,
				caller: CALLER,
				price: PRICE,
				input_hash: hash(1),
				deadline: 1 + TIMEOUT,
			}
			.into(),
		);
		assert_eq!(invoke(CALLER), id + 1);
		assert_eq!(Invocation::open_invocations(&CALLER), vec![id, id + 1]);
		let view = Invocation::invocation_view(id).unwrap();
		assert_eq!(
			(view.caller, view.provider, view.deadline, view.output_hash),
			(CALLER, PROVIDER, 11, None)
		);
	});
}

#[test]
fn invoking_fails_clearly() {
	run_test(|| {
		let call = |who, model, max| {
			Invocation::invoke(RuntimeOrigin::signed(who), model, hash(1), max, terms(model))
		};
		assert_noop!(call(CALLER, MODEL, PRICE), Error::<Test>::NoOffering);
		offer();
		assert_noop!(call(CALLER, MODEL, PRICE - 1), Error::<Test>::PriceAboveMax);
		assert_noop!(call(POOR, MODEL, PRICE), Error::<Test>::InsufficientBalance);
		for _ in 0..3 {
			invoke(CALLER);
		}
		assert_noop!(call(CALLER, MODEL, PRICE), Error::<Test>::TooManyOpenInvocations);
		MockAssets::set_status(MODEL, AssetStatus::Frozen);
		assert_noop!(call(OTHER, MODEL, PRICE), Error::<Test>::AssetIsFrozen);
		MockAssets::set_status(MODEL, AssetStatus::Retired);
		assert_noop!(call(OTHER, MODEL, PRICE), Error::<Test>::AssetIsRetired);
	});
}

#[test]
fn open_calls_keep_their_terms_when_the_offering_changes_or_goes() {
	run_test(|| {
		offer();
		let id = invoke(CALLER);
		assert_ok!(Invocation::set_offering(
			RuntimeOrigin::signed(OWNER),
			MODEL,
			500,
			OTHER,
			Perbill::zero(),
			5
		));
		assert_ok!(Invocation::remove_offering(RuntimeOrigin::signed(OWNER), MODEL));
		assert_eq!(
			Balances::balance_on_hold(
				&RuntimeHoldReason::Invocation(HoldReason::OfferingDeposit),
				&OWNER
			),
			0
		);
		System::assert_last_event(Event::OfferingRemoved { model: MODEL }.into());
		assert_noop!(
			Invocation::remove_offering(RuntimeOrigin::signed(OWNER), MODEL),
			Error::<Test>::NoOffering
		);
		assert_ok!(Invocation::complete(RuntimeOrigin::signed(PROVIDER), id, hash(2)));
		assert_eq!(Balances::balance(&PROVIDER), 10 + 27);
	});
}

#[test]
fn terms_cannot_change_under_a_pending_invoke() {
	// The audit's finding: the owner could change provider, timeout or share between a caller
	// signing `invoke` and its inclusion. The call names the terms version it accepts.
	run_test(|| {
		offer();
		let seen = terms(MODEL);
		assert_eq!(seen, 1);
		// The owner switches the provider to itself before the caller's call lands.
		assert_ok!(Invocation::set_offering(
			RuntimeOrigin::signed(OWNER),
			MODEL,
			PRICE,
			OWNER,
			Perbill::from_percent(90),
			1
		));
		assert_eq!(terms(MODEL), 2);
		assert_noop!(
			Invocation::invoke(RuntimeOrigin::signed(CALLER), MODEL, hash(1), PRICE, seen),
			Error::<Test>::TermsChanged
		);
		assert_eq!(escrowed(CALLER), 0);
		// Pausing and resuming keep the version.
		assert_ok!(Invocation::pause_offering(RuntimeOrigin::signed(OWNER), MODEL));
		assert_ok!(Invocation::resume_offering(RuntimeOrigin::signed(OWNER), MODEL));
		assert_ok!(Invocation::invoke(RuntimeOrigin::signed(CALLER), MODEL, hash(1), PRICE, 2));
	});
}
