//! Tests of `try_state` catches what it must (each test breaks an invariant on purpose).

use super::*;

#[test]
fn try_state_catches_a_budget_that_does_not_match_the_hold() {
	new_test_ext().execute_with(|| {
		let id = open_task(2, false, 1);
		assert_ok!(Labelling::do_try_state());
		Tasks::<Test>::mutate(id, |t| t.as_mut().unwrap().escrow += 1);
		assert!(Labelling::do_try_state().is_err());
	});
}
