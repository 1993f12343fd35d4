//! `try_state` catches what it must (each test breaks an invariant on purpose).

use super::*;
use frame_support::traits::{fungible::MutateHold, tokens::Precision};

#[test]
fn try_state_catches_funds_released_behind_a_channels_back() {
	new_test_ext().execute_with(|| {
		open(100);
		assert_ok!(Channels::do_try_state());
		assert_ok!(Balances::release(
			&HoldReason::ChannelFunds.into(),
			&CALLER,
			1,
			Precision::Exact
		));
		assert!(Channels::do_try_state().is_err());
	});
}

#[test]
fn try_state_catches_a_wrong_count_and_tolerates_a_gift_to_the_settlement_account() {
	new_test_ext().execute_with(|| {
		open(100);
		ChannelCount::<Test>::insert(CALLER, 2);
		assert!(Channels::do_try_state().is_err());
		ChannelCount::<Test>::insert(CALLER, 1);
		assert_ok!(Channels::do_try_state());
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<_>>::mint_into(
			&Channels::settlement_account(),
			1
		));
		// A gift is not held for anyone: nothing is stranded by it.
		assert_ok!(Channels::do_try_state());
	});
}
