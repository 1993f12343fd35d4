//! Unit tests: offerings, invoking, completing (one and batched), refunds, timers, receipts.

use crate::{
	mock::*, Error, Event, HoldReason, Invocations, OpenByCaller, Pallet, Receipts, Timer, Timers,
};
use frame_support::{
	assert_noop, assert_ok,
	traits::{
		fungible::{Inspect, InspectHold},
		Get, Hooks,
	},
	weights::Weight,
	BoundedVec,
};
use lineage_primitives::{AssetId, AssetKind, AssetStatus, ContentHash};
use sp_runtime::Perbill;

const PRICE: u64 = 100;
const TIMEOUT: u64 = 10;

fn hash(n: u8) -> ContentHash {
	ContentHash::repeat_byte(n)
}

fn offer() {
	offer_model(MODEL);
}

/// The owner offers `model` through `PROVIDER` at the standard terms.
fn offer_model(model: AssetId) {
	assert_ok!(Invocation::set_offering(
		RuntimeOrigin::signed(OWNER),
		model,
		PRICE,
		PROVIDER,
		Perbill::from_percent(30),
		TIMEOUT
	));
}

/// The current terms version of `model`'s offering (0 without one).
fn terms(model: AssetId) -> u32 {
	Invocation::offering_view(model).map_or(0, |o| o.terms)
}

fn invoke(who: u64) -> u64 {
	let id = crate::NextInvocationId::<Test>::get();
	assert_ok!(Invocation::invoke(RuntimeOrigin::signed(who), MODEL, hash(1), PRICE, terms(MODEL)));
	id
}

fn escrowed(who: u64) -> u64 {
	Balances::balance_on_hold(&RuntimeHoldReason::Invocation(HoldReason::Escrow), &who)
}

fn go_to(n: u64) {
	while System::block_number() < n {
		let now = System::block_number();
		Invocation::on_idle(now, Weight::MAX);
		System::set_block_number(now + 1);
	}
}

fn batch(
	items: Vec<(u64, ContentHash)>,
) -> BoundedVec<(u64, ContentHash), frame_support::traits::ConstU32<4>> {
	items.try_into().unwrap()
}

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
		assert_noop!(set(OWNER, MODEL, 1, 1), Error::<Test>::ModelFrozen);
		MockAssets::set_status(MODEL, AssetStatus::Retired);
		assert_noop!(set(OWNER, MODEL, 1, 1), Error::<Test>::ModelRetired);
		MockAssets::add(9, POOR, AssetKind::Model);
		assert_noop!(set(POOR, 9, 1, 1), Error::<Test>::InsufficientBalance);
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
			Error::<Test>::OfferingPaused
		);
		assert_noop!(
			Invocation::invoke(RuntimeOrigin::signed(CALLER), MODEL, hash(1), PRICE, terms(MODEL)),
			Error::<Test>::OfferingPaused
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
		assert_noop!(call(OTHER, MODEL, PRICE), Error::<Test>::ModelFrozen);
		MockAssets::set_status(MODEL, AssetStatus::Retired);
		assert_noop!(call(OTHER, MODEL, PRICE), Error::<Test>::ModelRetired);
	});
}

#[test]
fn completing_pays_the_provider_and_the_model_in_the_same_extrinsic() {
	run_test(|| {
		offer();
		let id = invoke(CALLER);
		assert_noop!(
			Invocation::complete(RuntimeOrigin::signed(OTHER), id, hash(2)),
			Error::<Test>::NotProvider
		);
		assert_noop!(
			Invocation::complete(RuntimeOrigin::signed(PROVIDER), 99, hash(2)),
			Error::<Test>::UnknownInvocation
		);
		assert_ok!(Invocation::complete(RuntimeOrigin::signed(PROVIDER), id, hash(2)));
		// The whole price goes through the revenue sink: 10 fee, 30% of the other 90 to the
		// provider, the rest to the model.
		assert_eq!(Balances::balance(&PROVIDER), 10 + 27);
		assert_eq!(Balances::balance(&SINK), 1 + 73);
		assert_eq!(PAYMENTS.with(|p| p.borrow().clone()), vec![(CALLER, MODEL, PRICE)]);
		assert_eq!(escrowed(CALLER), 0);
		assert_eq!(Balances::balance(&CALLER), 10_000 - PRICE);
		System::assert_last_event(
			Event::InvocationSettled {
				id,
				model: MODEL,
				provider: PROVIDER,
				output_hash: hash(2),
				to_provider: 27,
				protocol_fee: 10,
				to_ancestors: 0,
				to_model: 63,
			}
			.into(),
		);
		assert!(Invocations::<Test>::get(id).is_none());
		assert!(OpenByCaller::<Test>::get(CALLER).is_empty());
		let receipt = Receipts::<Test>::get(id).unwrap();
		assert_eq!((receipt.output_hash, receipt.settled_at, receipt.price), (hash(2), 1, PRICE));
		assert_eq!(Invocation::invocation_view(id).unwrap().output_hash, Some(hash(2)));
	});
}

