//! Closing channels: the caller's request and challenge period, the provider's cooperative
//! close, expiry.

use super::*;

fn closed(id: ChannelId) -> bool {
	ChannelStore::<Test>::get(id).is_none()
}

#[test]
fn after_a_close_request_the_provider_can_still_claim_then_the_rest_goes_back_to_the_caller() {
	run_test(|| {
		let id = open(100);
		assert_ok!(Channels::request_close(RuntimeOrigin::signed(CALLER), id));
		System::assert_last_event(
			Event::ChannelCloseRequested { channel: id, claimable_until: 1 + CHALLENGE }.into(),
		);
		assert_noop!(
			Channels::request_close(RuntimeOrigin::signed(CALLER), id),
			Error::<Test>::AlreadyClosing
		);
		// Neither the caller nor a stranger can close during the challenge period.
		for who in [CALLER, OTHER] {
			assert_noop!(
				Channels::close(RuntimeOrigin::signed(who), id),
				Error::<Test>::CloseTooEarly
			);
		}
		// A late claim inside the challenge period is paid.
		System::set_block_number(1 + CHALLENGE);
		assert_ok!(claim(id, 4));
		// After it, no more claims; anyone can close, and the caller gets the rest to the unit.
		System::set_block_number(2 + CHALLENGE);
		assert_noop!(claim(id, 5), Error::<Test>::ClaimWindowOver);
		let before = Balances::balance(&CALLER);
		assert_ok!(Channels::close(RuntimeOrigin::signed(OTHER), id));
		System::assert_last_event(
			Event::ChannelClosed { channel: id, caller: CALLER, refunded: 60 }.into(),
		);
		assert_eq!(Balances::balance(&CALLER), before + 60 + RECORD_DEPOSIT);
		assert!(closed(id));
		assert_eq!((funds_held(CALLER), records_held(CALLER)), (0, 0));
		assert_eq!(ChannelCount::<Test>::get(CALLER), None);
	});
}

#[test]
fn the_provider_can_close_at_once_and_a_stranger_cannot_close_a_live_channel() {
	run_test(|| {
		let id = open(100);
		assert_ok!(claim(id, 2));
		assert_noop!(
			Channels::close(RuntimeOrigin::signed(OTHER), id),
			Error::<Test>::CloseTooEarly
		);
		assert_noop!(
			Channels::request_close(RuntimeOrigin::signed(OTHER), id),
			Error::<Test>::NotCaller
		);
		assert_ok!(Channels::close(RuntimeOrigin::signed(PROVIDER), id));
		System::assert_last_event(
			Event::ChannelClosed { channel: id, caller: CALLER, refunded: 80 }.into(),
		);
		assert!(closed(id));
		assert_eq!(Balances::balance(&CALLER), START - 20);
	});
}

#[test]
fn an_expired_channel_can_be_claimed_during_the_grace_then_closed_by_anyone() {
	run_test(|| {
		let id = open(100);
		System::set_block_number(500 + CHALLENGE);
		assert_noop!(
			Channels::close(RuntimeOrigin::signed(OTHER), id),
			Error::<Test>::CloseTooEarly
		);
		assert_ok!(claim(id, 1));
		System::set_block_number(501 + CHALLENGE);
		assert_noop!(claim(id, 2), Error::<Test>::ClaimWindowOver);
		assert_ok!(Channels::close(RuntimeOrigin::signed(OTHER), id));
		assert_eq!(Balances::balance(&CALLER), START - PRICE);
		assert_noop!(
			Channels::close(RuntimeOrigin::signed(OTHER), id),
			Error::<Test>::UnknownChannel
		);
	});
}

#[test]
fn while_the_model_is_frozen_only_its_provider_can_close_a_channel() {
	run_test(|| {
		let id = open(100);
		assert_ok!(Channels::request_close(RuntimeOrigin::signed(CALLER), id));
		MockAssets::set_status(MODEL, lineage_primitives::AssetStatus::Frozen);
		// The challenge period runs out while the provider cannot claim.
		System::set_block_number(2 + CHALLENGE);
		for who in [CALLER, OTHER] {
			assert_noop!(
				Channels::close(RuntimeOrigin::signed(who), id),
				Error::<Test>::AssetIsFrozen
			);
		}
		// Unfrozen, the window is over and anyone may close.
		MockAssets::set_status(MODEL, lineage_primitives::AssetStatus::Active);
		assert_ok!(Channels::close(RuntimeOrigin::signed(CALLER), id));
		assert!(closed(id));
	});
}
