//! Interim: replaced by `scripts/benchmark.sh` output before this pallet is wired into the runtime.
#![allow(missing_docs)]
use frame_support::weights::Weight;
use core::marker::PhantomData;
pub trait WeightInfo {
	fn set_offering() -> Weight;
	fn pause_offering() -> Weight;
	fn resume_offering() -> Weight;
	fn remove_offering() -> Weight;
	fn invoke() -> Weight;
	fn complete(a: u32, ) -> Weight;
	fn complete_batch(n: u32, a: u32, ) -> Weight;
	fn refund() -> Weight;
	fn expire_timer() -> Weight;
	fn prune_timer() -> Weight;
}
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn set_offering() -> Weight { Weight::zero() }
	fn pause_offering() -> Weight { Weight::zero() }
	fn resume_offering() -> Weight { Weight::zero() }
	fn remove_offering() -> Weight { Weight::zero() }
	fn invoke() -> Weight { Weight::zero() }
	fn complete(_a: u32, ) -> Weight { Weight::zero() }
	fn complete_batch(_n: u32, _a: u32, ) -> Weight { Weight::zero() }
	fn refund() -> Weight { Weight::zero() }
	fn expire_timer() -> Weight { Weight::zero() }
	fn prune_timer() -> Weight { Weight::zero() }
}
impl WeightInfo for () {
	fn set_offering() -> Weight { Weight::zero() }
	fn pause_offering() -> Weight { Weight::zero() }
	fn resume_offering() -> Weight { Weight::zero() }
	fn remove_offering() -> Weight { Weight::zero() }
	fn invoke() -> Weight { Weight::zero() }
	fn complete(_a: u32, ) -> Weight { Weight::zero() }
	fn complete_batch(_n: u32, _a: u32, ) -> Weight { Weight::zero() }
	fn refund() -> Weight { Weight::zero() }
	fn expire_timer() -> Weight { Weight::zero() }
	fn prune_timer() -> Weight { Weight::zero() }
}
