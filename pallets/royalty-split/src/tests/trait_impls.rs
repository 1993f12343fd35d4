//! Tests of the traits other pallets call this one through.

use super::*;

#[test]
fn the_revenue_sink_pays_like_the_call_and_reports_totals() {
	run_test(|| {
		lineage();
		let summary = <RoyaltySplit as RevenueSink<_, _>>::pay(&PAYER, MODEL, 1_000).unwrap();
		assert_eq!((summary.protocol_fee, summary.to_ancestors, summary.to_asset), (20, 147, 833));
		assert_eq!(summary.ancestors, 2);
		assert!(<RoyaltySplit as RevenueSink<u64, u64>>::can_pay(MODEL).is_ok());
	});
}
