//! Tests of `features/record.rs`.

use super::*;

#[test]
fn the_owner_records_points_by_kind() {
	run_test(|| {
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Data,
			30
		));
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Review,
			5
		));
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Data,
			10
		));
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			BOB,
			Training,
			55
		));
		let alice = Contributions::<Test>::get(ASSET, ALICE).unwrap();
		assert_eq!(alice.points, 45);
		assert_eq!(alice.by_kind.to_vec(), vec![(Data, 40), (Review, 5)]);
		assert_eq!(Totals::<Test>::get(ASSET).points, 100);
		assert_eq!(Totals::<Test>::get(ASSET).contributors, 2);
		assert_eq!(<Attribution as ContributorLedger<AccountId>>::points_of(ASSET, &ALICE), 45);
		assert_eq!(<Attribution as ContributorLedger<AccountId>>::total_points(ASSET), 100);
		System::assert_last_event(
			Event::ContributionRecorded {
				asset_id: ASSET,
				contributor: BOB,
				kind: Training,
				points: 55,
				source: ContributionSource::Owner,
			}
			.into(),
		);
	});
}

#[test]
fn on_points_changed_is_told_before_every_change() {
	run_test(|| {
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Data,
			10
		));
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			BOB,
			Data,
			5
		));
		assert_ok!(Attribution::record_contribution(
			RuntimeOrigin::signed(OWNER),
			ASSET,
			ALICE,
			Data,
			2
		));
		assert_eq!(
			changes(),
			vec![(ASSET, ALICE, 0, 10, 0), (ASSET, BOB, 0, 5, 10), (ASSET, ALICE, 10, 12, 15)]
		);
	});
}

#[test]
fn points_cannot_overflow() {
	run_test(|| {
		for _ in 0..3 {
			assert_ok!(<Attribution as ContributorLedger<AccountId>>::record(
				ASSET,
				&ALICE,
				Compute,
				u64::MAX.into(),
				ContributionSource::Owner
			));
		}
		// u128 holds many u64::MAX additions; pushing the total to the edge needs a forged state.
		Totals::<Test>::mutate(ASSET, |t| t.points = u128::MAX);
		assert_noop!(
			<Attribution as ContributorLedger<AccountId>>::record(
				ASSET,
				&BOB,
				Compute,
				1,
				ContributionSource::Owner
			),
			Error::<Test>::PointsOverflow
		);
		Totals::<Test>::mutate(ASSET, |t| t.points = 3 * u128::from(u64::MAX));
	});
}
