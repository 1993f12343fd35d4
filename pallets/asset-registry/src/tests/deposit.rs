//! Tests of `features/deposit.rs`.

use super::*;

#[test]
fn registration_needs_the_deposit() {
	run_test(|| {
		assert_noop!(register(POOR, 1, 0, &[]), Error::<Test>::InsufficientDeposit);
	});
}

#[test]
fn parent_links_cost_a_deposit_each() {
	run_test(|| {
		assert_ok!(register(ALICE, 1, 0, &[]));
		assert_ok!(register(ALICE, 2, 0, &[]));
		assert_ok!(register(BOB, 3, 0, &[0, 1]));
		assert_eq!(held(BOB), ASSET_DEPOSIT + 4 * BYTE_DEPOSIT + 2 * PARENT_DEPOSIT);
	});
}
