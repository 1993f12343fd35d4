//! Tests of the runtime API's readers.

use super::*;

#[test]
fn contributors_are_paged() {
	run_test(|| {
		for who in 10..15u64 {
			assert_ok!(<Attribution as ContributorLedger<AccountId>>::record(
				ASSET,
				&who,
				Label,
				who.into(),
				ContributionSource::LabellingTask(1)
			));
		}
		let mut seen = Vec::new();
		let mut after = None;
		loop {
			let page = Attribution::contributors_page(ASSET, after, 50);
			assert!(page.len() <= 2);
			if page.is_empty() {
				break;
			}
			after = page.last().map(|v| v.who);
			seen.extend(page.into_iter().map(|v| (v.who, v.points)));
		}
		seen.sort();
		assert_eq!(seen, (10..15u64).map(|w| (w, w as u128)).collect::<Vec<_>>());
		assert_eq!(Attribution::contribution(ASSET, 12).unwrap().by_kind, vec![(Label, 12)]);
		assert!(Attribution::contribution(ASSET, 99).is_none());
	});
}
