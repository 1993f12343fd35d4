//! Weights for pallet_contributor_attribution: replaced by `scripts/benchmark.sh`.
#![allow(unused_parens, unused_imports, missing_docs)]

use core::marker::PhantomData;
use frame_support::{traits::Get, weights::{constants::RocksDbWeight, Weight}};

/// Weight functions needed for pallet_contributor_attribution.
pub trait WeightInfo {
	fn set_contributor_pool() -> Weight;
	fn record_contribution() -> Weight;
	fn seal() -> Weight;
	fn reclaim_deposit() -> Weight;
}

// Placeholder until the first benchmark run writes this file.
impl WeightInfo for () {
	fn set_contributor_pool() -> Weight { Weight::zero() }
	fn record_contribution() -> Weight { Weight::zero() }
	fn seal() -> Weight { Weight::zero() }
	fn reclaim_deposit() -> Weight { Weight::zero() }
}
