//! Interim: replaced by `scripts/benchmark.sh` output before this pallet is wired into the runtime.
#![allow(missing_docs)]
use frame_support::weights::Weight;
use core::marker::PhantomData;
pub trait WeightInfo {
	fn pay(a: u32, c: u32, ) -> Weight;
	fn claim() -> Weight;
	fn claim_all(n: u32, ) -> Weight;
}
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn pay(_a: u32, _c: u32, ) -> Weight { Weight::zero() }
	fn claim() -> Weight { Weight::zero() }
	fn claim_all(_n: u32, ) -> Weight { Weight::zero() }
}
impl WeightInfo for () {
	fn pay(_a: u32, _c: u32, ) -> Weight { Weight::zero() }
	fn claim() -> Weight { Weight::zero() }
	fn claim_all(_n: u32, ) -> Weight { Weight::zero() }
}
