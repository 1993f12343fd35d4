//! The pallets `lineage-node benchmark pallet` measures (built with `--features
//! runtime-benchmarks`).

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_sudo, Sudo]
	[pallet_asset_registry, AssetRegistry]
	[pallet_contributor_attribution, ContributorAttribution]
	[pallet_royalty_split, RoyaltySplit]
	[pallet_model_invocation, ModelInvocation]
	[pallet_data_labelling_tasks, DataLabellingTasks]
	[pallet_call_channels, CallChannels]
);

impl frame_system_benchmarking::Config for crate::Runtime {}
impl frame_benchmarking::baseline::Config for crate::Runtime {}
impl pallet_transaction_payment::BenchmarkConfig for crate::Runtime {}
