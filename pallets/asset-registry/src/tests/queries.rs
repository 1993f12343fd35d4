//! Tests of the runtime API's readers.

use super::*;

#[test]
fn children_are_paged() {
	run_test(|| {
		assert_ok!(register(ALICE, 1, 0, &[]));
		for n in 2..=8u8 {
			assert_ok!(register(BOB, n, 0, &[0]));
		}
		let mut all = Vec::new();
		let mut after = None;
		loop {
			let page = AssetRegistry::children_page(0, after, 100);
			assert!(page.len() <= 3, "pages are capped by MaxChildrenPage");
			if page.is_empty() {
				break;
			}
			after = page.last().map(|(id, _)| *id);
			all.extend(page);
		}
		let mut ids: Vec<AssetId> = all.iter().map(|(id, _)| *id).collect();
		ids.sort();
		assert_eq!(ids, (1..=7).collect::<Vec<_>>());
	});
}
