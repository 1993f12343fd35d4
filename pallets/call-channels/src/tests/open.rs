//! Opening channels and topping them up.

use super::*;

#[test]
fn opening_holds_the_funds_and_the_record_deposit_and_fixes_the_offerings_terms() {
	run_test(|| {
		let id = open(100);
		let channel = ChannelStore::<Test>::get(id).unwrap();
		assert_eq!(
			(channel.caller, channel.model, channel.provider, channel.price_per_call),
			(CALLER, MODEL, PROVIDER, PRICE)
		);
		assert_eq!((channel.deposit, channel.claimed, channel.claimed_calls), (100, 0, 0));
		assert_eq!(funds_held(CALLER), 100);
		assert_eq!(records_held(CALLER), RECORD_DEPOSIT);
		assert_eq!(Balances::balance(&CALLER), START - 100 - RECORD_DEPOSIT);
		assert_eq!(ChannelCount::<Test>::get(CALLER), Some(1));
		System::assert_last_event(
			Event::ChannelOpened {
				channel: id,
				caller: CALLER,
				model: MODEL,
				provider: PROVIDER,
				price_per_call: PRICE,
				token_prices: Default::default(),
				deposit: 100,
				expires_at: 500,
			}
			.into(),
		);
		// The owner changes the offering: the open channel keeps its terms.
		MockOfferings::set(MODEL, OTHER, PRICE * 5, 90, 2);
		let channel = ChannelStore::<Test>::get(id).unwrap();
		assert_eq!((channel.provider, channel.price_per_call, channel.terms), (PROVIDER, PRICE, 1));
	});
}

#[test]
fn opening_is_refused_with_a_named_error_for_every_bad_input() {
	run_test(|| {
		let open = |who, model, deposit, expires, terms| {
			Channels::open_channel(RuntimeOrigin::signed(who), model, deposit, expires, terms)
		};
		assert_noop!(open(CALLER, 9, 100, 500, 1), Error::<Test>::UnknownAsset);
		MockAssets::add(9, OWNER, lineage_primitives::AssetKind::Model);
		assert_noop!(open(CALLER, 9, 100, 500, 1), Error::<Test>::NoOffering);
		assert_noop!(open(CALLER, MODEL, 100, 500, 2), Error::<Test>::TermsChanged);
		assert_noop!(open(CALLER, MODEL, PRICE - 1, 500, 1), Error::<Test>::DepositBelowPrice);
		assert_noop!(open(CALLER, MODEL, 0, 500, 1), Error::<Test>::DepositBelowPrice);
		assert_noop!(open(CALLER, MODEL, 100, 1, 1), Error::<Test>::BadExpiry);
		assert_noop!(open(CALLER, MODEL, 100, 2 + LIFETIME, 1), Error::<Test>::BadExpiry);
		assert_noop!(open(POOR, MODEL, 100, 500, 1), Error::<Test>::InsufficientBalance);
		assert_noop!(open(POOR, MODEL, 25, 500, 1), Error::<Test>::InsufficientDeposit);
		MockAssets::set_status(OTHER_MODEL, lineage_primitives::AssetStatus::Frozen);
		assert_noop!(open(CALLER, OTHER_MODEL, 100, 500, 1), Error::<Test>::AssetIsFrozen);
		MockOfferings::pause(MODEL);
		assert_noop!(open(CALLER, MODEL, 100, 500, 1), Error::<Test>::OfferingIsPaused);
	});
}

#[test]
fn a_caller_cannot_grow_state_past_its_channel_bound() {
	run_test(|| {
		for _ in 0..MAX_CHANNELS {
			open(PRICE);
		}
		assert_noop!(
			Channels::open_channel(RuntimeOrigin::signed(CALLER), MODEL, PRICE, 500, 1),
			Error::<Test>::TooManyChannels
		);
	});
}

#[test]
fn top_up_adds_funds_and_extends_only_for_the_caller_and_not_while_closing() {
	run_test(|| {
		let id = open(100);
		assert_ok!(Channels::top_up(RuntimeOrigin::signed(CALLER), id, 50, Some(600)));
		let channel = ChannelStore::<Test>::get(id).unwrap();
		assert_eq!((channel.deposit, channel.expires_at), (150, 600));
		assert_eq!(funds_held(CALLER), 150);
		assert_noop!(
			Channels::top_up(RuntimeOrigin::signed(OTHER), id, 50, None),
			Error::<Test>::NotCaller
		);
		assert_noop!(
			Channels::top_up(RuntimeOrigin::signed(CALLER), id, 0, None),
			Error::<Test>::NothingToTopUp
		);
		assert_noop!(
			Channels::top_up(RuntimeOrigin::signed(CALLER), id, 1, Some(599)),
			Error::<Test>::BadExpiry
		);
		assert_ok!(Channels::request_close(RuntimeOrigin::signed(CALLER), id));
		assert_noop!(
			Channels::top_up(RuntimeOrigin::signed(CALLER), id, 50, None),
			Error::<Test>::ChannelClosing
		);
	});
}
