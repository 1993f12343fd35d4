//! Tests of the runtime API's readers.

use super::*;

#[test]
fn a_provider_reads_only_the_open_calls_of_its_own_model() {
	// The audit's finding on the gateway: the provider read every open call on the chain every
	// block, so calls to other models could make it miss its deadlines. Calls are indexed by model.
	run_test(|| {
		offer();
		offer_model(AGENT);
		let mine = invoke(CALLER);
		for _ in 0..3 {
			assert_ok!(Invocation::invoke(
				RuntimeOrigin::signed(OTHER),
				AGENT,
				hash(1),
				PRICE,
				terms(AGENT)
			));
		}
		let listed: Vec<u64> = Invocation::open_invocations_of(MODEL, None, 10)
			.into_iter()
			.map(|v| v.id)
			.collect();
		assert_eq!(listed, vec![mine]);
		// Paged in storage order: the cursor is the last id of the previous page.
		let first: Vec<u64> = Invocation::open_invocations_of(AGENT, None, 2)
			.into_iter()
			.map(|v| v.id)
			.collect();
		assert_eq!(first.len(), 2);
		let rest: Vec<u64> = Invocation::open_invocations_of(AGENT, first.last().copied(), 10)
			.into_iter()
			.map(|v| v.id)
			.collect();
		let mut all: Vec<u64> = first.into_iter().chain(rest).collect();
		all.sort();
		assert_eq!(all, vec![mine + 1, mine + 2, mine + 3]);
		assert_ok!(Invocation::complete(RuntimeOrigin::signed(PROVIDER), mine, hash(2)));
		assert!(Invocation::open_invocations_of(MODEL, None, 10).is_empty());
	});
}
