// Generated from a Lineage node's metadata by `npm run typegen` in client/ (scripts/typegen.mjs); do not edit.
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, Vec, bool, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256, Perbill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, LineagePrimitivesAssetsAssetKind, LineagePrimitivesAttributionContributionKind, LineagePrimitivesAttributionContributionSource, LineagePrimitivesChannelsCallReceipt, LineagePrimitivesChannelsTokenPrices, LineagePrimitivesRevenueAssetCredit, LineageRuntimeRuntimeHoldReason, PalletBalancesUnexpectedKind, PalletDataLabellingTasksItemOutcome, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    assetRegistry: {
      /**
       * Governance froze an asset.
       **/
      AssetFrozen: AugmentedEvent<ApiType, [assetId: u64, reason: Bytes], { assetId: u64, reason: Bytes }>;
      /**
       * An asset was registered.
       **/
      AssetRegistered: AugmentedEvent<ApiType, [assetId: u64, owner: AccountId32, kind: LineagePrimitivesAssetsAssetKind, contentHash: H256], { assetId: u64, owner: AccountId32, kind: LineagePrimitivesAssetsAssetKind, contentHash: H256 }>;
      /**
       * An asset was retired by its owner and its deposit returned.
       **/
      AssetRetired: AugmentedEvent<ApiType, [assetId: u64, depositReturned: u128], { assetId: u64, depositReturned: u128 }>;
      /**
       * Governance unfroze an asset.
       **/
      AssetUnfrozen: AugmentedEvent<ApiType, [assetId: u64], { assetId: u64 }>;
      /**
       * An unrevealed commitment was cleared and its deposit returned.
       **/
      CommitmentCleared: AugmentedEvent<ApiType, [committer: AccountId32, commitment: H256], { committer: AccountId32, commitment: H256 }>;
      /**
       * A content hash's index now points at another asset: an earlier commitment's reveal
       * took it over, or governance reassigned it.
       **/
      ContentHashReassigned: AugmentedEvent<ApiType, [contentHash: H256, from: u64, to: u64], { contentHash: H256, from: u64, to: u64 }>;
      /**
       * A dataset registered by another pallet carries a hash that another asset registered
       * first: the dataset is recorded, the index keeps pointing at the earlier asset
       * (governance can reassign it).
       **/
      DatasetHashAlreadyIndexed: AugmentedEvent<ApiType, [assetId: u64, contentHash: H256, indexedAs: u64], { assetId: u64, contentHash: H256, indexedAs: u64 }>;
      /**
       * An owner offered an asset to another account, which may accept it.
       **/
      OwnershipOffered: AugmentedEvent<ApiType, [assetId: u64, owner: AccountId32, to: AccountId32], { assetId: u64, owner: AccountId32, to: AccountId32 }>;
      /**
       * An owner withdrew its ownership offer.
       **/
      OwnershipOfferWithdrawn: AugmentedEvent<ApiType, [assetId: u64], { assetId: u64 }>;
      /**
       * An asset changed hands: the new owner accepted and holds the deposit now.
       **/
      OwnershipTransferred: AugmentedEvent<ApiType, [assetId: u64, from: AccountId32, to: AccountId32], { assetId: u64, from: AccountId32, to: AccountId32 }>;
      /**
       * An account committed to registering a hash (the hash itself stays hidden).
       **/
      RegistrationCommitted: AugmentedEvent<ApiType, [commitment: H256, who: AccountId32], { commitment: H256, who: AccountId32 }>;
      /**
       * An asset's URI changed.
       **/
      UriSet: AugmentedEvent<ApiType, [assetId: u64, uri: Bytes], { assetId: u64, uri: Bytes }>;
    };
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: LineageRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: LineageRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: LineageRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: LineageRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: LineageRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: LineageRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: LineageRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: LineageRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: LineageRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: LineageRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
    };
    callChannels: {
      /**
       * A voucher was claimed: the calls and amount it covered beyond the last claim.
       **/
      ChannelClaimed: AugmentedEvent<ApiType, [channel: u64, model: u64, calls: u64, amount: u128, totalCalls: u64, receiptsRoot: H256, lastCall: Option<LineagePrimitivesChannelsCallReceipt>], { channel: u64, model: u64, calls: u64, amount: u128, totalCalls: u64, receiptsRoot: H256, lastCall: Option<LineagePrimitivesChannelsCallReceipt> }>;
      /**
       * A channel closed: what was not claimed went back to the caller, with the record's
       * deposit.
       **/
      ChannelClosed: AugmentedEvent<ApiType, [channel: u64, caller: AccountId32, refunded: u128], { channel: u64, caller: AccountId32, refunded: u128 }>;
      /**
       * The caller asked to close a channel: the provider can claim until `claimable_until`.
       **/
      ChannelCloseRequested: AugmentedEvent<ApiType, [channel: u64, claimableUntil: u32], { channel: u64, claimableUntil: u32 }>;
      /**
       * A channel opened: the provider can serve calls against it now.
       **/
      ChannelOpened: AugmentedEvent<ApiType, [channel: u64, caller: AccountId32, model: u64, provider: AccountId32, pricePerCall: u128, tokenPrices: LineagePrimitivesChannelsTokenPrices, deposit: u128, expiresAt: u32], { channel: u64, caller: AccountId32, model: u64, provider: AccountId32, pricePerCall: u128, tokenPrices: LineagePrimitivesChannelsTokenPrices, deposit: u128, expiresAt: u32 }>;
      /**
       * A caller added funds to a channel or extended it.
       **/
      ChannelToppedUp: AugmentedEvent<ApiType, [channel: u64, amount: u128, deposit: u128, expiresAt: u32], { channel: u64, amount: u128, deposit: u128, expiresAt: u32 }>;
      /**
       * A voucher of a `claim_batch` was refused; the others went ahead.
       **/
      ClaimFailed: AugmentedEvent<ApiType, [channel: u64, error: SpRuntimeDispatchError], { channel: u64, error: SpRuntimeDispatchError }>;
      /**
       * Claims were paid into a model: the whole amount once, split along its lineage.
       **/
      ClaimsSettled: AugmentedEvent<ApiType, [model: u64, provider: AccountId32, channels: u32, calls: u64, amount: u128, protocolFee: u128, toProvider: u128, toAncestors: u128, toModel: u128], { model: u64, provider: AccountId32, channels: u32, calls: u64, amount: u128, protocolFee: u128, toProvider: u128, toAncestors: u128, toModel: u128 }>;
    };
    contributorAttribution: {
      /**
       * The owner ended manual recording for an asset.
       **/
      AssetSealed: AugmentedEvent<ApiType, [assetId: u64], { assetId: u64 }>;
      /**
       * Points were recorded for a contributor.
       **/
      ContributionRecorded: AugmentedEvent<ApiType, [assetId: u64, contributor: AccountId32, kind: LineagePrimitivesAttributionContributionKind, points: u128, source: LineagePrimitivesAttributionContributionSource], { assetId: u64, contributor: AccountId32, kind: LineagePrimitivesAttributionContributionKind, points: u128, source: LineagePrimitivesAttributionContributionSource }>;
      /**
       * An asset's contributor pool was set.
       **/
      ContributorPoolSet: AugmentedEvent<ApiType, [assetId: u64, pool: Perbill], { assetId: u64, pool: Perbill }>;
      /**
       * A depositor took back the deposits of a retired asset's records.
       **/
      DepositReclaimed: AugmentedEvent<ApiType, [assetId: u64, who: AccountId32, amount: u128], { assetId: u64, who: AccountId32, amount: u128 }>;
    };
    dataLabellingTasks: {
      /**
       * The label bonds of an item's labellers were settled: `returned` of them came back,
       * `slashed` went to the treasury (labels that lost the plurality, were never revealed, or
       * whose labeller failed the gold check).
       **/
      BondsSettled: AugmentedEvent<ApiType, [task: u64, item: u32, returned: u32, slashed: u32], { task: u64, item: u32, returned: u32, slashed: u32 }>;
      /**
       * Unrevealed commits whose reveal window passed were evicted from an item: their bonds
       * were slashed and their slots freed.
       **/
      CommitsEvicted: AugmentedEvent<ApiType, [task: u64, item: u32, evicted: u32], { task: u64, item: u32, evicted: u32 }>;
      /**
       * A task finalised without a dataset because its registration failed (e.g. the
       * requester could not cover the dataset's deposit); rewards are claimable as usual.
       **/
      DatasetNotRegistered: AugmentedEvent<ApiType, [task: u64, error: SpRuntimeDispatchError], { task: u64, error: SpRuntimeDispatchError }>;
      /**
       * A labeller's accuracy on gold items was too low: their labels were dropped and their
       * rewards went to the treasury.
       **/
      GoldFailed: AugmentedEvent<ApiType, [task: u64, labeller: AccountId32, correct: u32, labelled: u32], { task: u64, labeller: AccountId32, correct: u32, labelled: u32 }>;
      /**
       * A rejected item was reopened for new labellers.
       **/
      ItemReopened: AugmentedEvent<ApiType, [task: u64, item: u32], { task: u64, item: u32 }>;
      /**
       * An item's labels were aggregated.
       **/
      ItemResolved: AugmentedEvent<ApiType, [task: u64, item: u32, outcome: PalletDataLabellingTasksItemOutcome], { task: u64, item: u32, outcome: PalletDataLabellingTasksItemOutcome }>;
      /**
       * A reviewer accepted or rejected an item's aggregated label.
       **/
      ItemReviewed: AugmentedEvent<ApiType, [task: u64, item: u32, reviewer: AccountId32, label: u8, accepted: bool], { task: u64, item: u32, reviewer: AccountId32, label: u8, accepted: bool }>;
      /**
       * Items were added and their budget held.
       **/
      ItemsAdded: AugmentedEvent<ApiType, [task: u64, first: u32, count: u32, held: u128], { task: u64, first: u32, count: u32, held: u128 }>;
      /**
       * A labeller committed to a label.
       **/
      LabelCommitted: AugmentedEvent<ApiType, [task: u64, item: u32, labeller: AccountId32], { task: u64, item: u32, labeller: AccountId32 }>;
      /**
       * A label was revealed or submitted.
       **/
      LabelRevealed: AugmentedEvent<ApiType, [task: u64, item: u32, labeller: AccountId32, label: u8], { task: u64, item: u32, labeller: AccountId32, label: u8 }>;
      /**
       * A labeller's or reviewer's rewards were paid (claimed, or paid out by `clear_task`).
       **/
      RewardsClaimed: AugmentedEvent<ApiType, [task: u64, claimer: AccountId32, amount: u128], { task: u64, claimer: AccountId32, amount: u128 }>;
      /**
       * The task was cancelled and everything refunded.
       **/
      TaskCancelled: AugmentedEvent<ApiType, [task: u64], { task: u64 }>;
      /**
       * A finished task was deleted and its deposit returned to the requester.
       **/
      TaskCleared: AugmentedEvent<ApiType, [task: u64, depositReturned: u128], { task: u64, depositReturned: u128 }>;
      /**
       * A task was created in Draft.
       **/
      TaskCreated: AugmentedEvent<ApiType, [task: u64, requester: AccountId32], { task: u64, requester: AccountId32 }>;
      /**
       * The deadline passed before the task produced a dataset: `refunded` went back to the
       * requester.
       **/
      TaskExpired: AugmentedEvent<ApiType, [task: u64, refunded: u128], { task: u64, refunded: u128 }>;
      /**
       * The task was finalised: the dataset is registered and rewards are claimable.
       **/
      TaskFinalised: AugmentedEvent<ApiType, [task: u64, dataset: Option<u64>, acceptedItems: u32, disputedItems: u32], { task: u64, dataset: Option<u64>, acceptedItems: u32, disputedItems: u32 }>;
      /**
       * The task takes labels.
       **/
      TaskOpened: AugmentedEvent<ApiType, [task: u64], { task: u64 }>;
      /**
       * A tie opened one more labeller slot on an item.
       **/
      TieBreakSlotOpened: AugmentedEvent<ApiType, [task: u64, item: u32], { task: u64, item: u32 }>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
    };
    modelInvocation: {
      /**
       * One call of a `complete_batch` could not be settled; the others were.
       **/
      BatchItemFailed: AugmentedEvent<ApiType, [id: u64, error: SpRuntimeDispatchError], { id: u64, error: SpRuntimeDispatchError }>;
      /**
       * `on_idle` could not refund an expired call: it stays open, and `refund` returns its
       * escrow by hand.
       **/
      ExpiryRefundFailed: AugmentedEvent<ApiType, [id: u64, error: SpRuntimeDispatchError], { id: u64, error: SpRuntimeDispatchError }>;
      /**
       * A call passed its deadline and its escrow went back to the caller.
       **/
      InvocationRefunded: AugmentedEvent<ApiType, [id: u64, caller: AccountId32, amount: u128], { id: u64, caller: AccountId32, amount: u128 }>;
      /**
       * A caller paid for a call; the provider should pick it up.
       **/
      InvocationRequested: AugmentedEvent<ApiType, [id: u64, model: u64, caller: AccountId32, price: u128, inputHash: H256, deadline: u32], { id: u64, model: u64, caller: AccountId32, price: u128, inputHash: H256, deadline: u32 }>;
      /**
       * A call was completed and its price settled: `to_provider` to the provider, the rest
       * into the model (`protocol_fee`, `to_ancestors`, `to_model`).
       **/
      InvocationSettled: AugmentedEvent<ApiType, [id: u64, model: u64, provider: AccountId32, outputHash: H256, toProvider: u128, protocolFee: u128, toAncestors: u128, toModel: u128], { id: u64, model: u64, provider: AccountId32, outputHash: H256, toProvider: u128, protocolFee: u128, toAncestors: u128, toModel: u128 }>;
      /**
       * A model's offering stopped taking new calls.
       **/
      OfferingPaused: AugmentedEvent<ApiType, [model: u64], { model: u64 }>;
      /**
       * A model's offering was removed and its deposit returned.
       **/
      OfferingRemoved: AugmentedEvent<ApiType, [model: u64], { model: u64 }>;
      /**
       * A model's offering takes calls again.
       **/
      OfferingResumed: AugmentedEvent<ApiType, [model: u64], { model: u64 }>;
      /**
       * A model's offering was set or changed.
       **/
      OfferingSet: AugmentedEvent<ApiType, [model: u64, provider: AccountId32, pricePerCall: u128, providerShare: Perbill, timeout: u32, terms: u32], { model: u64, provider: AccountId32, pricePerCall: u128, providerShare: Perbill, timeout: u32, terms: u32 }>;
      /**
       * A receipt's retention period ended and it was deleted.
       **/
      ReceiptPruned: AugmentedEvent<ApiType, [id: u64], { id: u64 }>;
      /**
       * A model's offering was priced per token (or per call only again, both zero), as a
       * new version of its terms.
       **/
      TokenPricesSet: AugmentedEvent<ApiType, [model: u64, per1kInput: u128, per1kOutput: u128, terms: u32], { model: u64, per1kInput: u128, per1kOutput: u128, terms: u32 }>;
    };
    royaltySplit: {
      /**
       * An account claimed its earnings from an asset.
       **/
      Claimed: AugmentedEvent<ApiType, [who: AccountId32, assetId: u64, asOwner: u128, asContributor: u128], { who: AccountId32, assetId: u64, asOwner: u128, asContributor: u128 }>;
      /**
       * Revenue was paid into an asset and split. `credits` lists the asset's own credit
       * first, then its ancestors'; the fee, `to_provider` (for a model call) and the credits
       * add up to `amount`.
       **/
      RevenuePaid: AugmentedEvent<ApiType, [assetId: u64, payer: AccountId32, amount: u128, protocolFee: u128, toProvider: u128, credits: Vec<LineagePrimitivesRevenueAssetCredit>], { assetId: u64, payer: AccountId32, amount: u128, protocolFee: u128, toProvider: u128, credits: Vec<LineagePrimitivesRevenueAssetCredit> }>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
    };
  } // AugmentedEvents
} // declare module
