// Generated from a Lineage node's metadata by `npm run typegen` in client/ (scripts/typegen.mjs); do not edit.
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/calls';

import type { ApiTypes, AugmentedCall, DecoratedCallBase } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, Text, Vec, bool, u128, u32, u64 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { Extrinsic } from '@polkadot/types/interfaces/extrinsics';
import type { OpaqueMetadata } from '@polkadot/types/interfaces/metadata';
import type { AccountId32, H256, Perbill, RuntimeCall, SlotDuration } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportViewFunctionsViewFunctionDispatchError, FrameSupportViewFunctionsViewFunctionId, LineagePrimitivesAssetsRelation, LineagePrimitivesChannelsCallReceipt, LineagePrimitivesRevenueRevenueBreakdown, LineagePrimitivesRuntimeApiAssetView, LineagePrimitivesRuntimeApiChannelView, LineagePrimitivesRuntimeApiClaimableView, LineagePrimitivesRuntimeApiContributorView, LineagePrimitivesRuntimeApiInvocationView, LineagePrimitivesRuntimeApiOfferingView, PalletTransactionPaymentFeeDetails, PalletTransactionPaymentRuntimeDispatchInfo, SpConsensusAuraSr25519AppSr25519Public, SpConsensusGrandpaAppPublic, SpConsensusGrandpaEquivocationProof, SpCoreCryptoKeyTypeId, SpInherentsCheckInherentsResult, SpInherentsInherentData, SpRuntimeBlockLazyBlock, SpRuntimeDispatchError, SpRuntimeExtrinsicInclusionMode, SpRuntimeHeader, SpRuntimeTransactionValidityTransactionSource, SpRuntimeTransactionValidityTransactionValidityError, SpRuntimeTransactionValidityValidTransaction, SpSessionRuntimeApiOpaqueGeneratedSessionKeys, SpVersionRuntimeVersion, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';
import type { IExtrinsic, Observable } from '@polkadot/types/types';

export type __AugmentedCall<ApiType extends ApiTypes> = AugmentedCall<ApiType>;
export type __DecoratedCallBase<ApiType extends ApiTypes> = DecoratedCallBase<ApiType>;

