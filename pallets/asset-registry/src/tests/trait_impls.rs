//! Tests of the traits other pallets call this one through.

use super::*;

#[test]
fn other_pallets_register_datasets_through_the_trait() {
	run_test(|| {
		let id = <AssetRegistry as DatasetRegistrar<AccountId>>::register_dataset(
			&BOB,
			hash(9),
			b"ipfs://labels".to_vec(),
			licence(true, 2),
			vec![],
		)
		.unwrap();
		assert_eq!(<AssetRegistry as AssetInspect<AccountId>>::kind(id), Some(AssetKind::Dataset));
		assert_eq!(<AssetRegistry as AssetInspect<AccountId>>::owner(id), Some(BOB));
	});
}
