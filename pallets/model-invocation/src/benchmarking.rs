//! Benchmarks for every call and every `on_idle` step at its worst case. `complete` and
//! `complete_batch` (a batch of one call, and a full batch) are measured over the model's number
//! of ancestors, because settling pays into the model and every ancestor through the runtime's
//! real revenue sink.

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		Get,
	},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use lineage_primitives::{AssetId, AssetInspect, ContentHash, InvocationId};
use sp_runtime::{
	traits::{One, Saturating, StaticLookup},
	Perbill,
};

fn fund<T: Config>(who: &T::AccountId) {
	let amount = T::Currency::minimum_balance()
		.saturating_mul(1_000_000_000u32.into())
		.saturating_add(T::OfferingDeposit::get());
	T::Currency::set_balance(who, amount);
}

fn price<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(1_000u32.into())
}

/// A model with `ancestors` ancestors and an offering served by `provider`. The provider signs
/// the completions, so it is the whitelisted caller: as in a real block, the transaction
/// extensions have already read and written the signer's account (nonce and fee).
fn offered_model<T: Config>(ancestors: u32) -> (T::AccountId, T::AccountId, AssetId) {
	let owner: T::AccountId = account("owner", 0, 0);
	let model = T::BenchmarkHelper::create_model(&owner, ancestors);
	fund::<T>(&owner);
	let provider: T::AccountId = whitelisted_caller();
	fund::<T>(&provider);
	Pallet::<T>::do_set_offering(
		&owner,
		model,
		price::<T>(),
		provider.clone(),
		Perbill::from_percent(30),
		T::MaxTimeout::get(),
	)
	.expect("the owner of an active model can offer it");
	(owner, provider, model)
}

/// The current terms version of `model`'s offering.
fn terms<T: Config>(model: AssetId) -> u32 {
	Offerings::<T>::get(model).map_or(0, |o| o.terms)
}

/// `caller` opens `n` calls of `model`.
fn open_calls<T: Config>(caller: &T::AccountId, model: AssetId, n: u32) -> Vec<InvocationId> {
	(0..n)
		.map(|_| {
			Pallet::<T>::do_invoke(
				caller,
				model,
				ContentHash::repeat_byte(1),
				price::<T>(),
				terms::<T>(model),
			)
			.expect("a funded caller can invoke")
		})
		.collect()
}

/// Fund `caller` and give it the most open calls of `model` but one.
fn make_busy<T: Config>(caller: &T::AccountId, model: AssetId) {
	fund::<T>(caller);
	open_calls::<T>(caller, model, T::MaxOpenPerCaller::get().saturating_sub(1));
}

/// A funded caller with the most open calls but one.
fn busy_caller<T: Config>(model: AssetId, index: u32) -> T::AccountId {
	let caller: T::AccountId = account("caller", index, 0);
	make_busy::<T>(&caller, model);
	caller
}

/// The calls of one `complete_batch`: `(invocation, output hash)`.
type BatchOf<T> = BoundedVec<(InvocationId, ContentHash), <T as Config>::MaxBatch>;

/// A provider and `n` calls of one model with `ancestors` ancestors, each from its own funded
/// caller who has a few other calls open.
fn batch_of<T: Config>(n: u32, ancestors: u32) -> (T::AccountId, BatchOf<T>) {
	let (_, provider, model) = offered_model::<T>(ancestors);
	let mut calls = Vec::new();
	for i in 0..n {
		let caller: T::AccountId = account("caller", i, 0);
		fund::<T>(&caller);
		open_calls::<T>(&caller, model, T::MaxOpenPerCaller::get().saturating_sub(1).min(3));
		let id = open_calls::<T>(&caller, model, 1)[0];
		calls.push((id, ContentHash::repeat_byte(3)));
	}
	(provider, calls.try_into().expect("n ≤ MaxBatch"))
}

