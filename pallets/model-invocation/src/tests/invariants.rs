//! Tests of `try_state` catches what it must (each test breaks an invariant on purpose).

use super::*;

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
