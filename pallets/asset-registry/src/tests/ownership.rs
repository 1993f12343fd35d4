//! Tests of `features/ownership.rs`.

use super::*;

#[test]
fn ownership_moves_only_when_the_recipient_accepts_and_holds_the_deposit() {
	run_test(|| {
		assert_ok!(register(ALICE, 1, 0, &[]));
		let deposit = held(ALICE);
		assert_noop!(
			AssetRegistry::offer_ownership(RuntimeOrigin::signed(BOB), 0, BOB),
			Error::<Test>::NotOwner
		);
		assert_noop!(
			AssetRegistry::offer_ownership(RuntimeOrigin::signed(ALICE), 0, ALICE),
			Error::<Test>::AlreadyOwner
		);
		assert_noop!(
			AssetRegistry::accept_ownership(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::NoOwnershipOffer
		);
		assert_ok!(AssetRegistry::offer_ownership(RuntimeOrigin::signed(ALICE), 0, BOB));
		System::assert_last_event(
			Event::OwnershipOffered { asset_id: 0, owner: ALICE, to: BOB }.into(),
		);
		// Nothing moved yet.
		assert_eq!(<AssetRegistry as AssetInspect<AccountId>>::owner(0), Some(ALICE));
		assert_eq!(held(BOB), 0);
		assert_noop!(
			AssetRegistry::accept_ownership(RuntimeOrigin::signed(POOR), 0),
			Error::<Test>::NotOfferedToYou
		);
		assert_ok!(AssetRegistry::accept_ownership(RuntimeOrigin::signed(BOB), 0));
		assert_eq!(<AssetRegistry as AssetInspect<AccountId>>::owner(0), Some(BOB));
		assert_eq!(held(ALICE), 0);
		assert_eq!(held(BOB), deposit);
		assert!(crate::OwnershipOffers::<Test>::get(0).is_none());
		System::assert_last_event(
			Event::OwnershipTransferred { asset_id: 0, from: ALICE, to: BOB }.into(),
		);
	});
}

#[test]
fn an_unsolicited_transfer_places_no_hold_on_the_victim() {
	// The audit's attack: transferring an asset to a victim (royalty-split's pot, the treasury,
	// anyone) held the victim's free balance. Now an offer holds nothing, and the victim's
	// balance is untouched until it accepts, which it never has to.
	run_test(|| {
		let victim_free = Balances::balance(&POOR);
		for n in 1..=3u8 {
			let id = register(ALICE, n, 0, &[]).unwrap();
			assert_ok!(AssetRegistry::offer_ownership(RuntimeOrigin::signed(ALICE), id, POOR));
		}
		assert_eq!(held(POOR), 0);
		assert_eq!(Balances::balance(&POOR), victim_free);
		// A victim too poor for the deposit cannot even be made to take it by accepting.
		assert_noop!(
			AssetRegistry::accept_ownership(RuntimeOrigin::signed(POOR), 0),
			Error::<Test>::InsufficientDeposit
		);
	});
}

#[test]
fn an_offer_can_be_withdrawn_or_replaced_and_dies_with_retirement() {
	run_test(|| {
		assert_ok!(register(ALICE, 1, 0, &[]));
		assert_noop!(
			AssetRegistry::withdraw_ownership_offer(RuntimeOrigin::signed(ALICE), 0),
			Error::<Test>::NoOwnershipOffer
		);
		assert_ok!(AssetRegistry::offer_ownership(RuntimeOrigin::signed(ALICE), 0, BOB));
		assert_noop!(
			AssetRegistry::withdraw_ownership_offer(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::NotOwner
		);
		assert_ok!(AssetRegistry::withdraw_ownership_offer(RuntimeOrigin::signed(ALICE), 0));
		System::assert_last_event(Event::OwnershipOfferWithdrawn { asset_id: 0 }.into());
		assert_noop!(
			AssetRegistry::accept_ownership(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::NoOwnershipOffer
		);
		// A new offer replaces the old one.
		assert_ok!(AssetRegistry::offer_ownership(RuntimeOrigin::signed(ALICE), 0, BOB));
		assert_ok!(AssetRegistry::offer_ownership(RuntimeOrigin::signed(ALICE), 0, POOR));
		assert_noop!(
			AssetRegistry::accept_ownership(RuntimeOrigin::signed(BOB), 0),
			Error::<Test>::NotOfferedToYou
		);
		// Retiring removes the offer.
		assert_ok!(AssetRegistry::retire(RuntimeOrigin::signed(ALICE), 0));
		assert_noop!(
			AssetRegistry::accept_ownership(RuntimeOrigin::signed(POOR), 0),
			Error::<Test>::NoOwnershipOffer
		);
	});
}