#[test]
fn a_call_cannot_be_completed_after_its_deadline_but_can_be_refunded() {
	run_test(|| {
		offer();
		let id = invoke(CALLER);
		go_to(1 + TIMEOUT);
		assert_noop!(
			Invocation::refund(RuntimeOrigin::signed(OTHER), id),
			Error::<Test>::DeadlineNotPassed
		);
		System::set_block_number(2 + TIMEOUT);
		assert_noop!(
			Invocation::complete(RuntimeOrigin::signed(PROVIDER), id, hash(2)),
			Error::<Test>::DeadlinePassed
		);
		assert_ok!(Invocation::refund(RuntimeOrigin::signed(OTHER), id));
		assert_eq!(Balances::balance(&CALLER), 10_000);
		System::assert_last_event(
			Event::InvocationRefunded { id, caller: CALLER, amount: PRICE }.into(),
		);
		assert_noop!(
			Invocation::refund(RuntimeOrigin::signed(OTHER), id),
			Error::<Test>::UnknownInvocation
		);
		assert!(Timers::<Test>::iter().next().is_none());
	});
}

#[test]
fn on_idle_refunds_expired_calls_and_prunes_old_receipts() {
	run_test(|| {
		offer();
		let expiring = invoke(CALLER);
		let settled = invoke(OTHER);
		assert_ok!(Invocation::complete(RuntimeOrigin::signed(PROVIDER), settled, hash(2)));
		Invocation::on_idle(1, Weight::MAX);
		// Not enough weight left for one step: nothing runs.
		System::set_block_number(1 + TIMEOUT + 1);
		assert_eq!(Invocation::on_idle(1 + TIMEOUT + 1, Weight::zero()), Weight::zero());
		assert!(Invocations::<Test>::get(expiring).is_some());
		go_to(1 + TIMEOUT + 2);
		assert!(Invocations::<Test>::get(expiring).is_none());
		assert_eq!(Balances::balance(&CALLER), 10_000);
		assert!(Receipts::<Test>::get(settled).is_some());
		// The settled call's expiry timer has become its receipt's pruning timer.
		assert_eq!(
			Timers::<Test>::iter()
				.map(|(at, id, timer)| (at, id, timer))
				.collect::<Vec<_>>(),
			vec![(1 + RETENTION, settled, Timer::Prune)]
		);
		go_to(1 + RETENTION + 1);
		assert!(Receipts::<Test>::get(settled).is_none());
		assert!(Invocation::invocation_view(settled).is_none());
		assert!(System::events()
			.iter()
			.any(|r| r.event == Event::ReceiptPruned { id: settled }.into()));
	});
}

#[test]
fn a_batch_settles_each_call_and_skips_the_ones_that_cannot_be() {
	run_test(|| {
		offer();
		let a = invoke(CALLER);
		let b = invoke(OTHER);
		let c = invoke(CALLER);
		assert_noop!(
			Invocation::complete_batch(RuntimeOrigin::signed(PROVIDER), batch(vec![])),
			Error::<Test>::EmptyBatch
		);
		assert_ok!(Invocation::complete_batch(
			RuntimeOrigin::signed(PROVIDER),
			batch(vec![(a, hash(3)), (99, hash(3)), (b, hash(4)), (a, hash(5))])
		));
		assert!(Receipts::<Test>::get(a).is_some() && Receipts::<Test>::get(b).is_some());
		assert_eq!(Receipts::<Test>::get(a).unwrap().output_hash, hash(3));
		assert!(Invocations::<Test>::get(c).is_some());
		assert_eq!(Balances::balance(&PROVIDER), 10 + 2 * 27);
		let failed: Vec<_> = System::events()
			.into_iter()
			.filter_map(|r| match r.event {
				RuntimeEvent::Invocation(Event::BatchItemFailed { id, error }) => Some((id, error)),
				_ => None,
			})
			.collect();
		assert_eq!(
			failed,
			vec![
				(99, Error::<Test>::UnknownInvocation.into()),
				(a, Error::<Test>::UnknownInvocation.into())
			]
		);
	});
}

