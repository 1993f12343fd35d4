//! Benchmarks for every call at its worst case.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get,
};
use frame_system::RawOrigin;
use lineage_primitives::{ContributionKind, ContributionSource};
use sp_runtime::{
	traits::{Saturating, StaticLookup},
	Perbill,
};

/// An asset owned by a funded account.
fn owned_asset<T: Config>() -> (T::AccountId, lineage_primitives::AssetId) {
	let owner: T::AccountId = account("owner", 0, 0);
	let amount = T::ContributorDeposit::get()
		.saturating_mul(1000u32.into())
		.saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(&owner, amount);
	let asset = T::BenchmarkHelper::create_asset(&owner);
	T::Currency::set_balance(&owner, amount);
	(owner, asset)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Lowering the pool: the earnings check runs too.
	#[benchmark]
	fn set_contributor_pool() -> Result<(), BenchmarkError> {
		let (owner, asset) = owned_asset::<T>();
		Pallet::<T>::do_set_pool(&owner, asset, Perbill::from_percent(50))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset, Perbill::from_percent(40));

		assert_eq!(ContributorPools::<T>::get(asset), Perbill::from_percent(40));
		Ok(())
	}

	/// A new contributor record (deposit held) for an asset that already has contributors.
	#[benchmark]
	fn record_contribution() -> Result<(), BenchmarkError> {
		let (owner, asset) = owned_asset::<T>();
		let other: T::AccountId = account("other", 0, 0);
		Pallet::<T>::do_record(
			asset,
			&other,
			ContributionKind::Data,
			1,
			ContributionSource::Owner,
		)?;
		let contributor: T::AccountId = account("contributor", 0, 0);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			asset,
			T::Lookup::unlookup(contributor.clone()),
			ContributionKind::Compute,
			10,
		);

		assert_eq!(Contributions::<T>::get(asset, &contributor).map(|r| r.points), Some(10));
		Ok(())
	}

	#[benchmark]
	fn seal() {
		let (owner, asset) = owned_asset::<T>();

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), asset);

		assert!(Sealed::<T>::contains_key(asset));
	}

	#[benchmark]
	fn reclaim_deposit() -> Result<(), BenchmarkError> {
		let (owner, asset) = owned_asset::<T>();
		let contributor: T::AccountId = account("contributor", 0, 0);
		Pallet::<T>::do_owner_record(&owner, asset, contributor, ContributionKind::Data, 1)?;
		T::BenchmarkHelper::retire_asset(asset);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), asset);

		assert!(Deposits::<T>::get(asset, &owner).is_none());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