declare module '@polkadot/api-base/types/calls' {
  interface AugmentedCalls<ApiType extends ApiTypes> {
    /** 0xbc9d89904f5b923f/ */
    accountNonceApi: {
      /**
       * Get current account nonce of given `AccountId`.
       **/
      accountNonce: AugmentedCall<ApiType, (account: AccountId32 | string | Uint8Array) => Observable<u32>>;
    };
    /** 0xf54a6cc28b5c9b24/ */
    assetRegistryApi: {
      /**
       * The asset `id`, with its licence and parents.
       **/
      asset: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array) => Observable<Option<LineagePrimitivesRuntimeApiAssetView>>>;
      /**
       * The asset that owns `content_hash`: the first registered, or the earliest commitment's, reveal (its view's `committed_at` is the proof), or governance's choice after a dispute.
       **/
      assetByHash: AugmentedCall<ApiType, (content_hash: H256 | string | Uint8Array) => Observable<Option<u64>>>;
      /**
       * Direct children of `id`, in id order, after `start_after`, at most `limit` (capped).
       **/
      children: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, LineagePrimitivesAssetsRelation]>>>>;
      /**
       * The flattened royalty table of `id`: each ancestor's absolute share of a payment.
       **/
      royaltyTable: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, Perbill]>>>>;
    };
    /** 0xdd718d5cc53262d4/ */
    auraApi: {
      /**
       * Return the current set of authorities.
       **/
      authorities: AugmentedCall<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>>;
      /**
       * Returns the slot duration for Aura.,, Currently, only the value provided by this type at genesis will be used.
       **/
      slotDuration: AugmentedCall<ApiType, () => Observable<SlotDuration>>;
    };
    /** 0x40fe3ad401f8959a/ */
    blockBuilder: {
      /**
       * Apply the given extrinsic.,, Returns an inclusion outcome which specifies if this extrinsic is included in, this block or not.
       **/
      applyExtrinsic: AugmentedCall<ApiType, (extrinsic: Extrinsic | IExtrinsic | string | Uint8Array) => Observable<Result<Result<Null, SpRuntimeDispatchError>, SpRuntimeTransactionValidityTransactionValidityError>>>;
      /**
       * Check that the inherents are valid. The inherent data will vary from chain to chain.
       **/
      checkInherents: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array, data: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<SpInherentsCheckInherentsResult>>;
      /**
       * Finish the current block.
       **/
      finalizeBlock: AugmentedCall<ApiType, () => Observable<SpRuntimeHeader>>;
      /**
       * Generate inherent extrinsics. The inherent data will vary from chain to chain.
       **/
      inherentExtrinsics: AugmentedCall<ApiType, (inherent: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<Vec<Bytes>>>;
    };
    /** 0x8e08c96f2c702665/ */
    callChannelsApi: {
      /**
       * Open channel `id` with what has been claimed of it.
       **/
      channel: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array) => Observable<Option<LineagePrimitivesRuntimeApiChannelView>>>;
      /**
       * A page of `caller`'s open channels, the same way.
       **/
      channelsOfCaller: AugmentedCall<ApiType, (caller: AccountId32 | string | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<LineagePrimitivesRuntimeApiChannelView>>>;
      /**
       * A page of `model`'s open channels, after the channel `start_after` (the last id of the, previous page), at most `limit` (capped at `MaxClaimBatch`): what its provider claims.
       **/
      channelsOfModel: AugmentedCall<ApiType, (model: u64 | AnyNumber | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<LineagePrimitivesRuntimeApiChannelView>>>;
      /**
       * The exact split a claim of `amount` on `channel` pays now: the protocol fee, the, provider's part, the model's and every ancestor's credit.
       **/
      quoteClaim: AugmentedCall<ApiType, (channel: u64 | AnyNumber | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => Observable<Result<LineagePrimitivesRevenueRevenueBreakdown, SpRuntimeDispatchError>>>;
      /**
       * Whether `receipt` is covered by its channel's last claimed voucher: `proof` shows it, in the claimed receipts root (see `lineage_primitives::receipts`), so the call was paid, and split on-chain.
       **/
      receiptClaimed: AugmentedCall<ApiType, (receipt: LineagePrimitivesChannelsCallReceipt | { channel?: any; call?: any; inputHash?: any; outputHash?: any; inputTokens?: any; outputTokens?: any; amount?: any } | string | Uint8Array, proof: Vec<H256> | (H256 | string | Uint8Array)[]) => Observable<bool>>;
    };
    /** 0xf3647ac149ef37d3/ */
    contributorAttributionApi: {
      /**
       * `who`'s standing in `asset`, if they contributed.
       **/
      contribution: AugmentedCall<ApiType, (asset: u64 | AnyNumber | Uint8Array, who: AccountId32 | string | Uint8Array) => Observable<Option<LineagePrimitivesRuntimeApiContributorView>>>;
      /**
       * Contributors of `asset` with their points, after `start_after`, at most `limit`, (capped), in storage order.
       **/
      contributors: AugmentedCall<ApiType, (asset: u64 | AnyNumber | Uint8Array, start_after: Option<AccountId32> | null | Uint8Array | AccountId32 | string, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<LineagePrimitivesRuntimeApiContributorView>>>;
      /**
       * All points in `asset`, its contributor pool, and whether manual recording is sealed.
       **/
      totals: AugmentedCall<ApiType, (asset: u64 | AnyNumber | Uint8Array) => Observable<ITuple<[u128, Perbill, bool]>>>;
    };
    /** 0xdf6acb689907609b/ */
    core: {
      /**
       * Execute the given block.
       **/
      executeBlock: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array) => Observable<Null>>;
      /**
       * Initialize a block with the given header and return the runtime executive mode.
       **/
      initializeBlock: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<SpRuntimeExtrinsicInclusionMode>>;
      /**
       * Returns the version of the runtime.
       **/
      version: AugmentedCall<ApiType, () => Observable<SpVersionRuntimeVersion>>;
    };
    /** 0xea95cc7c1943efbd/ */
    dataLabellingApi: {
      /**
       * What a task with `labels_per_item` labels per item at `reward_per_label` (and, with, review, `reward_per_review`) holds for `items` items: `(budget, item deposits)`;, `None` if it would overflow.
       **/
      quote: AugmentedCall<ApiType, (labels_per_item: u32 | AnyNumber | Uint8Array, reward_per_label: u128 | AnyNumber | Uint8Array, reward_per_review: Option<u128> | null | Uint8Array | u128 | AnyNumber, items: u32 | AnyNumber | Uint8Array) => Observable<Option<ITuple<[u128, u128]>>>>;
    };
    /** 0xfbc577b9d747efd6/ */
    genesisBuilder: {
      /**
       * Build `RuntimeGenesisConfig` from a JSON blob not using any defaults and store it in the, storage.,, In the case of a FRAME-based runtime, this function deserializes the full, `RuntimeGenesisConfig` from the given JSON blob and puts it into the storage. If the, provided JSON blob is incorrect or incomplete or the deserialization fails, an error, is returned.,, Please note that provided JSON blob must contain all `RuntimeGenesisConfig` fields, no, defaults will be used.
       **/
      buildState: AugmentedCall<ApiType, (json: Bytes | string | Uint8Array) => Observable<Result<Null, Text>>>;
      /**
       * Returns a JSON blob representation of the built-in `RuntimeGenesisConfig` identified by, `id`.,, If `id` is `None` the function should return JSON blob representation of the default, `RuntimeGenesisConfig` struct of the runtime. Implementation must provide default, `RuntimeGenesisConfig`.,, Otherwise function returns a JSON representation of the built-in, named, `RuntimeGenesisConfig` preset identified by `id`, or `None` if such preset does not, exist. Returned `Vec<u8>` contains bytes of JSON blob (patch) which comprises a list of, (potentially nested) key-value pairs that are intended for customizing the default, runtime genesis config. The patch shall be merged (rfc7386) with the JSON representation, of the default `RuntimeGenesisConfig` to create a comprehensive genesis config that can, be used in `build_state` method.
       **/
      getPreset: AugmentedCall<ApiType, (id: Option<Text> | null | Uint8Array | Text | string) => Observable<Option<Bytes>>>;
      /**
       * Returns a list of identifiers for available builtin `RuntimeGenesisConfig` presets.,, The presets from the list can be queried with [`GenesisBuilder::get_preset`] method. If, no named presets are provided by the runtime the list is empty.
       **/
      presetNames: AugmentedCall<ApiType, () => Observable<Vec<Text>>>;
    };
    /** 0xed99c5acb25eedf5/ */
    grandpaApi: {
      /**
       * Get current GRANDPA authority set id.
       **/
      currentSetId: AugmentedCall<ApiType, () => Observable<u64>>;
      /**
       * Generates a proof of key ownership for the given authority in the, given set. An example usage of this module is coupled with the, session historical module to prove that a given authority key is, tied to a given staking identity during a specific session. Proofs, of key ownership are necessary for submitting equivocation reports., NOTE: even though the API takes a `set_id` as parameter the current, implementations ignore this parameter and instead rely on this, method being called at the correct block height, i.e. any point at, which the given set id is live on-chain. Future implementations will, instead use indexed data through an offchain worker, not requiring, older states to be available.
       **/
      generateKeyOwnershipProof: AugmentedCall<ApiType, (set_id: u64 | AnyNumber | Uint8Array, authority_id: SpConsensusGrandpaAppPublic | string | Uint8Array) => Observable<Option<Bytes>>>;
      /**
       * Get the current GRANDPA authorities and weights. This should not change except, for when changes are scheduled and the corresponding delay has passed.,, When called at block B, it will return the set of authorities that should be, used to finalize descendants of this block (B+1, B+2, ...). The block B itself, is finalized by the authorities from block B-1.
       **/
      grandpaAuthorities: AugmentedCall<ApiType, () => Observable<Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>>>;
      /**
       * Submits an unsigned extrinsic to report an equivocation. The caller, must provide the equivocation proof and a key ownership proof, (should be obtained using `generate_key_ownership_proof`). The, extrinsic will be unsigned and should only be accepted for local, authorship (not to be broadcast to the network). This method returns, `None` when creation of the extrinsic fails, e.g. if equivocation, reporting is disabled for the given runtime (i.e. this method is, hardcoded to return `None`). Only useful in an offchain context.
       **/
      submitReportEquivocationUnsignedExtrinsic: AugmentedCall<ApiType, (equivocation_proof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, key_owner_proof: Bytes | string | Uint8Array) => Observable<Option<Null>>>;
    };
    /** 0x37e397fc7c91f5e4/ */
    metadata: {
      /**
       * Returns the metadata of a runtime.
       **/
      metadata: AugmentedCall<ApiType, () => Observable<OpaqueMetadata>>;
      /**
       * Returns the metadata at a given version.,, If the given `version` isn't supported, this will return `None`., Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime.
       **/
      metadataAtVersion: AugmentedCall<ApiType, (version: u32 | AnyNumber | Uint8Array) => Observable<Option<OpaqueMetadata>>>;
      /**
       * Returns the supported metadata versions.,, This can be used to call `metadata_at_version`.
       **/
      metadataVersions: AugmentedCall<ApiType, () => Observable<Vec<u32>>>;
    };
    /** 0xbc5b8b01383541dc/ */
    modelInvocationApi: {
      /**
       * Invocation `id`, open or settled (until its receipt is pruned).
       **/
      invocation: AugmentedCall<ApiType, (id: u64 | AnyNumber | Uint8Array) => Observable<Option<LineagePrimitivesRuntimeApiInvocationView>>>;
      /**
       * The offering of `model`, if it has one.
       **/
      offering: AugmentedCall<ApiType, (model: u64 | AnyNumber | Uint8Array) => Observable<Option<LineagePrimitivesRuntimeApiOfferingView>>>;
      /**
       * Ids of `caller`'s open invocations.
       **/
      openInvocations: AugmentedCall<ApiType, (caller: AccountId32 | string | Uint8Array) => Observable<Vec<u64>>>;
      /**
       * A page of `model`'s open calls, in storage order after the call `start_after` (the, last id of the previous page), at most `limit` (capped at `MaxBatch`): what a provider, serving `model` has to complete.
       **/
      openInvocationsOf: AugmentedCall<ApiType, (model: u64 | AnyNumber | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<LineagePrimitivesRuntimeApiInvocationView>>>;
      /**
       * The exact split of one call of `model` at its offering's terms now: the protocol fee,, the provider's part, the model's and every ancestor's credit.
       **/
      quoteCall: AugmentedCall<ApiType, (model: u64 | AnyNumber | Uint8Array) => Observable<Result<LineagePrimitivesRevenueRevenueBreakdown, SpRuntimeDispatchError>>>;
    };
    /** 0xf78b278be53f454c/ */
    offchainWorkerApi: {
      /**
       * Starts the off-chain task for given block header.
       **/
      offchainWorker: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<Null>>;
    };
    /** 0xc3348b7828519f65/ */
    royaltySplitApi: {
      /**
       * What `who` can claim, per asset (at most `MaxClaimAll` assets, in storage order).
       **/
      claimable: AugmentedCall<ApiType, (who: AccountId32 | string | Uint8Array) => Observable<Vec<LineagePrimitivesRuntimeApiClaimableView>>>;
      /**
       * One page of what `who` can claim: entries after `start_after`, at most `limit`, (capped at `MaxClaimAll`) visited; returns the claims and the cursor of the next page, (`None` after the last).
       **/
      claimablePage: AugmentedCall<ApiType, (who: AccountId32 | string | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<ITuple<[Vec<LineagePrimitivesRuntimeApiClaimableView>, Option<u64>]>>>;
      /**
       * The exact breakdown a payment of `amount` into `asset` would make now.
       **/
      quote: AugmentedCall<ApiType, (asset: u64 | AnyNumber | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => Observable<Result<LineagePrimitivesRevenueRevenueBreakdown, SpRuntimeDispatchError>>>;
    };
    /** 0xccd9de6396c899ca/ */
    runtimeViewFunction: {
      /**
       * Execute a view function query.
       **/
      executeViewFunction: AugmentedCall<ApiType, (query_id: FrameSupportViewFunctionsViewFunctionId | { prefix?: any; suffix?: any } | string | Uint8Array, input: Bytes | string | Uint8Array) => Observable<Result<Bytes, FrameSupportViewFunctionsViewFunctionDispatchError>>>;
    };
    /** 0xab3c0572291feb8b/ */
    sessionKeys: {
      /**
       * Decode the given public session keys.,, Returns the list of public raw public keys + key type.
       **/
      decodeSessionKeys: AugmentedCall<ApiType, (encoded: Bytes | string | Uint8Array) => Observable<Option<Vec<ITuple<[Bytes, SpCoreCryptoKeyTypeId]>>>>>;
      /**
       * Generate a set of session keys with optionally using the given seed., The keys should be stored within the keystore exposed via runtime, externalities.,, The seed needs to be a valid `utf8` string.,, Returns the concatenated SCALE encoded public keys.
       **/
      generateSessionKeys: AugmentedCall<ApiType, (owner: Bytes | string | Uint8Array, seed: Option<Bytes> | null | Uint8Array | Bytes | string) => Observable<SpSessionRuntimeApiOpaqueGeneratedSessionKeys>>;
    };
    /** 0xd2bc9897eed08f15/ */
    taggedTransactionQueue: {
      /**
       * Validate the transaction.,, This method is invoked by the transaction pool to learn details about given transaction., The implementation should make sure to verify the correctness of the transaction, against current state. The given `block_hash` corresponds to the hash of the block, that is used as current state.,, Note that this call may be performed by the pool multiple times and transactions, might be verified in any possible order.
       **/
      validateTransaction: AugmentedCall<ApiType, (source: SpRuntimeTransactionValidityTransactionSource | 'InBlock' | 'Local' | 'External' | number | Uint8Array, tx: Extrinsic | IExtrinsic | string | Uint8Array, block_hash: H256 | string | Uint8Array) => Observable<Result<SpRuntimeTransactionValidityValidTransaction, SpRuntimeTransactionValidityTransactionValidityError>>>;
    };
    /** 0x37c8bb1350a9a2a8/ */
    transactionPaymentApi: {
      /**
       * 
       **/
      queryFeeDetails: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * 
       **/
      queryInfo: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * 
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * 
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
    };
    /** 0xf3ff14d5ab527059/ */
    transactionPaymentCallApi: {
      /**
       * Query fee details of a given encoded `Call`.
       **/
      queryCallFeeDetails: AugmentedCall<ApiType, (call: RuntimeCall | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * Query information of a dispatch class, weight, and fee of a given encoded `Call`.
       **/
      queryCallInfo: AugmentedCall<ApiType, (call: RuntimeCall | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * Query the output of the current `LengthToFee` given some input.
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * Query the output of the current `WeightToFee` given some input.
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
    };
  } // AugmentedCalls
} // declare module
