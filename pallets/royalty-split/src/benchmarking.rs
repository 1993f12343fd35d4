//! Benchmarks for every call at its worst case. `pay` is measured over the number of ancestors
//! and over the number of contributors: the accumulator makes the second one irrelevant, and the
//! generated weights show it.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get,
};
use frame_system::RawOrigin;
use lineage_primitives::AssetInspect;
use sp_runtime::traits::Saturating;

/// Most contributors the `pay` benchmark gives the paid asset.
const MAX_CONTRIBUTORS: u32 = crate::CONTRIBUTORS_BENCHMARKED;

/// A lot of money: enough for any payment the benchmarks make.
fn fund<T: Config>(who: &T::AccountId) -> BalanceOf<T> {
	let amount = T::Currency::minimum_balance().saturating_mul(1_000_000_000u32.into());
	T::Currency::set_balance(who, amount);
	amount
}

/// A payment big enough that every share of every credited asset is non-zero.
fn payment<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(1_000_000u32.into())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A payment into an asset with `a` ancestors (each with a contributor pool and a
	/// contributor) and `c` contributors of its own.
	#[benchmark]
	fn pay(a: Linear<0, { T::Assets::max_ancestors() }>, c: Linear<1, MAX_CONTRIBUTORS>) {
		let owner: T::AccountId = account("owner", 0, 0);
		fund::<T>(&owner);
		let asset = T::BenchmarkHelper::create_asset(&owner, a, c);
		let payer: T::AccountId = account("payer", 0, 0);
		fund::<T>(&payer);
		// The ledgers and the owner's entries already exist, as they do on a busy asset.
		Pallet::<T>::do_pay(&payer, asset, payment::<T>()).expect("the first payment succeeds");

		#[extrinsic_call]
		_(RawOrigin::Signed(payer), asset, payment::<T>());

		assert_eq!(T::Assets::royalty_table(asset).len() as u32, a);
	}

	/// A claim paying both an owner credit and a contributor share, leaving the entry behind.
	#[benchmark]
	fn claim() {
		let owner: T::AccountId = account("owner", 0, 0);
		fund::<T>(&owner);
		let asset = T::BenchmarkHelper::create_asset(&owner, 0, 1);
		T::BenchmarkHelper::add_points(asset, &owner, 10);
		let payer: T::AccountId = account("payer", 0, 0);
		fund::<T>(&payer);
		Pallet::<T>::do_pay(&payer, asset, payment::<T>()).expect("payment succeeds");
		let before = T::Currency::balance(&owner);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), asset);

		assert!(T::Currency::balance(&owner) > before);
	}

	/// `claim_all` over `n` assets, each paying an owner credit and a contributor share.
	#[benchmark]
	fn claim_all(n: Linear<1, { T::MaxClaimAll::get() }>) {
		let owner: T::AccountId = account("owner", 0, 0);
		fund::<T>(&owner);
		let payer: T::AccountId = account("payer", 0, 0);
		fund::<T>(&payer);
		for _ in 0..n {
			let asset = T::BenchmarkHelper::create_asset(&owner, 0, 1);
			T::BenchmarkHelper::add_points(asset, &owner, 10);
			Pallet::<T>::do_pay(&payer, asset, payment::<T>()).expect("payment succeeds");
		}
		let before = T::Currency::balance(&owner);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()));

		assert!(T::Currency::balance(&owner) > before);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
