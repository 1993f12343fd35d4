//! Weights for `pallet_call_channels`: replaced by `scripts/benchmark.sh call-channels`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::ParityDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_call_channels`.
pub trait WeightInfo {
	fn open_channel() -> Weight;
	fn top_up() -> Weight;
	fn claim_batch(n: u32, a: u32, ) -> Weight;
	fn request_close() -> Weight;
	fn close() -> Weight;
}

/// Weights for `pallet_call_channels` using the runtime's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn open_channel() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(8, 7)) }
	fn top_up() -> Weight { Weight::from_parts(50_000_000, 5_000).saturating_add(T::DbWeight::get().reads_writes(3, 3)) }
	fn claim_batch(n: u32, a: u32, ) -> Weight { Weight::from_parts(100_000_000, 20_000).saturating_add(Weight::from_parts(100_000_000, 5_000).saturating_mul(n.into())).saturating_add(Weight::from_parts(20_000_000, 3_000).saturating_mul(a.into())).saturating_add(T::DbWeight::get().reads_writes(10, 10)).saturating_add(T::DbWeight::get().reads_writes(3, 3).saturating_mul(n.into())).saturating_add(T::DbWeight::get().reads_writes(2, 2).saturating_mul(a.into())) }
	fn request_close() -> Weight { Weight::from_parts(30_000_000, 5_000).saturating_add(T::DbWeight::get().reads_writes(1, 1)) }
	fn close() -> Weight { Weight::from_parts(80_000_000, 10_000).saturating_add(T::DbWeight::get().reads_writes(5, 6)) }
}

impl WeightInfo for () {
	fn open_channel() -> Weight { Weight::from_parts(100_000_000, 10_000).saturating_add(ParityDbWeight::get().reads_writes(8, 7)) }
	fn top_up() -> Weight { Weight::from_parts(50_000_000, 5_000).saturating_add(ParityDbWeight::get().reads_writes(3, 3)) }
	fn claim_batch(n: u32, a: u32, ) -> Weight { Weight::from_parts(100_000_000, 20_000).saturating_add(Weight::from_parts(100_000_000, 5_000).saturating_mul(n.into())).saturating_add(Weight::from_parts(20_000_000, 3_000).saturating_mul(a.into())) }
	fn request_close() -> Weight { Weight::from_parts(30_000_000, 5_000) }
	fn close() -> Weight { Weight::from_parts(80_000_000, 10_000) }
}
