//! Benchmarks of every call at its worst case (`frame_benchmarking::v2`), run as tests too.

use super::*;
use crate::Pallet as CallChannels;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use lineage_primitives::{AssetId, AssetInspect, ChannelId, ContentHash, OfferingInspect, Voucher};
use sp_runtime::traits::{Bounded, Saturating, Zero};

/// A model with an offering and `ancestors` ancestors, served by a funded provider.
fn model<T: Config>(ancestors: u32) -> (AssetId, T::AccountId) {
	let owner: T::AccountId = account("owner", 0, 0);
	let provider: T::AccountId = account("provider", 0, 0);
	fund::<T>(&provider);
	(T::BenchmarkHelper::create_model(&owner, &provider, ancestors), provider)
}

/// Give `who` plenty.
fn fund<T: Config>(who: &T::AccountId) {
	let plenty = BalanceOf::<T>::max_value() / 1_000_000u32.into();
	T::Currency::set_balance(who, plenty);
}

/// A channel from signer `n` to `model` holding a hundred calls.
fn channel<T: Config>(n: u32, model: AssetId) -> (T::AccountId, ChannelId) {
	let caller = T::BenchmarkHelper::signer(n);
	fund::<T>(&caller);
	let terms = T::Offerings::terms(model).expect("the helper set an offering");
	let deposit = terms.price_per_call.saturating_mul(100u32.into());
	let expires =
		frame_system::Pallet::<T>::block_number().saturating_add(T::ChallengePeriod::get());
	let id = CallChannels::<T>::do_open(&caller, model, deposit, expires, terms.version)
		.expect("the channel opens");
	(caller, id)
}

/// `caller`'s voucher for `calls` calls on `id`, signed the way a wallet extension signs (the
/// slower path: the raw payload is tried first).
fn signed<T: Config>(caller: &T::AccountId, id: ChannelId, calls: u64) -> SignedVoucherOf<T> {
	let price = Channels::<T>::get(id).expect("open").price_per_call;
	let voucher = Voucher {
		genesis_hash: CallChannels::<T>::genesis_hash(),
		channel: id,
		amount: price.saturating_mul((calls as u32).into()),
		calls,
		receipts_root: ContentHash::repeat_byte(7),
		reserve: Zero::zero(),
	};
	let signature = T::BenchmarkHelper::sign(caller, &voucher.wrapped_signing_payload());
	SignedVoucher { voucher, signature, last_call: None }
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn open_channel() {
		let (model, _) = model::<T>(0);
		let caller = T::BenchmarkHelper::signer(0);
		fund::<T>(&caller);
		let terms = T::Offerings::terms(model).expect("offering");
		let deposit = terms.price_per_call.saturating_mul(100u32.into());
		let expires =
			frame_system::Pallet::<T>::block_number().saturating_add(T::MaxLifetime::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), model, deposit, expires, terms.version);
		assert_eq!(ChannelCount::<T>::get(&caller), Some(1));
	}

	#[benchmark]
	fn top_up() {
		let (model, _) = model::<T>(0);
		let (caller, id) = channel::<T>(0, model);
		let later = Channels::<T>::get(id).expect("open").expires_at.saturating_add(1u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, 100u32.into(), Some(later));
		assert_eq!(Channels::<T>::get(id).expect("open").expires_at, later);
	}

	/// `n` vouchers of `n` callers, each signature checked on the wallet-wrapped path, paid into
	/// a model with `a` ancestors.
	#[benchmark]
	fn claim_batch(
		n: Linear<1, { T::MaxClaimBatch::get() }>,
		a: Linear<0, { T::Assets::max_ancestors() }>,
	) {
		let (model, provider) = model::<T>(a);
		let vouchers: Vec<SignedVoucherOf<T>> = (0..n)
			.map(|i| {
				let (caller, id) = channel::<T>(i, model);
				signed::<T>(&caller, id, 10)
			})
			.collect();
		let vouchers = BoundedVec::truncate_from(vouchers);
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), model, vouchers);
		assert!(Channels::<T>::iter().all(|(_, c)| c.claimed_calls == 10));
	}

	#[benchmark]
	fn request_close() {
		let (model, _) = model::<T>(0);
		let (caller, id) = channel::<T>(0, model);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert!(Channels::<T>::get(id).expect("open").closing_until.is_some());
	}

	/// A stranger closes an expired channel that was partly claimed.
	#[benchmark]
	fn close() {
		let (model, provider) = model::<T>(0);
		let (caller, id) = channel::<T>(0, model);
		let v = signed::<T>(&caller, id, 10);
		CallChannels::<T>::do_claim(&provider, v).expect("claims");
		let past = Channels::<T>::get(id)
			.expect("open")
			.expires_at
			.saturating_add(T::ChallengePeriod::get())
			.saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(past);
		let stranger: T::AccountId = account("stranger", 0, 0);
		let _ = provider;
		#[extrinsic_call]
		_(RawOrigin::Signed(stranger), id);
		assert!(Channels::<T>::get(id).is_none());
	}

	impl_benchmark_test_suite!(CallChannels, crate::mock::new_test_ext(), crate::mock::Test);
}
