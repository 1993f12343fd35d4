//! Weights for pallet_asset_registry: replaced by `scripts/benchmark.sh`.
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// Weight functions needed for pallet_asset_registry.
pub trait WeightInfo {
	fn register_asset(p: u32, u: u32) -> Weight;
	fn transfer_ownership() -> Weight;
	fn set_uri(u: u32) -> Weight;
	fn retire() -> Weight;
	fn freeze(r: u32) -> Weight;
	fn unfreeze() -> Weight;
}

// Placeholder until the first benchmark run writes this file.
impl WeightInfo for () {
	fn register_asset(_p: u32, _u: u32) -> Weight { Weight::zero() }
	fn transfer_ownership() -> Weight { Weight::zero() }
	fn set_uri(_u: u32) -> Weight { Weight::zero() }
	fn retire() -> Weight { Weight::zero() }
	fn freeze(_r: u32) -> Weight { Weight::zero() }
	fn unfreeze() -> Weight { Weight::zero() }
}
