//! The runtime APIs: what the node, polkadot.js, PAPI and wallets call into.

use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	view_functions::{ViewFunctionDispatchError, ViewFunctionId},
	weights::Weight,
};
use pallet_grandpa::AuthorityId as GrandpaId;
use sp_api::impl_runtime_apis;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult, ExtrinsicInclusionMode,
};
use sp_version::RuntimeVersion;

use lineage_primitives::{
	runtime_api::{AssetView, ClaimableView, ContributorView, InvocationView, OfferingView},
	AssetId, ContentHash, InvocationId, Relation,
};
use sp_runtime::Perbill;

use crate::{
	AccountId, AssetRegistry, Aura, Balance, Block, BlockNumber, CallChannels,
	ContributorAttribution, Executive, Grandpa, InherentDataExt, ModelInvocation, Nonce,
	RoyaltySplit, Runtime, RuntimeCall, RuntimeGenesisConfig, SessionKeys, System,
	TransactionPayment, VERSION,
};

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl frame_support::view_functions::runtime_api::RuntimeViewFunction<Block> for Runtime {
		fn execute_view_function(
			id: ViewFunctionId,
			input: Vec<u8>,
		) -> Result<Vec<u8>, ViewFunctionDispatchError> {
			Runtime::execute_view_function(id, input)
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(Aura::slot_duration())
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			_equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			_key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			// No session or staking pallet: there is nothing to slash, so no report to submit.
			None
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			_authority_id: GrandpaId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			// `KeyOwnerProof` is the empty type `Void`: no proof can exist.
			None
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl lineage_primitives::runtime_api::AssetRegistryApi<Block, AccountId, BlockNumber> for Runtime {
		fn asset(id: AssetId) -> Option<AssetView<AccountId, BlockNumber>> {
			AssetRegistry::asset_view(id)
		}

		fn asset_by_hash(content_hash: ContentHash) -> Option<AssetId> {
			AssetRegistry::asset_by_hash(content_hash)
		}

		fn royalty_table(id: AssetId) -> Vec<(AssetId, Perbill)> {
			<AssetRegistry as lineage_primitives::AssetInspect<AccountId>>::royalty_table(id)
		}

		fn children(id: AssetId, start_after: Option<AssetId>, limit: u32) -> Vec<(AssetId, Relation)> {
			AssetRegistry::children_page(id, start_after, limit)
		}
	}

	impl lineage_primitives::runtime_api::ContributorAttributionApi<Block, AccountId> for Runtime {
		fn contributors(
			asset: AssetId,
			start_after: Option<AccountId>,
			limit: u32,
		) -> Vec<ContributorView<AccountId>> {
			ContributorAttribution::contributors_page(asset, start_after, limit)
		}

		fn contribution(asset: AssetId, who: AccountId) -> Option<ContributorView<AccountId>> {
			ContributorAttribution::contribution(asset, who)
		}

		fn totals(asset: AssetId) -> (lineage_primitives::Points, Perbill, bool) {
			ContributorAttribution::totals(asset)
		}
	}

	impl lineage_primitives::runtime_api::RoyaltySplitApi<Block, AccountId, Balance> for Runtime {
		fn quote(
			asset: AssetId,
			amount: Balance,
		) -> Result<lineage_primitives::RevenueBreakdown<Balance>, sp_runtime::DispatchError> {
			RoyaltySplit::quote(asset, amount)
		}

		fn claimable(who: AccountId) -> Vec<ClaimableView<Balance>> {
			RoyaltySplit::claimable(&who)
		}

		fn claimable_page(
			who: AccountId,
			start_after: Option<AssetId>,
			limit: u32,
		) -> (Vec<ClaimableView<Balance>>, Option<AssetId>) {
			RoyaltySplit::claimable_page(&who, start_after, limit)
		}
	}

	impl lineage_primitives::runtime_api::DataLabellingApi<Block, Balance> for Runtime {
		fn quote(
			labels_per_item: u32,
			reward_per_label: Balance,
			reward_per_review: Option<Balance>,
			items: u32,
		) -> Option<(Balance, Balance)> {
			crate::DataLabellingTasks::quote_for(labels_per_item, reward_per_label, reward_per_review, items)
		}
	}

	impl lineage_primitives::runtime_api::ModelInvocationApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn offering(model: AssetId) -> Option<OfferingView<AccountId, Balance, BlockNumber>> {
			ModelInvocation::offering_view(model)
		}

		fn quote_call(
			model: AssetId,
		) -> Result<lineage_primitives::RevenueBreakdown<Balance>, sp_runtime::DispatchError> {
			let offering = ModelInvocation::offering_view(model)
				.ok_or(pallet_model_invocation::Error::<Runtime>::NoOffering)?;
			RoyaltySplit::quote_call(model, offering.price_per_call, offering.provider_share)
		}

		fn invocation(id: InvocationId) -> Option<InvocationView<AccountId, Balance, BlockNumber>> {
			ModelInvocation::invocation_view(id)
		}

		fn open_invocations(caller: AccountId) -> Vec<InvocationId> {
			ModelInvocation::open_invocations(&caller)
		}

		fn open_invocations_of(
			model: AssetId,
			start_after: Option<InvocationId>,
			limit: u32,
		) -> Vec<InvocationView<AccountId, Balance, BlockNumber>> {
			ModelInvocation::open_invocations_of(model, start_after, limit)
		}
	}

	impl lineage_primitives::runtime_api::CallChannelsApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn channel(
			id: lineage_primitives::ChannelId,
		) -> Option<lineage_primitives::runtime_api::ChannelView<AccountId, Balance, BlockNumber>> {
			CallChannels::channel_view(id)
		}

		fn channels_of_model(
			model: AssetId,
			start_after: Option<lineage_primitives::ChannelId>,
			limit: u32,
		) -> Vec<lineage_primitives::runtime_api::ChannelView<AccountId, Balance, BlockNumber>> {
			CallChannels::channels_of_model(model, start_after, limit)
		}

		fn channels_of_caller(
			caller: AccountId,
			start_after: Option<lineage_primitives::ChannelId>,
			limit: u32,
		) -> Vec<lineage_primitives::runtime_api::ChannelView<AccountId, Balance, BlockNumber>> {
			CallChannels::channels_of_caller(&caller, start_after, limit)
		}

		fn receipt_claimed(
			receipt: lineage_primitives::CallReceipt<Balance>,
			proof: Vec<lineage_primitives::ContentHash>,
		) -> bool {
			CallChannels::receipt_claimed(&receipt, &proof)
		}

		fn quote_claim(
			channel: lineage_primitives::ChannelId,
			amount: Balance,
		) -> Result<lineage_primitives::RevenueBreakdown<Balance>, sp_runtime::DispatchError> {
			let channel = CallChannels::channel_view(channel)
				.ok_or(pallet_call_channels::Error::<Runtime>::UnknownChannel)?;
			RoyaltySplit::quote_call(channel.model, amount, channel.provider_share)
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::{baseline, BenchmarkList};
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::Pallet as SystemBench;
			use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;
			use baseline::Pallet as BaselineBench;
			use crate::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			let storage_info = AllPalletsWithSystem::storage_info();
			(list, storage_info)
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::{baseline, BenchmarkBatch};
			use frame_support::traits::WhitelistedStorageKeys;
			use frame_system_benchmarking::Pallet as SystemBench;
			use frame_system_benchmarking::extensions::Pallet as SystemExtensionsBench;
			use baseline::Pallet as BaselineBench;
			use sp_storage::TrackedStorageKey;
			use crate::*;

			let whitelist: Vec<TrackedStorageKey> = AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			// try-runtime is an off-chain tool: a failed check must stop it loudly.
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("execute-block failed")
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, crate::genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			crate::genesis_config_presets::preset_names()
		}
	}
}
