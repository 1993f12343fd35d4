//! Tests of `try_state` catches what it must (each test breaks an invariant on purpose).

use super::*;

#[test]
fn try_state_catches_a_wrong_total() {
	new_test_ext().execute_with(|| {
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Data,
			3
		));
		assert_ok!(Attribution::do_try_state());
		Totals::<Test>::mutate(ASSET, |t| t.points += 1);
		assert!(Attribution::do_try_state().is_err());
	});
}
