//! What the Lineage pallets' benchmarks need from the real runtime (built with
//! `--features runtime-benchmarks`): assets registered in the real registry, lineages with
//! contributors, and models to call. Each pallet's `Config::BenchmarkHelper` points here.

use crate::{AccountId, AssetRegistry, Balances, Runtime};
use sp_runtime::Perbill;

/// Register an asset of `kind` owned by the (funded) `owner` with a fresh content hash, a
/// licence allowing derivatives at `royalty`, and at most one parent.
fn register_for_benchmarks(
	owner: &AccountId,
	kind: lineage_primitives::AssetKind,
	royalty: Perbill,
	parent: Option<lineage_primitives::AssetId>,
) -> lineage_primitives::AssetId {
	let next = pallet_asset_registry::NextAssetId::<Runtime>::get();
	let mut hash = [0u8; 32];
	hash[24..].copy_from_slice(&next.to_be_bytes());
	let licence = lineage_primitives::Licence {
		commercial_use: true,
		derivatives_allowed: true,
		derivative_royalty: royalty,
	};
	let parents = parent
		.map(|p| alloc::vec![(p, lineage_primitives::Relation::DerivedFrom)])
		.unwrap_or_default();
	AssetRegistry::do_register(
		owner,
		kind,
		sp_core::H256::from(hash),
		Default::default(),
		licence,
		frame_support::BoundedVec::truncate_from(parents),
		pallet_asset_registry::HashClaim::Plain,
	)
	.expect("a fresh hash with a funded owner registers")
}

/// Creates and retires real registry assets for the attribution benchmarks.
pub struct ProvenanceBenchmarkHelper;

impl pallet_contributor_attribution::BenchmarkHelper<AccountId> for ProvenanceBenchmarkHelper {
	fn create_asset(owner: &AccountId) -> lineage_primitives::AssetId {
		use frame_support::traits::fungible::Mutate;
		Balances::set_balance(owner, 1_000 * crate::UNIT);
		register_for_benchmarks(
			owner,
			lineage_primitives::AssetKind::Dataset,
			Perbill::zero(),
			None,
		)
	}

	fn retire_asset(asset: lineage_primitives::AssetId) {
		let owner = pallet_asset_registry::Assets::<Runtime>::get(asset)
			.map(|r| r.owner)
			.expect("benchmarks retire assets they created");
		AssetRegistry::do_retire(&owner, asset).expect("a live asset retires");
	}
}

/// Builds real lineages and contributors in the registry and attribution pallets for the
/// revenue benchmarks.
pub struct RevenueBenchmarkHelper;

impl RevenueBenchmarkHelper {
	/// Register an asset of `kind` owned by `owner` below a chain of `ancestors` assets (each
	/// with a 30% contributor pool and one contributor), with `contributors` contributors and a
	/// 30% pool of its own.
	fn lineage(
		owner: &AccountId,
		kind: lineage_primitives::AssetKind,
		ancestors: u32,
		contributors: u32,
	) -> lineage_primitives::AssetId {
		use frame_support::traits::fungible::Mutate;
		use lineage_primitives::{AssetKind, ContributionKind, ContributionSource};
		let royalty = Perbill::from_parts(1_000_000);
		let with_contributors = |asset, n: u32| {
			crate::ContributorAttribution::do_set_pool(owner, asset, Perbill::from_percent(30))
				.expect("the owner sets the pool of a live asset");
			for i in 0..n {
				let who: AccountId = frame_benchmarking::account("contributor", i, asset as u32);
				crate::ContributorAttribution::do_record(
					asset,
					&who,
					ContributionKind::Data,
					1,
					ContributionSource::Owner,
				)
				.expect("recording a contribution to a live asset works");
			}
		};
		Balances::set_balance(owner, 1_000_000 * crate::UNIT);
		let mut parent = None;
		for _ in 0..ancestors {
			let asset = register_for_benchmarks(owner, AssetKind::Model, royalty, parent);
			with_contributors(asset, 1);
			parent = Some(asset);
		}
		let asset = register_for_benchmarks(owner, kind, royalty, parent);
		with_contributors(asset, contributors);
		asset
	}
}

impl pallet_royalty_split::BenchmarkHelper<AccountId> for RevenueBenchmarkHelper {
	fn create_asset(
		owner: &AccountId,
		ancestors: u32,
		contributors: u32,
	) -> lineage_primitives::AssetId {
		Self::lineage(owner, lineage_primitives::AssetKind::Model, ancestors, contributors)
	}

	fn add_points(
		asset: lineage_primitives::AssetId,
		who: &AccountId,
		points: lineage_primitives::Points,
	) {
		crate::ContributorAttribution::do_record(
			asset,
			who,
			lineage_primitives::ContributionKind::Training,
			points,
			lineage_primitives::ContributionSource::Owner,
		)
		.expect("recording a contribution to a live asset works");
	}
}

impl pallet_model_invocation::BenchmarkHelper<AccountId> for RevenueBenchmarkHelper {
	fn create_model(owner: &AccountId, ancestors: u32) -> lineage_primitives::AssetId {
		Self::lineage(owner, lineage_primitives::AssetKind::Model, ancestors, 1)
	}
}

impl pallet_call_channels::BenchmarkHelper<AccountId, crate::Signature> for RevenueBenchmarkHelper {
	fn create_model(
		owner: &AccountId,
		provider: &AccountId,
		ancestors: u32,
	) -> lineage_primitives::AssetId {
		let model = Self::lineage(owner, lineage_primitives::AssetKind::Model, ancestors, 1);
		let share = <crate::RoyaltySplit as lineage_primitives::RevenueSink<
			AccountId,
			crate::Balance,
		>>::max_provider_share(model);
		crate::ModelInvocation::do_set_offering(
			owner,
			model,
			crate::MILLI_UNIT,
			provider.clone(),
			share,
			10,
		)
		.expect("the owner of a live model sets an offering");
		model
	}

	fn signer(n: u32) -> AccountId {
		let public = sp_io::crypto::sr25519_generate(CHANNEL_KEY, Some(signer_seed(n)));
		AccountId::from(public)
	}

	fn sign(signer: &AccountId, payload: &[u8]) -> crate::Signature {
		let public = sp_core::sr25519::Public::from_raw(*signer.as_ref());
		sp_io::crypto::sr25519_sign(CHANNEL_KEY, &public, payload)
			.expect("the benchmark keystore holds the signer's key")
			.into()
	}
}

/// The key type of the benchmarks' voucher signers.
const CHANNEL_KEY: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"bchn");

/// A dev seed phrase for the `n`th voucher signer.
fn signer_seed(n: u32) -> alloc::vec::Vec<u8> {
	alloc::format!("//ChannelSigner{n}").into_bytes()
}
