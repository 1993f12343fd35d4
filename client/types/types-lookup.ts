// Generated from a Lineage node's metadata by `npm run typegen` in client/ (scripts/typegen.mjs); do not edit.
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U256, U8aFixed, Vec, bool, i32, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress, Perbill, Percent } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletGrandpaCall (18) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (19) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (20) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (21) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name SpConsensusGrandpaAppPublic (22) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name FinalityGrandpaPrevote (23) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (24) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (27) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (28) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpCoreVoid (30) */
  type SpCoreVoid = Null;

  /** @name PalletBalancesCall (31) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (36) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletSudoCall (37) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name SpWeightsWeightV2Weight (38) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletAssetRegistryCall (39) */
  interface PalletAssetRegistryCall extends Enum {
    readonly isRegisterAsset: boolean;
    readonly asRegisterAsset: {
      readonly kind: LineagePrimitivesAssetsAssetKind;
      readonly contentHash: H256;
      readonly uri: Bytes;
      readonly licence: LineagePrimitivesAssetsLicence;
      readonly parents: Vec<ITuple<[u64, LineagePrimitivesAssetsRelation]>>;
      readonly salt: Option<H256>;
    } & Struct;
    readonly isOfferOwnership: boolean;
    readonly asOfferOwnership: {
      readonly assetId: u64;
      readonly newOwner: MultiAddress;
    } & Struct;
    readonly isSetUri: boolean;
    readonly asSetUri: {
      readonly assetId: u64;
      readonly uri: Bytes;
    } & Struct;
    readonly isRetire: boolean;
    readonly asRetire: {
      readonly assetId: u64;
    } & Struct;
    readonly isFreeze: boolean;
    readonly asFreeze: {
      readonly assetId: u64;
      readonly reason: Bytes;
    } & Struct;
    readonly isUnfreeze: boolean;
    readonly asUnfreeze: {
      readonly assetId: u64;
    } & Struct;
    readonly isAcceptOwnership: boolean;
    readonly asAcceptOwnership: {
      readonly assetId: u64;
    } & Struct;
    readonly isWithdrawOwnershipOffer: boolean;
    readonly asWithdrawOwnershipOffer: {
      readonly assetId: u64;
    } & Struct;
    readonly isCommitRegistration: boolean;
    readonly asCommitRegistration: {
      readonly commitment: H256;
    } & Struct;
    readonly isClearCommitment: boolean;
    readonly asClearCommitment: {
      readonly committer: MultiAddress;
      readonly commitment: H256;
    } & Struct;
    readonly isReassignHash: boolean;
    readonly asReassignHash: {
      readonly contentHash: H256;
      readonly assetId: u64;
    } & Struct;
    readonly type: 'RegisterAsset' | 'OfferOwnership' | 'SetUri' | 'Retire' | 'Freeze' | 'Unfreeze' | 'AcceptOwnership' | 'WithdrawOwnershipOffer' | 'CommitRegistration' | 'ClearCommitment' | 'ReassignHash';
  }

  /** @name LineagePrimitivesAssetsAssetKind (40) */
  interface LineagePrimitivesAssetsAssetKind extends Enum {
    readonly isDataset: boolean;
    readonly isModel: boolean;
    readonly isAgent: boolean;
    readonly type: 'Dataset' | 'Model' | 'Agent';
  }

  /** @name LineagePrimitivesAssetsLicence (42) */
  interface LineagePrimitivesAssetsLicence extends Struct {
    readonly commercialUse: bool;
    readonly derivativesAllowed: bool;
    readonly derivativeRoyalty: Perbill;
  }

  /** @name LineagePrimitivesAssetsRelation (46) */
  interface LineagePrimitivesAssetsRelation extends Enum {
    readonly isTrainedOn: boolean;
    readonly isFineTunedFrom: boolean;
    readonly isDerivedFrom: boolean;
    readonly isVersionOf: boolean;
    readonly type: 'TrainedOn' | 'FineTunedFrom' | 'DerivedFrom' | 'VersionOf';
  }

  /** @name PalletContributorAttributionCall (50) */
  interface PalletContributorAttributionCall extends Enum {
    readonly isSetContributorPool: boolean;
    readonly asSetContributorPool: {
      readonly assetId: u64;
      readonly pool: Perbill;
    } & Struct;
    readonly isRecordContribution: boolean;
    readonly asRecordContribution: {
      readonly assetId: u64;
      readonly contributor: MultiAddress;
      readonly kind: LineagePrimitivesAttributionContributionKind;
      readonly points: u128;
    } & Struct;
    readonly isSeal: boolean;
    readonly asSeal: {
      readonly assetId: u64;
    } & Struct;
    readonly isReclaimDeposit: boolean;
    readonly asReclaimDeposit: {
      readonly assetId: u64;
    } & Struct;
    readonly type: 'SetContributorPool' | 'RecordContribution' | 'Seal' | 'ReclaimDeposit';
  }

  /** @name LineagePrimitivesAttributionContributionKind (51) */
  interface LineagePrimitivesAttributionContributionKind extends Enum {
    readonly isData: boolean;
    readonly isLabel: boolean;
    readonly isReview: boolean;
    readonly isTraining: boolean;
    readonly isEvaluation: boolean;
    readonly isCompute: boolean;
    readonly type: 'Data' | 'Label' | 'Review' | 'Training' | 'Evaluation' | 'Compute';
  }

  /** @name PalletRoyaltySplitCall (52) */
  interface PalletRoyaltySplitCall extends Enum {
    readonly isPay: boolean;
    readonly asPay: {
      readonly assetId: u64;
      readonly amount: u128;
    } & Struct;
    readonly isClaim: boolean;
    readonly asClaim: {
      readonly assetId: u64;
    } & Struct;
    readonly isClaimAll: boolean;
    readonly type: 'Pay' | 'Claim' | 'ClaimAll';
  }

  /** @name PalletModelInvocationCall (53) */
  interface PalletModelInvocationCall extends Enum {
    readonly isSetOffering: boolean;
    readonly asSetOffering: {
      readonly model: u64;
      readonly pricePerCall: u128;
      readonly provider: MultiAddress;
      readonly providerShare: Perbill;
      readonly timeout: u32;
    } & Struct;
    readonly isPauseOffering: boolean;
    readonly asPauseOffering: {
      readonly model: u64;
    } & Struct;
    readonly isResumeOffering: boolean;
    readonly asResumeOffering: {
      readonly model: u64;
    } & Struct;
    readonly isRemoveOffering: boolean;
    readonly asRemoveOffering: {
      readonly model: u64;
    } & Struct;
    readonly isInvoke: boolean;
    readonly asInvoke: {
      readonly model: u64;
      readonly inputHash: H256;
      readonly maxPrice: u128;
      readonly terms: u32;
    } & Struct;
    readonly isComplete: boolean;
    readonly asComplete: {
      readonly id: u64;
      readonly outputHash: H256;
    } & Struct;
    readonly isCompleteBatch: boolean;
    readonly asCompleteBatch: {
      readonly calls: Vec<ITuple<[u64, H256]>>;
    } & Struct;
    readonly isRefund: boolean;
    readonly asRefund: {
      readonly id: u64;
    } & Struct;
    readonly isSetTokenPrices: boolean;
    readonly asSetTokenPrices: {
      readonly model: u64;
      readonly per1kInput: u128;
      readonly per1kOutput: u128;
    } & Struct;
    readonly type: 'SetOffering' | 'PauseOffering' | 'ResumeOffering' | 'RemoveOffering' | 'Invoke' | 'Complete' | 'CompleteBatch' | 'Refund' | 'SetTokenPrices';
  }

  /** @name PalletDataLabellingTasksCall (57) */
  interface PalletDataLabellingTasksCall extends Enum {
    readonly isCreateTask: boolean;
    readonly asCreateTask: {
      readonly spec: PalletDataLabellingTasksTaskSpec;
    } & Struct;
    readonly isAddItems: boolean;
    readonly asAddItems: {
      readonly task: u64;
      readonly items: Vec<PalletDataLabellingTasksItemInput>;
    } & Struct;
    readonly isOpen: boolean;
    readonly asOpen: {
      readonly task: u64;
    } & Struct;
    readonly isCommitLabel: boolean;
    readonly asCommitLabel: {
      readonly task: u64;
      readonly item: u32;
      readonly commitment: H256;
    } & Struct;
    readonly isRevealLabel: boolean;
    readonly asRevealLabel: {
      readonly task: u64;
      readonly item: u32;
      readonly label: u8;
      readonly salt: H256;
    } & Struct;
    readonly isSubmitLabel: boolean;
    readonly asSubmitLabel: {
      readonly task: u64;
      readonly item: u32;
      readonly label: u8;
    } & Struct;
    readonly isFinalise: boolean;
    readonly asFinalise: {
      readonly task: u64;
      readonly gold: Option<PalletDataLabellingTasksGoldReveal>;
    } & Struct;
    readonly isCancel: boolean;
    readonly asCancel: {
      readonly task: u64;
    } & Struct;
    readonly isClaimRewards: boolean;
    readonly asClaimRewards: {
      readonly task: u64;
    } & Struct;
    readonly isReviewItem: boolean;
    readonly asReviewItem: {
      readonly task: u64;
      readonly item: u32;
      readonly accept: bool;
    } & Struct;
    readonly isClearTask: boolean;
    readonly asClearTask: {
      readonly task: u64;
    } & Struct;
    readonly isEvictUnrevealed: boolean;
    readonly asEvictUnrevealed: {
      readonly task: u64;
      readonly item: u32;
    } & Struct;
    readonly type: 'CreateTask' | 'AddItems' | 'Open' | 'CommitLabel' | 'RevealLabel' | 'SubmitLabel' | 'Finalise' | 'Cancel' | 'ClaimRewards' | 'ReviewItem' | 'ClearTask' | 'EvictUnrevealed';
  }

  /** @name PalletDataLabellingTasksTaskSpec (58) */
  interface PalletDataLabellingTasksTaskSpec extends Struct {
    readonly classes: Vec<Bytes>;
    readonly labelsPerItem: u32;
    readonly rewardPerLabel: u128;
    readonly commitDeadline: u32;
    readonly deadline: u32;
    readonly commitReveal: bool;
    readonly licence: LineagePrimitivesAssetsLicence;
    readonly contributorPool: Perbill;
    readonly minReputation: i32;
    readonly goldCommitment: Option<H256>;
    readonly minGoldAccuracy: Percent;
    readonly review: Option<PalletDataLabellingTasksReviewSpec>;
  }

  /** @name PalletDataLabellingTasksReviewSpec (65) */
  interface PalletDataLabellingTasksReviewSpec extends Struct {
    readonly rewardPerReview: u128;
    readonly minReputation: i32;
  }

  /** @name PalletDataLabellingTasksItemInput (67) */
  interface PalletDataLabellingTasksItemInput extends Enum {
    readonly isText: boolean;
    readonly asText: Bytes;
    readonly isUri: boolean;
    readonly asUri: {
      readonly uri: Bytes;
      readonly contentHash: H256;
    } & Struct;
    readonly type: 'Text' | 'Uri';
  }

  /** @name PalletDataLabellingTasksGoldReveal (70) */
  interface PalletDataLabellingTasksGoldReveal extends Struct {
    readonly answers: Vec<ITuple<[u32, u8]>>;
    readonly salt: H256;
  }

  /** @name PalletCallChannelsCall (74) */
  interface PalletCallChannelsCall extends Enum {
    readonly isOpenChannel: boolean;
    readonly asOpenChannel: {
      readonly model: u64;
      readonly deposit: u128;
      readonly expiresAt: u32;
      readonly terms: u32;
    } & Struct;
    readonly isTopUp: boolean;
    readonly asTopUp: {
      readonly channel: u64;
      readonly amount: u128;
      readonly expiresAt: Option<u32>;
    } & Struct;
    readonly isClaim: boolean;
    readonly asClaim: {
      readonly voucher: LineagePrimitivesChannelsVoucher;
      readonly signature: SpRuntimeMultiSignature;
      readonly lastCall: Option<LineagePrimitivesChannelsCallReceipt>;
    } & Struct;
    readonly isClaimBatch: boolean;
    readonly asClaimBatch: {
      readonly model: u64;
      readonly vouchers: Vec<PalletCallChannelsSignedVoucher>;
    } & Struct;
    readonly isRequestClose: boolean;
    readonly asRequestClose: {
      readonly channel: u64;
    } & Struct;
    readonly isClose: boolean;
    readonly asClose: {
      readonly channel: u64;
    } & Struct;
    readonly type: 'OpenChannel' | 'TopUp' | 'Claim' | 'ClaimBatch' | 'RequestClose' | 'Close';
  }

  /** @name LineagePrimitivesChannelsVoucher (76) */
  interface LineagePrimitivesChannelsVoucher extends Struct {
    readonly genesisHash: H256;
    readonly channel: u64;
    readonly amount: u128;
    readonly calls: u64;
    readonly receiptsRoot: H256;
    readonly reserve: u128;
  }

  /** @name SpRuntimeMultiSignature (77) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name LineagePrimitivesChannelsCallReceipt (80) */
  interface LineagePrimitivesChannelsCallReceipt extends Struct {
    readonly channel: u64;
    readonly call: u64;
    readonly inputHash: H256;
    readonly outputHash: H256;
    readonly inputTokens: u32;
    readonly outputTokens: u32;
    readonly amount: u128;
  }

  /** @name PalletCallChannelsSignedVoucher (82) */
  interface PalletCallChannelsSignedVoucher extends Struct {
    readonly voucher: LineagePrimitivesChannelsVoucher;
    readonly signature: SpRuntimeMultiSignature;
    readonly lastCall: Option<LineagePrimitivesChannelsCallReceipt>;
  }

  /** @name FrameSystemExtensionsCheckNonZeroSender (84) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (85) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (86) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (87) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (90) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (92) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (93) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameMetadataHashExtensionCheckMetadataHash (94) */
  interface FrameMetadataHashExtensionCheckMetadataHash extends Struct {
    readonly mode: FrameMetadataHashExtensionMode;
  }

  /** @name FrameMetadataHashExtensionMode (95) */
  interface FrameMetadataHashExtensionMode extends Enum {
    readonly isDisabled: boolean;
    readonly isEnabled: boolean;
    readonly type: 'Disabled' | 'Enabled';
  }

  /** @name FrameSystemAccountInfo (97) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (98) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (100) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpRuntimeDigest (101) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (103) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name FrameSystemEventRecord (106) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (108) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (109) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (110) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (111) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (112) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (113) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (114) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (115) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (116) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (117) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletGrandpaEvent (118) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletBalancesEvent (121) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: LineageRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: LineageRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: LineageRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: LineageRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: LineageRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (122) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name LineageRuntimeRuntimeHoldReason (123) */
  interface LineageRuntimeRuntimeHoldReason extends Enum {
    readonly isAssetRegistry: boolean;
    readonly asAssetRegistry: PalletAssetRegistryHoldReason;
    readonly isContributorAttribution: boolean;
    readonly asContributorAttribution: PalletContributorAttributionHoldReason;
    readonly isModelInvocation: boolean;
    readonly asModelInvocation: PalletModelInvocationHoldReason;
    readonly isDataLabellingTasks: boolean;
    readonly asDataLabellingTasks: PalletDataLabellingTasksHoldReason;
    readonly isCallChannels: boolean;
    readonly asCallChannels: PalletCallChannelsHoldReason;
    readonly type: 'AssetRegistry' | 'ContributorAttribution' | 'ModelInvocation' | 'DataLabellingTasks' | 'CallChannels';
  }

  /** @name PalletAssetRegistryHoldReason (124) */
  interface PalletAssetRegistryHoldReason extends Enum {
    readonly isAssetDeposit: boolean;
    readonly isCommitmentDeposit: boolean;
    readonly type: 'AssetDeposit' | 'CommitmentDeposit';
  }

  /** @name PalletContributorAttributionHoldReason (125) */
  interface PalletContributorAttributionHoldReason extends Enum {
    readonly isContributorDeposit: boolean;
    readonly type: 'ContributorDeposit';
  }

  /** @name PalletModelInvocationHoldReason (126) */
  interface PalletModelInvocationHoldReason extends Enum {
    readonly isEscrow: boolean;
    readonly isOfferingDeposit: boolean;
    readonly type: 'Escrow' | 'OfferingDeposit';
  }

  /** @name PalletDataLabellingTasksHoldReason (127) */
  interface PalletDataLabellingTasksHoldReason extends Enum {
    readonly isTaskBudget: boolean;
    readonly isLabelBond: boolean;
    readonly isTaskDeposit: boolean;
    readonly type: 'TaskBudget' | 'LabelBond' | 'TaskDeposit';
  }

  /** @name PalletCallChannelsHoldReason (128) */
  interface PalletCallChannelsHoldReason extends Enum {
    readonly isChannelFunds: boolean;
    readonly isChannelDeposit: boolean;
    readonly type: 'ChannelFunds' | 'ChannelDeposit';
  }

  /** @name PalletBalancesUnexpectedKind (129) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (130) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSudoEvent (131) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletAssetRegistryEvent (134) */
  interface PalletAssetRegistryEvent extends Enum {
    readonly isAssetRegistered: boolean;
    readonly asAssetRegistered: {
      readonly assetId: u64;
      readonly owner: AccountId32;
      readonly kind: LineagePrimitivesAssetsAssetKind;
      readonly contentHash: H256;
    } & Struct;
    readonly isOwnershipOffered: boolean;
    readonly asOwnershipOffered: {
      readonly assetId: u64;
      readonly owner: AccountId32;
      readonly to: AccountId32;
    } & Struct;
    readonly isOwnershipOfferWithdrawn: boolean;
    readonly asOwnershipOfferWithdrawn: {
      readonly assetId: u64;
    } & Struct;
    readonly isOwnershipTransferred: boolean;
    readonly asOwnershipTransferred: {
      readonly assetId: u64;
      readonly from: AccountId32;
      readonly to: AccountId32;
    } & Struct;
    readonly isRegistrationCommitted: boolean;
    readonly asRegistrationCommitted: {
      readonly commitment: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly isCommitmentCleared: boolean;
    readonly asCommitmentCleared: {
      readonly committer: AccountId32;
      readonly commitment: H256;
    } & Struct;
    readonly isContentHashReassigned: boolean;
    readonly asContentHashReassigned: {
      readonly contentHash: H256;
      readonly from: u64;
      readonly to: u64;
    } & Struct;
    readonly isDatasetHashAlreadyIndexed: boolean;
    readonly asDatasetHashAlreadyIndexed: {
      readonly assetId: u64;
      readonly contentHash: H256;
      readonly indexedAs: u64;
    } & Struct;
    readonly isUriSet: boolean;
    readonly asUriSet: {
      readonly assetId: u64;
      readonly uri: Bytes;
    } & Struct;
    readonly isAssetRetired: boolean;
    readonly asAssetRetired: {
      readonly assetId: u64;
      readonly depositReturned: u128;
    } & Struct;
    readonly isAssetFrozen: boolean;
    readonly asAssetFrozen: {
      readonly assetId: u64;
      readonly reason: Bytes;
    } & Struct;
    readonly isAssetUnfrozen: boolean;
    readonly asAssetUnfrozen: {
      readonly assetId: u64;
    } & Struct;
    readonly type: 'AssetRegistered' | 'OwnershipOffered' | 'OwnershipOfferWithdrawn' | 'OwnershipTransferred' | 'RegistrationCommitted' | 'CommitmentCleared' | 'ContentHashReassigned' | 'DatasetHashAlreadyIndexed' | 'UriSet' | 'AssetRetired' | 'AssetFrozen' | 'AssetUnfrozen';
  }

  /** @name PalletContributorAttributionEvent (135) */
  interface PalletContributorAttributionEvent extends Enum {
    readonly isContributionRecorded: boolean;
    readonly asContributionRecorded: {
      readonly assetId: u64;
      readonly contributor: AccountId32;
      readonly kind: LineagePrimitivesAttributionContributionKind;
      readonly points: u128;
      readonly source: LineagePrimitivesAttributionContributionSource;
    } & Struct;
    readonly isContributorPoolSet: boolean;
    readonly asContributorPoolSet: {
      readonly assetId: u64;
      readonly pool: Perbill;
    } & Struct;
    readonly isAssetSealed: boolean;
    readonly asAssetSealed: {
      readonly assetId: u64;
    } & Struct;
    readonly isDepositReclaimed: boolean;
    readonly asDepositReclaimed: {
      readonly assetId: u64;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly type: 'ContributionRecorded' | 'ContributorPoolSet' | 'AssetSealed' | 'DepositReclaimed';
  }

  /** @name LineagePrimitivesAttributionContributionSource (136) */
  interface LineagePrimitivesAttributionContributionSource extends Enum {
    readonly isOwner: boolean;
    readonly isLabellingTask: boolean;
    readonly asLabellingTask: u64;
    readonly type: 'Owner' | 'LabellingTask';
  }

  /** @name PalletRoyaltySplitEvent (137) */
  interface PalletRoyaltySplitEvent extends Enum {
    readonly isRevenuePaid: boolean;
    readonly asRevenuePaid: {
      readonly assetId: u64;
      readonly payer: AccountId32;
      readonly amount: u128;
      readonly protocolFee: u128;
      readonly toProvider: u128;
      readonly credits: Vec<LineagePrimitivesRevenueAssetCredit>;
    } & Struct;
    readonly isClaimed: boolean;
    readonly asClaimed: {
      readonly who: AccountId32;
      readonly assetId: u64;
      readonly asOwner: u128;
      readonly asContributor: u128;
    } & Struct;
    readonly type: 'RevenuePaid' | 'Claimed';
  }

  /** @name LineagePrimitivesRevenueAssetCredit (139) */
  interface LineagePrimitivesRevenueAssetCredit extends Struct {
    readonly asset: u64;
    readonly amount: u128;
    readonly toContributors: u128;
    readonly toOwner: u128;
  }

  /** @name PalletModelInvocationEvent (141) */
  interface PalletModelInvocationEvent extends Enum {
    readonly isOfferingSet: boolean;
    readonly asOfferingSet: {
      readonly model: u64;
      readonly provider: AccountId32;
      readonly pricePerCall: u128;
      readonly providerShare: Perbill;
      readonly timeout: u32;
      readonly terms: u32;
    } & Struct;
    readonly isTokenPricesSet: boolean;
    readonly asTokenPricesSet: {
      readonly model: u64;
      readonly per1kInput: u128;
      readonly per1kOutput: u128;
      readonly terms: u32;
    } & Struct;
    readonly isOfferingPaused: boolean;
    readonly asOfferingPaused: {
      readonly model: u64;
    } & Struct;
    readonly isOfferingResumed: boolean;
    readonly asOfferingResumed: {
      readonly model: u64;
    } & Struct;
    readonly isOfferingRemoved: boolean;
    readonly asOfferingRemoved: {
      readonly model: u64;
    } & Struct;
    readonly isInvocationRequested: boolean;
    readonly asInvocationRequested: {
      readonly id: u64;
      readonly model: u64;
      readonly caller: AccountId32;
      readonly price: u128;
      readonly inputHash: H256;
      readonly deadline: u32;
    } & Struct;
    readonly isInvocationSettled: boolean;
    readonly asInvocationSettled: {
      readonly id: u64;
      readonly model: u64;
      readonly provider: AccountId32;
      readonly outputHash: H256;
      readonly toProvider: u128;
      readonly protocolFee: u128;
      readonly toAncestors: u128;
      readonly toModel: u128;
    } & Struct;
    readonly isInvocationRefunded: boolean;
    readonly asInvocationRefunded: {
      readonly id: u64;
      readonly caller: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBatchItemFailed: boolean;
    readonly asBatchItemFailed: {
      readonly id: u64;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isReceiptPruned: boolean;
    readonly asReceiptPruned: {
      readonly id: u64;
    } & Struct;
    readonly isExpiryRefundFailed: boolean;
    readonly asExpiryRefundFailed: {
      readonly id: u64;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'OfferingSet' | 'TokenPricesSet' | 'OfferingPaused' | 'OfferingResumed' | 'OfferingRemoved' | 'InvocationRequested' | 'InvocationSettled' | 'InvocationRefunded' | 'BatchItemFailed' | 'ReceiptPruned' | 'ExpiryRefundFailed';
  }

  /** @name PalletDataLabellingTasksEvent (142) */
  interface PalletDataLabellingTasksEvent extends Enum {
    readonly isTaskCreated: boolean;
    readonly asTaskCreated: {
      readonly task: u64;
      readonly requester: AccountId32;
    } & Struct;
    readonly isItemsAdded: boolean;
    readonly asItemsAdded: {
      readonly task: u64;
      readonly first: u32;
      readonly count: u32;
      readonly held: u128;
    } & Struct;
    readonly isTaskOpened: boolean;
    readonly asTaskOpened: {
      readonly task: u64;
    } & Struct;
    readonly isLabelCommitted: boolean;
    readonly asLabelCommitted: {
      readonly task: u64;
      readonly item: u32;
      readonly labeller: AccountId32;
    } & Struct;
    readonly isLabelRevealed: boolean;
    readonly asLabelRevealed: {
      readonly task: u64;
      readonly item: u32;
      readonly labeller: AccountId32;
      readonly label: u8;
    } & Struct;
    readonly isItemResolved: boolean;
    readonly asItemResolved: {
      readonly task: u64;
      readonly item: u32;
      readonly outcome: PalletDataLabellingTasksItemOutcome;
    } & Struct;
    readonly isTieBreakSlotOpened: boolean;
    readonly asTieBreakSlotOpened: {
      readonly task: u64;
      readonly item: u32;
    } & Struct;
    readonly isTaskFinalised: boolean;
    readonly asTaskFinalised: {
      readonly task: u64;
      readonly dataset: Option<u64>;
      readonly acceptedItems: u32;
      readonly disputedItems: u32;
    } & Struct;
    readonly isTaskCancelled: boolean;
    readonly asTaskCancelled: {
      readonly task: u64;
    } & Struct;
    readonly isGoldFailed: boolean;
    readonly asGoldFailed: {
      readonly task: u64;
      readonly labeller: AccountId32;
      readonly correct: u32;
      readonly labelled: u32;
    } & Struct;
    readonly isItemReviewed: boolean;
    readonly asItemReviewed: {
      readonly task: u64;
      readonly item: u32;
      readonly reviewer: AccountId32;
      readonly label: u8;
      readonly accepted: bool;
    } & Struct;
    readonly isBondsSettled: boolean;
    readonly asBondsSettled: {
      readonly task: u64;
      readonly item: u32;
      readonly returned: u32;
      readonly slashed: u32;
    } & Struct;
    readonly isDatasetNotRegistered: boolean;
    readonly asDatasetNotRegistered: {
      readonly task: u64;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isCommitsEvicted: boolean;
    readonly asCommitsEvicted: {
      readonly task: u64;
      readonly item: u32;
      readonly evicted: u32;
    } & Struct;
    readonly isTaskCleared: boolean;
    readonly asTaskCleared: {
      readonly task: u64;
      readonly depositReturned: u128;
    } & Struct;
    readonly isItemReopened: boolean;
    readonly asItemReopened: {
      readonly task: u64;
      readonly item: u32;
    } & Struct;
    readonly isTaskExpired: boolean;
    readonly asTaskExpired: {
      readonly task: u64;
      readonly refunded: u128;
    } & Struct;
    readonly isRewardsClaimed: boolean;
    readonly asRewardsClaimed: {
      readonly task: u64;
      readonly claimer: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly type: 'TaskCreated' | 'ItemsAdded' | 'TaskOpened' | 'LabelCommitted' | 'LabelRevealed' | 'ItemResolved' | 'TieBreakSlotOpened' | 'TaskFinalised' | 'TaskCancelled' | 'GoldFailed' | 'ItemReviewed' | 'BondsSettled' | 'DatasetNotRegistered' | 'CommitsEvicted' | 'TaskCleared' | 'ItemReopened' | 'TaskExpired' | 'RewardsClaimed';
  }

  /** @name PalletDataLabellingTasksItemOutcome (143) */
  interface PalletDataLabellingTasksItemOutcome extends Enum {
    readonly isPending: boolean;
    readonly isUnderReview: boolean;
    readonly asUnderReview: u8;
    readonly isAccepted: boolean;
    readonly asAccepted: u8;
    readonly isDisputed: boolean;
    readonly isRejected: boolean;
    readonly type: 'Pending' | 'UnderReview' | 'Accepted' | 'Disputed' | 'Rejected';
  }

  /** @name PalletCallChannelsEvent (145) */
  interface PalletCallChannelsEvent extends Enum {
    readonly isChannelOpened: boolean;
    readonly asChannelOpened: {
      readonly channel: u64;
      readonly caller: AccountId32;
      readonly model: u64;
      readonly provider: AccountId32;
      readonly pricePerCall: u128;
      readonly tokenPrices: LineagePrimitivesChannelsTokenPrices;
      readonly deposit: u128;
      readonly expiresAt: u32;
    } & Struct;
    readonly isChannelToppedUp: boolean;
    readonly asChannelToppedUp: {
      readonly channel: u64;
      readonly amount: u128;
      readonly deposit: u128;
      readonly expiresAt: u32;
    } & Struct;
    readonly isChannelClaimed: boolean;
    readonly asChannelClaimed: {
      readonly channel: u64;
      readonly model: u64;
      readonly calls: u64;
      readonly amount: u128;
      readonly totalCalls: u64;
      readonly receiptsRoot: H256;
      readonly lastCall: Option<LineagePrimitivesChannelsCallReceipt>;
    } & Struct;
    readonly isClaimsSettled: boolean;
    readonly asClaimsSettled: {
      readonly model: u64;
      readonly provider: AccountId32;
      readonly channels: u32;
      readonly calls: u64;
      readonly amount: u128;
      readonly protocolFee: u128;
      readonly toProvider: u128;
      readonly toAncestors: u128;
      readonly toModel: u128;
    } & Struct;
    readonly isClaimFailed: boolean;
    readonly asClaimFailed: {
      readonly channel: u64;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isChannelCloseRequested: boolean;
    readonly asChannelCloseRequested: {
      readonly channel: u64;
      readonly claimableUntil: u32;
    } & Struct;
    readonly isChannelClosed: boolean;
    readonly asChannelClosed: {
      readonly channel: u64;
      readonly caller: AccountId32;
      readonly refunded: u128;
    } & Struct;
    readonly type: 'ChannelOpened' | 'ChannelToppedUp' | 'ChannelClaimed' | 'ClaimsSettled' | 'ClaimFailed' | 'ChannelCloseRequested' | 'ChannelClosed';
  }

  /** @name LineagePrimitivesChannelsTokenPrices (146) */
  interface LineagePrimitivesChannelsTokenPrices extends Struct {
    readonly per1kInput: u128;
    readonly per1kOutput: u128;
  }

  /** @name FrameSystemPhase (147) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (151) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (154) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (155) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (156) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (157) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (159) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (160) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (161) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (162) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (168) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name SpRuntimeBlakeTwo256 (169) */
  type SpRuntimeBlakeTwo256 = Null;

  /** @name SpRuntimeBlock (170) */
  interface SpRuntimeBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeHeader (171) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (176) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name PalletGrandpaStoredState (179) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (180) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (182) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletBalancesBalanceLock (184) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (185) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (188) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (191) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: LineageRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (194) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: LineageRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name LineageRuntimeRuntimeFreezeReason (195) */
  type LineageRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (197) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (199) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (200) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (201) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletSudoError (202) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletAssetRegistryAssetRecord (203) */
  interface PalletAssetRegistryAssetRecord extends Struct {
    readonly owner: AccountId32;
    readonly kind: LineagePrimitivesAssetsAssetKind;
    readonly contentHash: H256;
    readonly uri: Bytes;
    readonly licence: LineagePrimitivesAssetsLicence;
    readonly parents: Vec<ITuple<[u64, LineagePrimitivesAssetsRelation]>>;
    readonly registeredAt: u32;
    readonly status: LineagePrimitivesAssetsAssetStatus;
    readonly freezeReason: Option<Bytes>;
    readonly deposit: Option<u128>;
    readonly committedAt: Option<u32>;
  }

  /** @name LineagePrimitivesAssetsAssetStatus (204) */
  interface LineagePrimitivesAssetsAssetStatus extends Enum {
    readonly isActive: boolean;
    readonly isFrozen: boolean;
    readonly isRetired: boolean;
    readonly type: 'Active' | 'Frozen' | 'Retired';
  }

  /** @name PalletAssetRegistryCommitment (212) */
  interface PalletAssetRegistryCommitment extends Struct {
    readonly who: AccountId32;
    readonly at: u32;
    readonly deposit: u128;
  }

  /** @name PalletAssetRegistryError (215) */
  interface PalletAssetRegistryError extends Enum {
    readonly isUnknownAsset: boolean;
    readonly isDuplicateContentHash: boolean;
    readonly isUnknownParent: boolean;
    readonly isDuplicateParent: boolean;
    readonly isDerivativesNotAllowed: boolean;
    readonly isTooManyParents: boolean;
    readonly isTooManyAncestors: boolean;
    readonly isRoyaltyStackTooHigh: boolean;
    readonly isUriTooLong: boolean;
    readonly isNotOwner: boolean;
    readonly isAssetIsRetired: boolean;
    readonly isAssetIsFrozen: boolean;
    readonly isNotFrozen: boolean;
    readonly isInsufficientDeposit: boolean;
    readonly isAlreadyOwner: boolean;
    readonly isAssetIdOverflow: boolean;
    readonly isNoOwnershipOffer: boolean;
    readonly isNotOfferedToYou: boolean;
    readonly isDuplicateCommitment: boolean;
    readonly isUnknownCommitment: boolean;
    readonly isRevealTooEarly: boolean;
    readonly isRevealWindowPassed: boolean;
    readonly isCommitmentStillLive: boolean;
    readonly isHashMismatch: boolean;
    readonly isAlreadyIndexed: boolean;
    readonly type: 'UnknownAsset' | 'DuplicateContentHash' | 'UnknownParent' | 'DuplicateParent' | 'DerivativesNotAllowed' | 'TooManyParents' | 'TooManyAncestors' | 'RoyaltyStackTooHigh' | 'UriTooLong' | 'NotOwner' | 'AssetIsRetired' | 'AssetIsFrozen' | 'NotFrozen' | 'InsufficientDeposit' | 'AlreadyOwner' | 'AssetIdOverflow' | 'NoOwnershipOffer' | 'NotOfferedToYou' | 'DuplicateCommitment' | 'UnknownCommitment' | 'RevealTooEarly' | 'RevealWindowPassed' | 'CommitmentStillLive' | 'HashMismatch' | 'AlreadyIndexed';
  }

  /** @name PalletContributorAttributionContributorRecord (217) */
  interface PalletContributorAttributionContributorRecord extends Struct {
    readonly points: u128;
    readonly byKind: Vec<ITuple<[LineagePrimitivesAttributionContributionKind, u128]>>;
  }

  /** @name PalletContributorAttributionAssetTotals (221) */
  interface PalletContributorAttributionAssetTotals extends Struct {
    readonly points: u128;
    readonly contributors: u32;
  }

  /** @name PalletContributorAttributionRecordDeposit (222) */
  interface PalletContributorAttributionRecordDeposit extends Struct {
    readonly records: u32;
    readonly ticket: u128;
  }

  /** @name PalletContributorAttributionError (224) */
  interface PalletContributorAttributionError extends Enum {
    readonly isUnknownAsset: boolean;
    readonly isNotOwner: boolean;
    readonly isAssetIsRetired: boolean;
    readonly isAssetIsFrozen: boolean;
    readonly isContributorsSealed: boolean;
    readonly isAlreadySealed: boolean;
    readonly isZeroPoints: boolean;
    readonly isPointsOverflow: boolean;
    readonly isPoolCannotDecrease: boolean;
    readonly isPoolBelowFloor: boolean;
    readonly isInsufficientDeposit: boolean;
    readonly isAssetNotRetired: boolean;
    readonly isNoDeposit: boolean;
    readonly type: 'UnknownAsset' | 'NotOwner' | 'AssetIsRetired' | 'AssetIsFrozen' | 'ContributorsSealed' | 'AlreadySealed' | 'ZeroPoints' | 'PointsOverflow' | 'PoolCannotDecrease' | 'PoolBelowFloor' | 'InsufficientDeposit' | 'AssetNotRetired' | 'NoDeposit';
  }

  /** @name PalletRoyaltySplitAssetLedger (225) */
  interface PalletRoyaltySplitAssetLedger extends Struct {
    readonly accPerPoint: U256;
    readonly poolUnclaimed: u128;
    readonly totalEarned: u128;
  }

  /** @name PalletRoyaltySplitEarning (229) */
  interface PalletRoyaltySplitEarning extends Struct {
    readonly asOwner: u128;
    readonly contributorScaled: U256;
    readonly checkpoint: U256;
  }

  /** @name FrameSupportPalletId (230) */
  interface FrameSupportPalletId extends U8aFixed {}

  /** @name PalletRoyaltySplitError (231) */
  interface PalletRoyaltySplitError extends Enum {
    readonly isUnknownAsset: boolean;
    readonly isAssetIsFrozen: boolean;
    readonly isAssetIsRetired: boolean;
    readonly isZeroAmount: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isNothingToClaim: boolean;
    readonly isTooManyAncestors: boolean;
    readonly isOverflow: boolean;
    readonly isProviderShareTooHigh: boolean;
    readonly type: 'UnknownAsset' | 'AssetIsFrozen' | 'AssetIsRetired' | 'ZeroAmount' | 'InsufficientBalance' | 'NothingToClaim' | 'TooManyAncestors' | 'Overflow' | 'ProviderShareTooHigh';
  }

  /** @name PalletModelInvocationOffering (232) */
  interface PalletModelInvocationOffering extends Struct {
    readonly provider: AccountId32;
    readonly pricePerCall: u128;
    readonly tokenPrices: LineagePrimitivesChannelsTokenPrices;
    readonly providerShare: Perbill;
    readonly timeout: u32;
    readonly paused: bool;
    readonly depositor: AccountId32;
    readonly deposit: u128;
    readonly terms: u32;
  }

  /** @name PalletModelInvocationInvocation (234) */
  interface PalletModelInvocationInvocation extends Struct {
    readonly model: u64;
    readonly caller: AccountId32;
    readonly provider: AccountId32;
    readonly price: u128;
    readonly providerShare: Perbill;
    readonly inputHash: H256;
    readonly requestedAt: u32;
    readonly deadline: u32;
  }

  /** @name PalletModelInvocationReceipt (237) */
  interface PalletModelInvocationReceipt extends Struct {
    readonly model: u64;
    readonly caller: AccountId32;
    readonly provider: AccountId32;
    readonly price: u128;
    readonly inputHash: H256;
    readonly outputHash: H256;
    readonly requestedAt: u32;
    readonly settledAt: u32;
  }

  /** @name PalletModelInvocationTimer (239) */
  interface PalletModelInvocationTimer extends Enum {
    readonly isExpire: boolean;
    readonly isPrune: boolean;
    readonly type: 'Expire' | 'Prune';
  }

  /** @name PalletModelInvocationError (240) */
  interface PalletModelInvocationError extends Enum {
    readonly isUnknownAsset: boolean;
    readonly isNotOwner: boolean;
    readonly isNotAModel: boolean;
    readonly isAssetIsFrozen: boolean;
    readonly isAssetIsRetired: boolean;
    readonly isZeroPrice: boolean;
    readonly isTokenPricesUnchanged: boolean;
    readonly isPricedPerToken: boolean;
    readonly isTermsChanged: boolean;
    readonly isProviderShareTooHigh: boolean;
    readonly isBadTimeout: boolean;
    readonly isNoOffering: boolean;
    readonly isOfferingIsPaused: boolean;
    readonly isOfferingNotPaused: boolean;
    readonly isPriceAboveMax: boolean;
    readonly isTooManyOpenInvocations: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isInsufficientDeposit: boolean;
    readonly isUnknownInvocation: boolean;
    readonly isNotProvider: boolean;
    readonly isDeadlinePassed: boolean;
    readonly isDeadlineNotPassed: boolean;
    readonly isEmptyBatch: boolean;
    readonly isMixedModels: boolean;
    readonly isOverflow: boolean;
    readonly type: 'UnknownAsset' | 'NotOwner' | 'NotAModel' | 'AssetIsFrozen' | 'AssetIsRetired' | 'ZeroPrice' | 'TokenPricesUnchanged' | 'PricedPerToken' | 'TermsChanged' | 'ProviderShareTooHigh' | 'BadTimeout' | 'NoOffering' | 'OfferingIsPaused' | 'OfferingNotPaused' | 'PriceAboveMax' | 'TooManyOpenInvocations' | 'InsufficientBalance' | 'InsufficientDeposit' | 'UnknownInvocation' | 'NotProvider' | 'DeadlinePassed' | 'DeadlineNotPassed' | 'EmptyBatch' | 'MixedModels' | 'Overflow';
  }

  /** @name PalletDataLabellingTasksTaskRecord (241) */
  interface PalletDataLabellingTasksTaskRecord extends Struct {
    readonly requester: AccountId32;
    readonly status: PalletDataLabellingTasksTaskStatus;
    readonly classes: Vec<Bytes>;
    readonly labelsPerItem: u32;
    readonly rewardPerLabel: u128;
    readonly labelBond: u128;
    readonly commitDeadline: u32;
    readonly deadline: u32;
    readonly commitReveal: bool;
    readonly licence: LineagePrimitivesAssetsLicence;
    readonly contributorPool: Perbill;
    readonly minReputation: i32;
    readonly goldCommitment: Option<H256>;
    readonly minGoldAccuracy: Percent;
    readonly review: Option<PalletDataLabellingTasksReviewSpec>;
    readonly itemCount: u32;
    readonly labels: u32;
    readonly escrow: u128;
    readonly owed: u128;
    readonly dataset: Option<u64>;
    readonly deposit: u128;
  }

  /** @name PalletDataLabellingTasksTaskStatus (243) */
  interface PalletDataLabellingTasksTaskStatus extends Enum {
    readonly isDraft: boolean;
    readonly isOpen: boolean;
    readonly isFinalised: boolean;
    readonly isCancelled: boolean;
    readonly isExpired: boolean;
    readonly type: 'Draft' | 'Open' | 'Finalised' | 'Cancelled' | 'Expired';
  }

  /** @name PalletDataLabellingTasksItem (245) */
  interface PalletDataLabellingTasksItem extends Struct {
    readonly contentHash: H256;
    readonly votes: Vec<ITuple<[AccountId32, PalletDataLabellingTasksVote]>>;
    readonly slots: u32;
    readonly outcome: PalletDataLabellingTasksItemOutcome;
    readonly round: u32;
    readonly excluded: Vec<AccountId32>;
    readonly fullSince: Option<u32>;
  }

  /** @name PalletDataLabellingTasksVote (248) */
  interface PalletDataLabellingTasksVote extends Enum {
    readonly isCommitted: boolean;
    readonly asCommitted: H256;
    readonly isRevealed: boolean;
    readonly asRevealed: u8;
    readonly type: 'Committed' | 'Revealed';
  }

  /** @name PalletDataLabellingTasksEarned (252) */
  interface PalletDataLabellingTasksEarned extends Struct {
    readonly labels: u32;
    readonly reviews: u32;
    readonly amount: u128;
  }

  /** @name PalletDataLabellingTasksError (253) */
  interface PalletDataLabellingTasksError extends Enum {
    readonly isUnknownTask: boolean;
    readonly isUnknownItem: boolean;
    readonly isNotRequester: boolean;
    readonly isWrongPhase: boolean;
    readonly isBadClassCount: boolean;
    readonly isBadLabelsPerItem: boolean;
    readonly isZeroReward: boolean;
    readonly isBadDeadline: boolean;
    readonly isTooManyItems: boolean;
    readonly isBadItemCount: boolean;
    readonly isBadItemLength: boolean;
    readonly isNoItems: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isInsufficientDeposit: boolean;
    readonly isDeadlinePassed: boolean;
    readonly isAlreadyLabelled: boolean;
    readonly isItemFull: boolean;
    readonly isItemAlreadyResolved: boolean;
    readonly isCommitRevealRequired: boolean;
    readonly isCommitRevealNotUsed: boolean;
    readonly isNotALabeller: boolean;
    readonly isRevealTooEarly: boolean;
    readonly isRevealMismatch: boolean;
    readonly isLabelOutOfRange: boolean;
    readonly isHasLabels: boolean;
    readonly isRequesterGracePeriod: boolean;
    readonly isTooEarly: boolean;
    readonly isNothingToClaim: boolean;
    readonly isTooManyTasks: boolean;
    readonly isInsufficientReputation: boolean;
    readonly isInsufficientBond: boolean;
    readonly isNothingToEvict: boolean;
    readonly isBadGoldAnswers: boolean;
    readonly isGoldMismatch: boolean;
    readonly isNoGold: boolean;
    readonly isNoReview: boolean;
    readonly isNotUnderReview: boolean;
    readonly isCannotReviewOwnItem: boolean;
    readonly isOverflow: boolean;
    readonly type: 'UnknownTask' | 'UnknownItem' | 'NotRequester' | 'WrongPhase' | 'BadClassCount' | 'BadLabelsPerItem' | 'ZeroReward' | 'BadDeadline' | 'TooManyItems' | 'BadItemCount' | 'BadItemLength' | 'NoItems' | 'InsufficientBalance' | 'InsufficientDeposit' | 'DeadlinePassed' | 'AlreadyLabelled' | 'ItemFull' | 'ItemAlreadyResolved' | 'CommitRevealRequired' | 'CommitRevealNotUsed' | 'NotALabeller' | 'RevealTooEarly' | 'RevealMismatch' | 'LabelOutOfRange' | 'HasLabels' | 'RequesterGracePeriod' | 'TooEarly' | 'NothingToClaim' | 'TooManyTasks' | 'InsufficientReputation' | 'InsufficientBond' | 'NothingToEvict' | 'BadGoldAnswers' | 'GoldMismatch' | 'NoGold' | 'NoReview' | 'NotUnderReview' | 'CannotReviewOwnItem' | 'Overflow';
  }

  /** @name PalletCallChannelsChannel (254) */
  interface PalletCallChannelsChannel extends Struct {
    readonly caller: AccountId32;
    readonly model: u64;
    readonly provider: AccountId32;
    readonly pricePerCall: u128;
    readonly tokenPrices: LineagePrimitivesChannelsTokenPrices;
    readonly providerShare: Perbill;
    readonly terms: u32;
    readonly deposit: u128;
    readonly claimed: u128;
    readonly claimedCalls: u64;
    readonly receiptsRoot: H256;
    readonly openedAt: u32;
    readonly expiresAt: u32;
    readonly closingUntil: Option<u32>;
    readonly record: u128;
  }

  /** @name PalletCallChannelsError (256) */
  interface PalletCallChannelsError extends Enum {
    readonly isUnknownAsset: boolean;
    readonly isAssetIsFrozen: boolean;
    readonly isAssetIsRetired: boolean;
    readonly isNoOffering: boolean;
    readonly isOfferingIsPaused: boolean;
    readonly isTermsChanged: boolean;
    readonly isDepositBelowPrice: boolean;
    readonly isBadExpiry: boolean;
    readonly isTooManyChannels: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isInsufficientDeposit: boolean;
    readonly isUnknownChannel: boolean;
    readonly isNotCaller: boolean;
    readonly isWrongChannel: boolean;
    readonly isWrongChain: boolean;
    readonly isBadSignature: boolean;
    readonly isStaleVoucher: boolean;
    readonly isAboveTerms: boolean;
    readonly isOverDeposit: boolean;
    readonly isReserveAboveAmount: boolean;
    readonly isNotPricedPerToken: boolean;
    readonly isWrongLastCall: boolean;
    readonly isWrongCharge: boolean;
    readonly isNotProvider: boolean;
    readonly isLastCallClaimed: boolean;
    readonly isClaimWindowOver: boolean;
    readonly isChannelClosing: boolean;
    readonly isAlreadyClosing: boolean;
    readonly isCloseTooEarly: boolean;
    readonly isNothingToTopUp: boolean;
    readonly isEmptyBatch: boolean;
    readonly isMixedModels: boolean;
    readonly isMixedTerms: boolean;
    readonly isOverflow: boolean;
    readonly type: 'UnknownAsset' | 'AssetIsFrozen' | 'AssetIsRetired' | 'NoOffering' | 'OfferingIsPaused' | 'TermsChanged' | 'DepositBelowPrice' | 'BadExpiry' | 'TooManyChannels' | 'InsufficientBalance' | 'InsufficientDeposit' | 'UnknownChannel' | 'NotCaller' | 'WrongChannel' | 'WrongChain' | 'BadSignature' | 'StaleVoucher' | 'AboveTerms' | 'OverDeposit' | 'ReserveAboveAmount' | 'NotPricedPerToken' | 'WrongLastCall' | 'WrongCharge' | 'NotProvider' | 'LastCallClaimed' | 'ClaimWindowOver' | 'ChannelClosing' | 'AlreadyClosing' | 'CloseTooEarly' | 'NothingToTopUp' | 'EmptyBatch' | 'MixedModels' | 'MixedTerms' | 'Overflow';
  }

  /** @name SpRuntimeBlockLazyBlock (257) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (260) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name FrameSupportViewFunctionsViewFunctionId (264) */
  interface FrameSupportViewFunctionsViewFunctionId extends Struct {
    readonly prefix: U8aFixed;
    readonly suffix: U8aFixed;
  }

  /** @name FrameSupportViewFunctionsViewFunctionDispatchError (267) */
  interface FrameSupportViewFunctionsViewFunctionDispatchError extends Enum {
    readonly isNotImplemented: boolean;
    readonly isNotFound: boolean;
    readonly asNotFound: FrameSupportViewFunctionsViewFunctionId;
    readonly isCodec: boolean;
    readonly type: 'NotImplemented' | 'NotFound' | 'Codec';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (269) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (270) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (271) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (272) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (276) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (277) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (279) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (282) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name SpCoreCryptoKeyTypeId (286) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (290) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (291) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (293) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name LineagePrimitivesRuntimeApiAssetView (295) */
  interface LineagePrimitivesRuntimeApiAssetView extends Struct {
    readonly id: u64;
    readonly owner: AccountId32;
    readonly kind: LineagePrimitivesAssetsAssetKind;
    readonly contentHash: H256;
    readonly uri: Bytes;
    readonly licence: LineagePrimitivesAssetsLicence;
    readonly parents: Vec<ITuple<[u64, LineagePrimitivesAssetsRelation]>>;
    readonly registeredAt: u32;
    readonly status: LineagePrimitivesAssetsAssetStatus;
    readonly freezeReason: Option<Bytes>;
    readonly committedAt: Option<u32>;
  }

  /** @name LineagePrimitivesRuntimeApiContributorView (297) */
  interface LineagePrimitivesRuntimeApiContributorView extends Struct {
    readonly who: AccountId32;
    readonly points: u128;
    readonly byKind: Vec<ITuple<[LineagePrimitivesAttributionContributionKind, u128]>>;
  }

  /** @name LineagePrimitivesRevenueRevenueBreakdown (301) */
  interface LineagePrimitivesRevenueRevenueBreakdown extends Struct {
    readonly asset: u64;
    readonly amount: u128;
    readonly protocolFee: u128;
    readonly toProvider: u128;
    readonly credits: Vec<LineagePrimitivesRevenueAssetCredit>;
  }

  /** @name LineagePrimitivesRuntimeApiClaimableView (303) */
  interface LineagePrimitivesRuntimeApiClaimableView extends Struct {
    readonly asset: u64;
    readonly asOwner: u128;
    readonly asContributor: u128;
    readonly locked: bool;
  }

  /** @name LineagePrimitivesRuntimeApiOfferingView (309) */
  interface LineagePrimitivesRuntimeApiOfferingView extends Struct {
    readonly provider: AccountId32;
    readonly pricePerCall: u128;
    readonly tokenPrices: LineagePrimitivesChannelsTokenPrices;
    readonly providerShare: Perbill;
    readonly timeout: u32;
    readonly paused: bool;
    readonly terms: u32;
  }

  /** @name LineagePrimitivesRuntimeApiInvocationView (311) */
  interface LineagePrimitivesRuntimeApiInvocationView extends Struct {
    readonly id: u64;
    readonly model: u64;
    readonly caller: AccountId32;
    readonly provider: AccountId32;
    readonly price: u128;
    readonly inputHash: H256;
    readonly outputHash: Option<H256>;
    readonly requestedAt: u32;
    readonly deadline: u32;
    readonly settledAt: Option<u32>;
  }

  /** @name LineagePrimitivesRuntimeApiChannelView (314) */
  interface LineagePrimitivesRuntimeApiChannelView extends Struct {
    readonly id: u64;
    readonly caller: AccountId32;
    readonly model: u64;
    readonly provider: AccountId32;
    readonly pricePerCall: u128;
    readonly tokenPrices: LineagePrimitivesChannelsTokenPrices;
    readonly providerShare: Perbill;
    readonly terms: u32;
    readonly deposit: u128;
    readonly claimed: u128;
    readonly claimedCalls: u64;
    readonly receiptsRoot: H256;
    readonly openedAt: u32;
    readonly expiresAt: u32;
    readonly closingUntil: Option<u32>;
    readonly claimable: bool;
  }

  /** @name LineageRuntimeRuntimeError (319) */
  interface LineageRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isSudo: boolean;
    readonly asSudo: PalletSudoError;
    readonly isAssetRegistry: boolean;
    readonly asAssetRegistry: PalletAssetRegistryError;
    readonly isContributorAttribution: boolean;
    readonly asContributorAttribution: PalletContributorAttributionError;
    readonly isRoyaltySplit: boolean;
    readonly asRoyaltySplit: PalletRoyaltySplitError;
    readonly isModelInvocation: boolean;
    readonly asModelInvocation: PalletModelInvocationError;
    readonly isDataLabellingTasks: boolean;
    readonly asDataLabellingTasks: PalletDataLabellingTasksError;
    readonly isCallChannels: boolean;
    readonly asCallChannels: PalletCallChannelsError;
    readonly type: 'System' | 'Grandpa' | 'Balances' | 'Sudo' | 'AssetRegistry' | 'ContributorAttribution' | 'RoyaltySplit' | 'ModelInvocation' | 'DataLabellingTasks' | 'CallChannels';
  }

} // declare module