fn past_deadline<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(
		now.saturating_add(T::MaxTimeout::get()).saturating_add(One::one()),
	);
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// A first offering: the deposit is held.
	#[benchmark]
	fn set_offering() {
		let owner: T::AccountId = account("owner", 0, 0);
		let model = T::BenchmarkHelper::create_model(&owner, 0);
		fund::<T>(&owner);
		let provider: T::AccountId = account("provider", 0, 0);
		let timeout: BlockNumberFor<T> = T::MaxTimeout::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(owner),
			model,
			price::<T>(),
			T::Lookup::unlookup(provider),
			Perbill::from_percent(30),
			timeout,
		);

		assert!(Offerings::<T>::contains_key(model));
	}

	#[benchmark]
	fn set_token_prices() {
		let (owner, _, model) = offered_model::<T>(0);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model, price::<T>(), price::<T>());

		assert!(Offerings::<T>::get(model).is_some_and(|o| o.token_prices.per_token()));
	}

	#[benchmark]
	fn pause_offering() {
		let (owner, _, model) = offered_model::<T>(0);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model);

		assert!(Offerings::<T>::get(model).is_some_and(|o| o.paused));
	}

	#[benchmark]
	fn resume_offering() {
		let (owner, _, model) = offered_model::<T>(0);
		Pallet::<T>::do_set_paused(&owner, model, true).expect("pauses");

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model);

		assert!(Offerings::<T>::get(model).is_some_and(|o| !o.paused));
	}

	#[benchmark]
	fn remove_offering() {
		let (owner, _, model) = offered_model::<T>(0);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model);

		assert!(!Offerings::<T>::contains_key(model));
	}

	/// A caller with the longest open list but one makes another call. The caller signs, so its
	/// account is whitelisted (the transaction extensions have already touched it).
	#[benchmark]
	fn invoke() {
		let (_, _, model) = offered_model::<T>(0);
		let caller: T::AccountId = whitelisted_caller();
		make_busy::<T>(&caller, model);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			model,
			ContentHash::repeat_byte(2),
			price::<T>(),
			terms::<T>(model),
		);

		assert_eq!(OpenByCaller::<T>::get(&caller).len() as u32, T::MaxOpenPerCaller::get());
	}

	/// Completing a call into a model with `a` ancestors, from a caller with a full open list.
	#[benchmark]
	fn complete(a: Linear<0, { T::Assets::max_ancestors() }>) {
		let (_, provider, model) = offered_model::<T>(a);
		let caller = busy_caller::<T>(model, 0);
		let id = open_calls::<T>(&caller, model, 1)[0];

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, ContentHash::repeat_byte(3));

		assert!(Receipts::<T>::contains_key(id));
	}

	/// A batch of one call into a model with `a` ancestors, from a caller with open calls.
	#[benchmark]
	fn complete_batch_one(a: Linear<0, { T::Assets::max_ancestors() }>) {
		let (provider, calls) = batch_of::<T>(1, a);
		let last = calls.last().map(|c| c.0).unwrap_or_default();

		#[extrinsic_call]
		complete_batch(RawOrigin::Signed(provider), calls);

		assert!(Receipts::<T>::contains_key(last));
	}

	/// A full batch (`MaxBatch` calls from as many callers) into a model with `a` ancestors. With
	/// `complete_batch_one` at the same lineage it gives the cost of each further call.
	#[benchmark]
	fn complete_batch_full(a: Linear<0, { T::Assets::max_ancestors() }>) {
		let (provider, calls) = batch_of::<T>(T::MaxBatch::get(), a);
		let last = calls.last().map(|c| c.0).unwrap_or_default();

		#[extrinsic_call]
		complete_batch(RawOrigin::Signed(provider), calls);

		assert!(Receipts::<T>::contains_key(last));
	}

	#[benchmark]
	fn refund() {
		let (_, _, model) = offered_model::<T>(0);
		let caller = busy_caller::<T>(model, 0);
		let id = open_calls::<T>(&caller, model, 1)[0];
		past_deadline::<T>();
		let anyone: T::AccountId = account("anyone", 0, 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(anyone), id);

		assert!(!Invocations::<T>::contains_key(id));
	}

	/// `on_idle` refunding one expired call of a caller with a full open list.
	#[benchmark]
	fn expire_timer() {
		let (_, _, model) = offered_model::<T>(0);
		let caller = busy_caller::<T>(model, 0);
		let id = open_calls::<T>(&caller, model, 1)[0];
		past_deadline::<T>();

		#[block]
		{
			Pallet::<T>::run_timer(id, Timer::Expire);
		}

		assert!(!Invocations::<T>::contains_key(id));
	}

	/// `on_idle` running the expiry timer of a call that was settled: it becomes the receipt's
	/// pruning timer.
	#[benchmark]
	fn expire_settled_timer() {
		let (_, provider, model) = offered_model::<T>(0);
		let caller = busy_caller::<T>(model, 0);
		let id = open_calls::<T>(&caller, model, 1)[0];
		Pallet::<T>::do_complete(&provider, id, ContentHash::repeat_byte(3)).expect("completes");
		let settled_at = Receipts::<T>::get(id).map(|r| r.settled_at).unwrap_or_default();

		#[block]
		{
			Pallet::<T>::run_timer(id, Timer::Expire);
		}

		assert_eq!(Timers::<T>::get(Pallet::<T>::prune_block(settled_at), id), Some(Timer::Prune));
	}

	/// `on_idle` deleting one receipt.
	#[benchmark]
	fn prune_timer() {
		let (_, provider, model) = offered_model::<T>(0);
		let caller = busy_caller::<T>(model, 0);
		let id = open_calls::<T>(&caller, model, 1)[0];
		Pallet::<T>::do_complete(&provider, id, ContentHash::repeat_byte(3)).expect("completes");

		#[block]
		{
			Pallet::<T>::run_timer(id, Timer::Prune);
		}

		assert!(!Receipts::<T>::contains_key(id));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
