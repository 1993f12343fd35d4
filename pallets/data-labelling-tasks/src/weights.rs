//! Placeholder weights: this pallet is not in the runtime yet. `scripts/benchmark.sh` replaces
//! this file once its benchmarks exist (issue 5); until then only the unit tests use it.
#![allow(missing_docs)]
use frame_support::weights::Weight;
pub trait WeightInfo {
	fn create_task() -> Weight;
	fn add_items(n: u32, ) -> Weight;
	fn open() -> Weight;
	fn commit_label() -> Weight;
	fn reveal_label() -> Weight;
	fn finalise(n: u32, ) -> Weight;
	fn cancel(n: u32, ) -> Weight;
	fn claim_rewards() -> Weight;
}
impl WeightInfo for () {
	fn create_task() -> Weight { Weight::zero() }
	fn add_items(_n: u32, ) -> Weight { Weight::zero() }
	fn open() -> Weight { Weight::zero() }
	fn commit_label() -> Weight { Weight::zero() }
	fn reveal_label() -> Weight { Weight::zero() }
	fn finalise(_n: u32, ) -> Weight { Weight::zero() }
	fn cancel(_n: u32, ) -> Weight { Weight::zero() }
	fn claim_rewards() -> Weight { Weight::zero() }
}
