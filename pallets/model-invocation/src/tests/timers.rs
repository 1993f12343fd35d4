//! Tests of `features/timers.rs`.

use super::*;

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
			Timers::<Test>::iter().collect::<Vec<_>>(),
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
