//! Tests of `features/settle.rs`.

use super::*;

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
		// (Each call's removal from `OpenByModel` is inside the benchmarked call.)
		assert_eq!(Pallet::<Test>::complete_batch_weight(1, a), one);
		assert_eq!(Pallet::<Test>::complete_batch_weight(max, a), full.max(one));
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