#[test]
fn a_batch_settles_one_model_and_skips_calls_of_another() {
	run_test(|| {
		offer();
		offer_model(AGENT);
		let of_agent = crate::NextInvocationId::<Test>::get();
		assert_ok!(Invocation::invoke(
			RuntimeOrigin::signed(OTHER),
			AGENT,
			hash(1),
			PRICE,
			terms(AGENT)
		));
		let a = invoke(CALLER);
		let b = invoke(CALLER);
		// The first settled call (of the agent) fixes the batch's model.
		assert_ok!(Invocation::complete_batch(
			RuntimeOrigin::signed(PROVIDER),
			batch(vec![(99, hash(3)), (of_agent, hash(3)), (a, hash(3)), (b, hash(3))])
		));
		assert!(Receipts::<Test>::get(of_agent).is_some());
		assert!(Invocations::<Test>::get(a).is_some() && Invocations::<Test>::get(b).is_some());
		assert!(System::events().iter().any(|r| r.event ==
			Event::BatchItemFailed { id: b, error: Error::<Test>::MixedModels.into() }.into()));
		// In a batch of their own they settle.
		assert_ok!(Invocation::complete_batch(
			RuntimeOrigin::signed(PROVIDER),
			batch(vec![(a, hash(3)), (b, hash(3))])
		));
		assert!(Receipts::<Test>::get(a).is_some() && Receipts::<Test>::get(b).is_some());
	});
}

#[test]
fn a_batch_weighs_one_call_plus_an_equal_share_per_further_call() {
	let max = <Test as crate::Config>::MaxBatch::get();
	for a in [0, 3, 64] {
		let one = <() as crate::WeightInfo>::complete_batch_one(a);
		let full = <() as crate::WeightInfo>::complete_batch_full(a);
		// Plus each call's removal from `OpenByModel`.
		let index = |n: u32| <Test as frame_system::Config>::DbWeight::get().writes(u64::from(n));
		assert_eq!(Pallet::<Test>::complete_batch_weight(1, a), one + index(1));
		assert_eq!(Pallet::<Test>::complete_batch_weight(max, a), full.max(one) + index(max));
		for n in 2..=max {
			let (less, more) = (
				Pallet::<Test>::complete_batch_weight(n - 1, a),
				Pallet::<Test>::complete_batch_weight(n, a),
			);
			assert!(more.all_gte(less), "batch weight falls from {} to {} calls", n - 1, n);
		}
	}
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
fn a_model_frozen_after_a_call_cannot_be_settled_and_the_caller_is_refunded() {
	run_test(|| {
		offer();
		let id = invoke(CALLER);
		MockAssets::set_status(MODEL, AssetStatus::Frozen);
		assert_noop!(
			Invocation::complete(RuntimeOrigin::signed(PROVIDER), id, hash(2)),
			sp_runtime::DispatchError::Other("not payable")
		);
		go_to(TIMEOUT + 3);
		assert_eq!(Balances::balance(&CALLER), 10_000);
	});
}

#[test]
fn try_state_catches_escrow_that_does_not_match_open_calls() {
	new_test_ext().execute_with(|| {
		offer();
		let id = invoke(CALLER);
		assert_ok!(Invocation::do_try_state());
		Invocations::<Test>::mutate(id, |i| i.as_mut().unwrap().price += 1);
		assert!(Invocation::do_try_state().is_err());
		Invocations::<Test>::mutate(id, |i| i.as_mut().unwrap().price -= 1);
		OpenByCaller::<Test>::remove(CALLER);
		assert!(Invocation::do_try_state().is_err());
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

#[test]
fn a_provider_reads_only_the_open_calls_of_its_own_model() {
	// The audit's finding on the gateway: the provider read every open call on the chain every
	// block, so calls to other models could make it miss its deadlines. Calls are indexed by model.
	run_test(|| {
		offer();
		offer_model(AGENT);
		let mine = invoke(CALLER);
		for _ in 0..3 {
			assert_ok!(Invocation::invoke(
				RuntimeOrigin::signed(OTHER),
				AGENT,
				hash(1),
				PRICE,
				terms(AGENT)
			));
		}
		let listed: Vec<u64> = Invocation::open_invocations_of(MODEL, None, 10)
			.into_iter()
			.map(|v| v.id)
			.collect();
		assert_eq!(listed, vec![mine]);
		// Paged in storage order: the cursor is the last id of the previous page.
		let first: Vec<u64> = Invocation::open_invocations_of(AGENT, None, 2)
			.into_iter()
			.map(|v| v.id)
			.collect();
		assert_eq!(first.len(), 2);
		let rest: Vec<u64> = Invocation::open_invocations_of(AGENT, first.last().copied(), 10)
			.into_iter()
			.map(|v| v.id)
			.collect();
		let mut all: Vec<u64> = first.into_iter().chain(rest).collect();
		all.sort();
		assert_eq!(all, vec![mine + 1, mine + 2, mine + 3]);
		assert_ok!(Invocation::complete(RuntimeOrigin::signed(PROVIDER), mine, hash(2)));
		assert!(Invocation::open_invocations_of(MODEL, None, 10).is_empty());
	});
}
