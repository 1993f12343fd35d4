//! Tests of `try_state` catches what it must (each test breaks an invariant on purpose).

use super::*;

#[test]
fn try_state_catches_a_pot_that_does_not_match_its_books() {
	new_test_ext().execute_with(|| {
		MockAssets::add_with_table(MODEL, OWNER, AssetKind::Model, vec![]);
		MockContributors::set_pool(MODEL, Perbill::from_percent(50));
		MockContributors::add_points(MODEL, ALICE, 1);
		pay(MODEL, 1_000);
		assert_ok!(RoyaltySplit::do_try_state());
		Ledgers::<Test>::mutate(MODEL, |l| l.as_mut().unwrap().pool_unclaimed -= 1);
		assert!(RoyaltySplit::do_try_state().is_err(), "an under-funded pool is caught");
		Ledgers::<Test>::mutate(MODEL, |l| l.as_mut().unwrap().pool_unclaimed += 1);
		Earnings::<Test>::mutate(OWNER, MODEL, |e| e.as_mut().unwrap().as_owner += 1);
		assert!(RoyaltySplit::do_try_state().is_err(), "owing more than the pot holds is caught");
	});
}
