//! Benchmarks for every call at its worst case. `register_asset` is measured with each parent
//! carrying a long flattened table, so every parent read and every table merge is at its largest.

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use lineage_primitives::{AssetId, AssetKind, ContentHash, Licence, Relation};
use sp_runtime::{
	traits::{Saturating, StaticLookup},
	Perbill,
};

fn content(n: u64) -> ContentHash {
	let mut bytes = [0u8; 32];
	bytes[24..].copy_from_slice(&n.to_be_bytes());
	ContentHash::from(bytes)
}

fn licence() -> Licence {
	Licence { commercial_use: true, derivatives_allowed: true, derivative_royalty: Perbill::zero() }
}

/// An account with enough to pay a thousand worst-case deposits.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let worst =
		Pallet::<T>::deposit_for(T::MaxUriLen::get() as usize, T::MaxParents::get() as usize);
	let amount = worst
		.saturating_mul(1000u32.into())
		.saturating_add(T::Currency::minimum_balance());
	T::Currency::set_balance(&who, amount);
	who
}

/// Register a root-less asset with content `n` and the given parents.
fn make<T: Config>(owner: &T::AccountId, n: u64, parents: Vec<(AssetId, Relation)>) -> AssetId {
	Pallet::<T>::do_register(
		owner,
		AssetKind::Model,
		content(n),
		Default::default(),
		licence(),
		BoundedVec::truncate_from(parents),
		HashClaim::Plain,
	)
	.expect("benchmark setup registers valid assets")
}

/// `p` parents, each with a flattened table as long as the bounds allow while the new asset's
/// table still fits `MaxAncestors`: a shared chain of `MaxAncestors - MaxParents` assets above
/// them all.
fn worst_case_parents<T: Config>(owner: &T::AccountId, p: u32) -> Vec<(AssetId, Relation)> {
	if p == 0 {
		return vec![];
	}
	let chain_len = T::MaxAncestors::get().saturating_sub(T::MaxParents::get()).max(1) as u64;
	let mut tip = make::<T>(owner, 1_000_000, vec![]);
	for n in 1..chain_len {
		tip = make::<T>(owner, 1_000_000 + n, vec![(tip, Relation::DerivedFrom)]);
	}
	(0..p as u64)
		.map(|i| {
			(
				make::<T>(owner, 2_000_000 + i, vec![(tip, Relation::DerivedFrom)]),
				Relation::TrainedOn,
			)
		})
		.collect()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_asset(
		p: Linear<0, { T::MaxParents::get() }>,
		u: Linear<0, { T::MaxUriLen::get() }>,
	) {
		let caller = funded::<T>("caller", 0);
		let parents = BoundedVec::truncate_from(worst_case_parents::<T>(&caller, p));
		let uri = BoundedVec::truncate_from(vec![b'u'; u as usize]);
		// The worst case is a reveal: the caller committed first, someone registered the hash
		// plainly a block later, and the reveal reads the commitment and that asset, takes the
		// index over and releases the commitment's deposit.
		let salt = content(9);
		let commitment = Pallet::<T>::registration_commitment(content(7), &caller, salt);
		Pallet::<T>::do_commit_registration(&caller, commitment).expect("a funded caller commits");
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(1u32.into()));
		let copier = funded::<T>("copier", 0);
		let copied = make::<T>(&copier, 7, vec![]);
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(2u32.into()));

		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			AssetKind::Model,
			content(7),
			uri,
			licence(),
			parents,
			Some(salt),
		);

		let indexed = AssetByHash::<T>::get(content(7));
		assert!(
			indexed.is_some() && indexed != Some(copied),
			"the earlier commitment took the hash"
		);
		assert!(!Commitments::<T>::contains_key(&caller, commitment));
	}

	#[benchmark]
	fn offer_ownership() {
		let caller = funded::<T>("caller", 0);
		let receiver = funded::<T>("receiver", 0);
		let id = make::<T>(&caller, 1, vec![]);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, T::Lookup::unlookup(receiver.clone()));

		assert_eq!(OwnershipOffers::<T>::get(id), Some(receiver));
	}

	#[benchmark]
	fn accept_ownership() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("caller", 0);
		let receiver = funded::<T>("receiver", 0);
		let id = make::<T>(&caller, 1, vec![]);
		Pallet::<T>::do_offer_ownership(&caller, id, receiver.clone())?;

		#[extrinsic_call]
		_(RawOrigin::Signed(receiver.clone()), id);

		assert_eq!(Assets::<T>::get(id).map(|r| r.owner), Some(receiver));
		Ok(())
	}

	#[benchmark]
	fn withdraw_ownership_offer() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("caller", 0);
		let receiver = funded::<T>("receiver", 0);
		let id = make::<T>(&caller, 1, vec![]);
		Pallet::<T>::do_offer_ownership(&caller, id, receiver)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(!OwnershipOffers::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn commit_registration() {
		let caller = funded::<T>("caller", 0);
		let commitment = content(5);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), commitment);

		assert!(Commitments::<T>::contains_key(&caller, commitment));
	}

	#[benchmark]
	fn clear_commitment() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("caller", 0);
		let commitment = content(5);
		Pallet::<T>::do_commit_registration(&caller, commitment)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), T::Lookup::unlookup(caller.clone()), commitment);

		assert!(!Commitments::<T>::contains_key(&caller, commitment));
		Ok(())
	}

	#[benchmark]
	fn reassign_hash() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("caller", 0);
		let first = make::<T>(&caller, 1, vec![]);
		let second = Pallet::<T>::do_register(
			&caller,
			AssetKind::Dataset,
			content(1),
			Default::default(),
			licence(),
			Default::default(),
			HashClaim::Dataset,
		)?;
		let origin =
			T::ForceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, content(1), second);

		assert_eq!(AssetByHash::<T>::get(content(1)), Some(second));
		assert_ne!(first, second);
		Ok(())
	}

	#[benchmark]
	fn set_uri(u: Linear<0, { T::MaxUriLen::get() }>) {
		let caller = funded::<T>("caller", 0);
		let id = make::<T>(&caller, 1, vec![]);
		let uri = BoundedVec::truncate_from(vec![b'u'; u as usize]);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, uri);

		assert_eq!(Assets::<T>::get(id).map(|r| r.uri.len() as u32), Some(u));
	}

	#[benchmark]
	fn retire() {
		let caller = funded::<T>("caller", 0);
		let id = make::<T>(&caller, 1, vec![]);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert_eq!(
			Assets::<T>::get(id).map(|r| r.status),
			Some(lineage_primitives::AssetStatus::Retired)
		);
	}

	#[benchmark]
	fn freeze(r: Linear<0, { T::MaxReasonLen::get() }>) -> Result<(), BenchmarkError> {
		let caller = funded::<T>("caller", 0);
		let id = make::<T>(&caller, 1, vec![]);
		let origin =
			T::ForceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id, BoundedVec::truncate_from(vec![b'r'; r as usize]));

		assert_eq!(
			Assets::<T>::get(id).map(|r| r.status),
			Some(lineage_primitives::AssetStatus::Frozen)
		);
		Ok(())
	}

	#[benchmark]
	fn unfreeze() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("caller", 0);
		let id = make::<T>(&caller, 1, vec![]);
		Pallet::<T>::do_freeze(
			id,
			BoundedVec::truncate_from(vec![b'r'; T::MaxReasonLen::get() as usize]),
		)?;
		let origin =
			T::ForceOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, id);

		assert_eq!(
			Assets::<T>::get(id).map(|r| r.status),
			Some(lineage_primitives::AssetStatus::Active)
		);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
