// Generated from a Lineage node's metadata by `npm run typegen` in client/ (scripts/typegen.mjs); do not edit.
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/submittable';

import type { ApiTypes, AugmentedSubmittable, SubmittableExtrinsic, SubmittableExtrinsicFunction } from '@polkadot/api-base/types';
import type { Bytes, Compact, Option, Vec, bool, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Call, H256, MultiAddress, Perbill } from '@polkadot/types/interfaces/runtime';
import type { LineagePrimitivesAssetsAssetKind, LineagePrimitivesAssetsLicence, LineagePrimitivesAssetsRelation, LineagePrimitivesAttributionContributionKind, LineagePrimitivesChannelsCallReceipt, LineagePrimitivesChannelsVoucher, PalletBalancesAdjustmentDirection, PalletCallChannelsSignedVoucher, PalletDataLabellingTasksGoldReveal, PalletDataLabellingTasksItemInput, PalletDataLabellingTasksTaskSpec, SpConsensusGrandpaEquivocationProof, SpCoreVoid, SpRuntimeMultiSignature, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedSubmittable = AugmentedSubmittable<() => unknown>;
export type __SubmittableExtrinsic<ApiType extends ApiTypes> = SubmittableExtrinsic<ApiType>;
export type __SubmittableExtrinsicFunction<ApiType extends ApiTypes> = SubmittableExtrinsicFunction<ApiType>;

declare module '@polkadot/api-base/types/submittable' {
  interface AugmentedSubmittables<ApiType extends ApiTypes> {
    assetRegistry: {
      /**
       * Accept an asset offered to you: you hold its deposit from now on, the previous owner's
       * is released.
       * 
       * Emits `OwnershipTransferred`.
       **/
      acceptOwnership: AugmentedSubmittable<(assetId: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Remove `committer`'s unrevealed `commitment` and return its deposit to `committer`:
       * the committer at any time, anyone once its reveal window has passed.
       * 
       * Emits `CommitmentCleared`.
       **/
      clearCommitment: AugmentedSubmittable<(committer: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, commitment: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, H256]>;
      /**
       * Commit to registering a content hash without revealing it:
       * `commitment = blake2_256(SCALE((content_hash, owner, salt)))`. Holds
       * `CommitmentDeposit` until the commitment is revealed (`register_asset` with the salt)
       * or cleared.
       * 
       * Emits `RegistrationCommitted`.
       **/
      commitRegistration: AugmentedSubmittable<(commitment: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Governance: freeze an asset, giving a reason. A frozen asset cannot be invoked, paid
       * into, or have its earnings claimed, but keeps accruing its upstream shares.
       * 
       * Emits `AssetFrozen`.
       **/
      freeze: AugmentedSubmittable<(assetId: u64 | AnyNumber | Uint8Array, reason: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Bytes]>;
      /**
       * Offer an asset you own to `new_owner`. Nothing moves until `new_owner` calls
       * `accept_ownership` (and holds the deposit itself); a new offer replaces the previous
       * one, and `withdraw_ownership_offer` cancels it.
       * 
       * Emits `OwnershipOffered`.
       **/
      offerOwnership: AugmentedSubmittable<(assetId: u64 | AnyNumber | Uint8Array, newOwner: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, MultiAddress]>;
      /**
       * Governance: point `content_hash`'s index at `asset_id` (which must carry that hash),
       * after a dispute over who registered it first.
       * 
       * Emits `ContentHashReassigned`.
       **/
      reassignHash: AugmentedSubmittable<(contentHash: H256 | string | Uint8Array, assetId: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256, u64]>;
      /**
       * Register an AI asset you own.
       * 
       * - `kind`: dataset, model or agent.
       * - `content_hash`: blake2-256 of the artefact; the first registration of a hash wins.
       * - `uri`: where the bytes live off-chain (at most `MaxUriLen` bytes).
       * - `licence`: commercial use, whether derivatives are allowed, and the royalty every
       * direct derivative owes this asset. Fixed for good.
       * - `parents`: the assets this one comes from and how (at most `MaxParents`, none retired,
       * each allowing derivatives).
       * - `salt`: `None` for a plain registration (fails if the hash is registered); or the salt
       * of your earlier `commit_registration`, revealed after its block and within
       * `RevealWindow`: the earliest commitment owns the hash, even over a registration made
       * in a later block than its commitment (not the same block: a commitment there may have
       * copied a registration seen in the pool).
       * 
       * Holds a deposit of `AssetDeposit + ByteDeposit × uri bytes + ParentDeposit × parents`.
       * Emits `AssetRegistered`.
       **/
      registerAsset: AugmentedSubmittable<(kind: LineagePrimitivesAssetsAssetKind | 'Dataset' | 'Model' | 'Agent' | number | Uint8Array, contentHash: H256 | string | Uint8Array, uri: Bytes | string | Uint8Array, licence: LineagePrimitivesAssetsLicence | { commercialUse?: any; derivativesAllowed?: any; derivativeRoyalty?: any } | string | Uint8Array, parents: Vec<ITuple<[u64, LineagePrimitivesAssetsRelation]>> | ([u64 | AnyNumber | Uint8Array, LineagePrimitivesAssetsRelation | 'TrainedOn' | 'FineTunedFrom' | 'DerivedFrom' | 'VersionOf' | number | Uint8Array])[], salt: Option<H256> | null | Uint8Array | H256 | string) => SubmittableExtrinsic<ApiType>, [LineagePrimitivesAssetsAssetKind, H256, Bytes, LineagePrimitivesAssetsLicence, Vec<ITuple<[u64, LineagePrimitivesAssetsRelation]>>, Option<H256>]>;
      /**
       * Retire an asset you own: it can no longer be paid or become a parent; its record stays
       * (provenance is permanent) and its deposit is returned.
       * 
       * Emits `AssetRetired`.
       **/
      retire: AugmentedSubmittable<(assetId: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Change where an asset you own lives off-chain; the byte deposit follows the new length.
       * 
       * Emits `UriSet`.
       **/
      setUri: AugmentedSubmittable<(assetId: u64 | AnyNumber | Uint8Array, uri: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Bytes]>;
      /**
       * Governance: unfreeze a frozen asset.
       * 
       * Emits `AssetUnfrozen`.
       **/
      unfreeze: AugmentedSubmittable<(assetId: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Withdraw your pending offer of an asset you own.
       * 
       * Emits `OwnershipOfferWithdrawn`.
       **/
      withdrawOwnershipOffer: AugmentedSubmittable<(assetId: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
    };
    balances: {
      /**
       * Burn the specified liquid free balance from the origin account.
       * 
       * If the origin's account ends up below the existential deposit as a result
       * of the burn and `keep_alive` is false, the account will be reaped.
       * 
       * Unlike sending funds to a _burn_ address, which merely makes the funds inaccessible,
       * this `burn` operation will reduce total issuance by the amount _burned_.
       **/
      burn: AugmentedSubmittable<(value: Compact<u128> | AnyNumber | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u128>, bool]>;
      /**
       * Adjust the total issuance in a saturating way.
       * 
       * Can only be called by root and always needs a positive `delta`.
       * 
       * # Example
       **/
      forceAdjustTotalIssuance: AugmentedSubmittable<(direction: PalletBalancesAdjustmentDirection | 'Increase' | 'Decrease' | number | Uint8Array, delta: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletBalancesAdjustmentDirection, Compact<u128>]>;
      /**
       * Set the regular balance of a given account.
       * 
       * The dispatch origin for this call is `root`.
       **/
      forceSetBalance: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, newFree: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Exactly as `transfer_allow_death`, except the origin must be root and the source account
       * may be specified.
       **/
      forceTransfer: AugmentedSubmittable<(source: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, MultiAddress, Compact<u128>]>;
      /**
       * Unreserve some balance from a user by force.
       * 
       * Can only be called by ROOT.
       **/
      forceUnreserve: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, u128]>;
      /**
       * Transfer the entire transferable balance from the caller account.
       * 
       * NOTE: This function only attempts to transfer _transferable_ balances. This means that
       * any locked, reserved, or existential deposits (when `keep_alive` is `true`), will not be
       * transferred by this function. To ensure that this function results in a killed account,
       * you might need to prepare the account by removing any reference counters, storage
       * deposits, etc...
       * 
       * The dispatch origin of this call must be Signed.
       * 
       * - `dest`: The recipient of the transfer.
       * - `keep_alive`: A boolean to determine if the `transfer_all` operation should send all
       * of the funds the account has, causing the sender account to be killed (false), or
       * transfer everything except at least the existential deposit, which will guarantee to
       * keep the sender account alive (true).
       **/
      transferAll: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, keepAlive: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, bool]>;
      /**
       * Transfer some liquid free balance to another account.
       * 
       * `transfer_allow_death` will set the `FreeBalance` of the sender and receiver.
       * If the sender's account is below the existential deposit as a result
       * of the transfer, the account will be reaped.
       * 
       * The dispatch origin for this call must be `Signed` by the transactor.
       **/
      transferAllowDeath: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Same as the [`transfer_allow_death`] call, but with a check that the transfer will not
       * kill the origin account.
       * 
       * 99% of the time you want [`transfer_allow_death`] instead.
       * 
       * [`transfer_allow_death`]: struct.Pallet.html#method.transfer
       **/
      transferKeepAlive: AugmentedSubmittable<(dest: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, value: Compact<u128> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Compact<u128>]>;
      /**
       * Upgrade a specified account.
       * 
       * - `origin`: Must be `Signed`.
       * - `who`: The account to be upgraded.
       * 
       * This will waive the transaction fee if at least all but 10% of the accounts needed to
       * be upgraded. (We let some not have to be upgraded just in order to allow for the
       * possibility of churn).
       **/
      upgradeAccounts: AugmentedSubmittable<(who: Vec<AccountId32> | (AccountId32 | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<AccountId32>]>;
    };
    callChannels: {
      /**
       * Claim `voucher`, signed by the channel's caller: the difference from the last claimed
       * voucher is paid into the model through royalty-split (provider's share included).
       * On a channel priced per token, `last_call` is the receipt of the voucher's last call,
       * whose charge (its tokens at the channel's prices, at most the voucher's `reserve`) is
       * claimed with it — only the channel's provider may show one; without it the voucher
       * pays `amount − reserve`. Anyone may submit a claim without a receipt. Emits
       * `ChannelClaimed` and `ClaimsSettled`.
       **/
      claim: AugmentedSubmittable<(voucher: LineagePrimitivesChannelsVoucher | { genesisHash?: any; channel?: any; amount?: any; calls?: any; receiptsRoot?: any; reserve?: any } | string | Uint8Array, signature: SpRuntimeMultiSignature | { Ed25519: any } | { Sr25519: any } | { Ecdsa: any } | { Eth: any } | string | Uint8Array, lastCall: Option<LineagePrimitivesChannelsCallReceipt> | null | Uint8Array | LineagePrimitivesChannelsCallReceipt | { channel?: any; call?: any; inputHash?: any; outputHash?: any; inputTokens?: any; outputTokens?: any; amount?: any } | string) => SubmittableExtrinsic<ApiType>, [LineagePrimitivesChannelsVoucher, SpRuntimeMultiSignature, Option<LineagePrimitivesChannelsCallReceipt>]>;
      /**
       * Claim many vouchers of channels of `model` at once; the model's lineage is paid once
       * for all of them. A refused voucher emits `ClaimFailed` and is skipped. Anyone may
       * submit it. Its weight does not depend on how many calls a voucher covers.
       **/
      claimBatch: AugmentedSubmittable<(model: u64 | AnyNumber | Uint8Array, vouchers: Vec<PalletCallChannelsSignedVoucher> | (PalletCallChannelsSignedVoucher | { voucher?: any; signature?: any; lastCall?: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [u64, Vec<PalletCallChannelsSignedVoucher>]>;
      /**
       * Close a channel and return what was not claimed to its caller: the provider any time
       * (cooperative close), anyone once a requested close's challenge period is over or
       * after expiry plus the challenge period. Emits `ChannelClosed`.
       **/
      close: AugmentedSubmittable<(channel: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Open a channel to `model` holding `deposit` for its calls, until `expires_at`, at the
       * offering's terms version `terms` (refused with `TermsChanged` if the offering changed).
       * The record holds `ChannelDeposit` too. Emits `ChannelOpened`.
       **/
      openChannel: AugmentedSubmittable<(model: u64 | AnyNumber | Uint8Array, deposit: u128 | AnyNumber | Uint8Array, expiresAt: u32 | AnyNumber | Uint8Array, terms: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u128, u32, u32]>;
      /**
       * Ask to close your channel: the provider can still claim for `ChallengePeriod` blocks,
       * then `close` returns the rest to you. Emits `ChannelCloseRequested`.
       **/
      requestClose: AugmentedSubmittable<(channel: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Add `amount` to your channel and/or move its expiry to `expires_at`. Not while it is
       * closing. Emits `ChannelToppedUp`.
       **/
      topUp: AugmentedSubmittable<(channel: u64 | AnyNumber | Uint8Array, amount: u128 | AnyNumber | Uint8Array, expiresAt: Option<u32> | null | Uint8Array | u32 | AnyNumber) => SubmittableExtrinsic<ApiType>, [u64, u128, Option<u32>]>;
    };
    contributorAttribution: {
      /**
       * Take back the deposits you paid for `asset_id`'s contributor records, once the asset
       * is retired. The records stay.
       * 
       * Emits `DepositReclaimed`.
       **/
      reclaimDeposit: AugmentedSubmittable<(assetId: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Record `points` of `kind` for `contributor` in `asset_id`. Owner only, until the asset
       * is sealed. A new contributor record holds `ContributorDeposit` from the owner.
       * 
       * Emits `ContributionRecorded`.
       **/
      recordContribution: AugmentedSubmittable<(assetId: u64 | AnyNumber | Uint8Array, contributor: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, kind: LineagePrimitivesAttributionContributionKind | 'Data' | 'Label' | 'Review' | 'Training' | 'Evaluation' | 'Compute' | number | Uint8Array, points: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, MultiAddress, LineagePrimitivesAttributionContributionKind, u128]>;
      /**
       * End manual recording for `asset_id` for good. Owner only. Labelling tasks can still
       * record through the ledger trait.
       * 
       * Emits `AssetSealed`.
       **/
      seal: AugmentedSubmittable<(assetId: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set the share of `asset_id`'s own earnings that goes to its contributors, pro rata to
       * points. Owner only. It can be raised at any time but lowered only while the asset
       * has never earned anything.
       * 
       * Emits `ContributorPoolSet`.
       **/
      setContributorPool: AugmentedSubmittable<(assetId: u64 | AnyNumber | Uint8Array, pool: Perbill | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, Perbill]>;
    };
    dataLabellingTasks: {
      /**
       * Add items to a Draft task (requester only). Holds each item's budget (per round, its
       * slots × `reward_per_label`, plus `reward_per_review` with review, which holds two
       * rounds; see `quote`) and deposit.
       * 
       * Emits `ItemsAdded`.
       **/
      addItems: AugmentedSubmittable<(task: u64 | AnyNumber | Uint8Array, items: Vec<PalletDataLabellingTasksItemInput> | (PalletDataLabellingTasksItemInput | { Text: any } | { Uri: any } | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [u64, Vec<PalletDataLabellingTasksItemInput>]>;
      /**
       * Cancel a task that has no labels yet (requester only): its budget and item deposits are
       * returned (its `TaskDeposit` comes back with `clear_task`). Unrevealed commits past their
       * reveal window do not count as labels: they are evicted first (their bonds go to the
       * treasury).
       * 
       * Emits `TaskCancelled`. Charged for `MaxItems` items up front; the fee for the items the
       * task lacks is refunded.
       **/
      cancel: AugmentedSubmittable<(task: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Claim your rewards (labels and reviews) from a finalised or expired task.
       * 
       * Emits `RewardsClaimed`.
       **/
      claimRewards: AugmentedSubmittable<(task: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Delete a finished (finalised, cancelled or expired) task, paying every reward still
       * unclaimed to its owner and returning the task's deposit to the requester. Anyone may
       * call it.
       * 
       * Emits `TaskCleared`.
       **/
      clearTask: AugmentedSubmittable<(task: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Commit to a label on `item`: `commitment` is
       * `blake2_256(SCALE(task, item, label, salt, you))`. Before the commit deadline, once
       * per labeller, while the item has a free slot.
       * 
       * Emits `LabelCommitted`.
       **/
      commitLabel: AugmentedSubmittable<(task: u64 | AnyNumber | Uint8Array, item: u32 | AnyNumber | Uint8Array, commitment: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32, H256]>;
      /**
       * Create a labelling task in Draft from `spec`, holding `TaskDeposit` for its record until
       * the finished task is cleared (`clear_task`); the budget is held as items are added.
       * 
       * Emits `TaskCreated`.
       **/
      createTask: AugmentedSubmittable<(spec: PalletDataLabellingTasksTaskSpec | { classes?: any; labelsPerItem?: any; rewardPerLabel?: any; commitDeadline?: any; deadline?: any; commitReveal?: any; licence?: any; contributorPool?: any; minReputation?: any; goldCommitment?: any; minGoldAccuracy?: any; review?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [PalletDataLabellingTasksTaskSpec]>;
      /**
       * Evict the unrevealed commits of `item` whose reveal window (`RevealWindow` blocks after
       * the item filled up or the commit window closed) has passed: their bonds go to the
       * treasury and their slots are free again. Anyone may call it.
       * 
       * Emits `CommitsEvicted`.
       **/
      evictUnrevealed: AugmentedSubmittable<(task: u64 | AnyNumber | Uint8Array, item: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32]>;
      /**
       * Finish the task: check labellers against the gold answers if `gold` reveals them
       * (labellers below the task's accuracy forfeit their rewards to the treasury and their
       * labels are dropped), aggregate what is revealed, accept what is still under review,
       * register the dataset (owned by the requester) with every remaining labeller's accepted
       * labels as `Label` points and seal its contributors (its pool never falls below the
       * task's), and return the unspent budget and the item deposits. The requester any time
       * while open; after the deadline the requester alone for `FinaliseGrace` blocks (only it
       * knows the gold answers), then anyone. After the deadline a task that never opened or
       * accepted no item ends Expired instead, with everything not owed to reviewers refunded.
       * 
       * Emits `TaskFinalised` or `TaskExpired` (and `GoldFailed` per forfeiting labeller).
       * Charged for `MaxItems` items up front; the fee for the items the task lacks is
       * refunded.
       **/
      finalise: AugmentedSubmittable<(task: u64 | AnyNumber | Uint8Array, gold: Option<PalletDataLabellingTasksGoldReveal> | null | Uint8Array | PalletDataLabellingTasksGoldReveal | { answers?: any; salt?: any } | string) => SubmittableExtrinsic<ApiType>, [u64, Option<PalletDataLabellingTasksGoldReveal>]>;
      /**
       * Open a Draft task with at least one item for labelling (requester only).
       * 
       * Emits `TaskOpened`.
       **/
      open: AugmentedSubmittable<(task: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Reveal your committed `label` and `salt` on `item`, once the item has all its commits
       * or the commit deadline has passed. The last reveal of a full item aggregates it.
       * 
       * Emits `LabelRevealed`, and `ItemResolved` or `TieBreakSlotOpened` when it aggregates.
       **/
      revealLabel: AugmentedSubmittable<(task: u64 | AnyNumber | Uint8Array, item: u32 | AnyNumber | Uint8Array, label: u8 | AnyNumber | Uint8Array, salt: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32, u8, H256]>;
      /**
       * Review `item`'s aggregated label on a task with review: `accept` it, or reject it
       * (reopened once for new labellers; rejected again, it is not accepted). You are credited
       * the task's `reward_per_review` either way. Needs the task's review reputation; not on
       * an item you labelled in any round; before the deadline.
       * 
       * Emits `ItemReviewed`, then `ItemResolved` or `ItemReopened`.
       **/
      reviewItem: AugmentedSubmittable<(task: u64 | AnyNumber | Uint8Array, item: u32 | AnyNumber | Uint8Array, accept: bool | boolean | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32, bool]>;
      /**
       * Label `item` directly, on a task without commit-reveal. The last label of the item
       * aggregates it.
       * 
       * Emits `LabelRevealed`, and `ItemResolved` or `TieBreakSlotOpened` when it aggregates.
       **/
      submitLabel: AugmentedSubmittable<(task: u64 | AnyNumber | Uint8Array, item: u32 | AnyNumber | Uint8Array, label: u8 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u32, u8]>;
    };
    grandpa: {
      /**
       * Note that the current authority set of the GRANDPA finality gadget has stalled.
       * 
       * This will trigger a forced authority set change at the beginning of the next session, to
       * be enacted `delay` blocks after that. The `delay` should be high enough to safely assume
       * that the block signalling the forced change will not be re-orged e.g. 1000 blocks.
       * The block production rate (which may be slowed down because of finality lagging) should
       * be taken into account when choosing the `delay`. The GRANDPA voters based on the new
       * authority will start voting on top of `best_finalized_block_number` for new finalized
       * blocks. `best_finalized_block_number` should be the highest of the latest finalized
       * block of all validators of the new authority set.
       * 
       * Only callable by root.
       **/
      noteStalled: AugmentedSubmittable<(delay: u32 | AnyNumber | Uint8Array, bestFinalizedBlockNumber: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u32, u32]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       **/
      reportEquivocation: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
      /**
       * Report voter equivocation/misbehavior. This method will verify the
       * equivocation proof and validate the given key ownership proof
       * against the extracted offender. If both are valid, the offence
       * will be reported.
       * 
       * This extrinsic must be called unsigned and it is expected that only
       * block authors will call it (validated in `ValidateUnsigned`), as such
       * if the block author is defined it will be defined as the equivocation
       * reporter.
       **/
      reportEquivocationUnsigned: AugmentedSubmittable<(equivocationProof: SpConsensusGrandpaEquivocationProof | { setId?: any; equivocation?: any } | string | Uint8Array, keyOwnerProof: SpCoreVoid | null) => SubmittableExtrinsic<ApiType>, [SpConsensusGrandpaEquivocationProof, SpCoreVoid]>;
    };
    modelInvocation: {
      /**
       * Complete invocation `id` with an output whose blake2-256 is `output_hash`. The call's
       * provider only, by its deadline. Settles at once: the whole price is split by
       * royalty-split (the fee, the ancestors' shares, then the provider's share out of the
       * model's part).
       * 
       * Emits `InvocationSettled` (and royalty-split's `RevenuePaid`).
       **/
      complete: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array, outputHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, H256]>;
      /**
       * Complete many calls of one model at once (at most `MaxBatch`), each settled with its
       * own split in this block. A call that cannot be settled (not yours, unknown, past its
       * deadline, or of another model than the batch's first settled call: `MixedModels`) is
       * skipped with `BatchItemFailed`; the others still settle.
       * 
       * Emits `InvocationSettled` per settled call.
       **/
      completeBatch: AugmentedSubmittable<(calls: Vec<ITuple<[u64, H256]>> | ([u64 | AnyNumber | Uint8Array, H256 | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[u64, H256]>>]>;
      /**
       * Call `model` with an input whose blake2-256 is `input_hash`, paying at most
       * `max_price`, at the offering's terms version `terms` (from
       * `modelInvocationApi.offering`): if the owner changed the terms (provider, price,
       * share, timeout) since, the call is refused (`TermsChanged`). The price is escrowed on
       * hold until the provider completes the call or, after the deadline, it is refunded to
       * you.
       * 
       * Emits `InvocationRequested` with the call's id and deadline.
       **/
      invoke: AugmentedSubmittable<(model: u64 | AnyNumber | Uint8Array, inputHash: H256 | string | Uint8Array, maxPrice: u128 | AnyNumber | Uint8Array, terms: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, H256, u128, u32]>;
      /**
       * Stop `model` taking new calls (open calls can still be completed). Owner only.
       * 
       * Emits `OfferingPaused`.
       **/
      pauseOffering: AugmentedSubmittable<(model: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Refund invocation `id` to its caller once its deadline has passed. Anyone may call
       * this; the escrow always goes back to the caller.
       * 
       * Emits `InvocationRefunded`.
       **/
      refund: AugmentedSubmittable<(id: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Remove `model`'s offering and return its deposit to whoever paid it. Owner only.
       * Open calls keep their terms and can still be completed or refunded.
       * 
       * Emits `OfferingRemoved`.
       **/
      removeOffering: AugmentedSubmittable<(model: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Let a paused `model` take calls again. Owner only.
       * 
       * Emits `OfferingResumed`.
       **/
      resumeOffering: AugmentedSubmittable<(model: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Offer `model` for calls: `provider` serves it at `price_per_call` and is paid
       * `provider_share` of each price after the protocol fee, out of what the model keeps
       * (at most one minus the model's royalty stack: its ancestors are owed their share of
       * the whole price); a call may stay open `timeout` blocks.
       * Owner of an active model or agent only. The first offering holds `OfferingDeposit`;
       * setting it again changes the terms (open calls keep theirs) and resumes it.
       * 
       * Emits `OfferingSet`.
       **/
      setOffering: AugmentedSubmittable<(model: u64 | AnyNumber | Uint8Array, pricePerCall: u128 | AnyNumber | Uint8Array, provider: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, providerShare: Perbill | AnyNumber | Uint8Array, timeout: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u128, MultiAddress, Perbill, u32]>;
      /**
       * Price `model`'s offering per token as well: `per_1k_input` for every 1,000 tokens of
       * request and `per_1k_output` for every 1,000 tokens of answer, on top of the price per
       * call (both zero: per call only again). A new version of the terms: channels opened
       * from now on are charged this way, open ones keep their terms. A model priced per
       * token is called through channels only (`invoke` refuses it). Owner of an active model
       * or agent with an offering only.
       * 
       * Emits `TokenPricesSet`.
       **/
      setTokenPrices: AugmentedSubmittable<(model: u64 | AnyNumber | Uint8Array, per1kInput: u128 | AnyNumber | Uint8Array, per1kOutput: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u128, u128]>;
    };
    royaltySplit: {
      /**
       * Claim everything you are owed by `asset_id`, as its owner at the time of each payment
       * and as a contributor. Not while the asset is frozen.
       * 
       * Emits `Claimed`.
       **/
      claim: AugmentedSubmittable<(assetId: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Claim from every asset you have earnings in, up to `MaxClaimAll` assets per call;
       * the next call continues where this one stopped, so repeating it claims everything.
       * Frozen assets are skipped.
       * 
       * Emits `Claimed` per asset paid.
       **/
      claimAll: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Pay `amount` into `asset_id` (a licence fee, a tip, an off-chain sale). It is split
       * at once: the protocol fee to the treasury, each ancestor its share, the asset the rest;
       * within each asset, its contributor pool pro rata to points and the rest to its owner.
       * The credits become claimable. Use `royaltySplitApi.quote` to see the split first.
       * 
       * Emits `RevenuePaid` with the full breakdown.
       **/
      pay: AugmentedSubmittable<(assetId: u64 | AnyNumber | Uint8Array, amount: u128 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64, u128]>;
    };
    sudo: {
      /**
       * Permanently removes the sudo key.
       * 
       * **This cannot be un-done.**
       **/
      removeKey: AugmentedSubmittable<() => SubmittableExtrinsic<ApiType>, []>;
      /**
       * Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo
       * key.
       **/
      setKey: AugmentedSubmittable<(updated: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       **/
      sudo: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Signed` origin from
       * a given account.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoAs: AugmentedSubmittable<(who: MultiAddress | { Id: any } | { Index: any } | { Raw: any } | { Address32: any } | { Address20: any } | string | Uint8Array, call: Call | IMethod | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [MultiAddress, Call]>;
      /**
       * Authenticates the sudo key and dispatches a function call with `Root` origin.
       * This function does not check the weight of the call, and instead allows the
       * Sudo user to specify the weight of the call.
       * 
       * The dispatch origin for this call must be _Signed_.
       **/
      sudoUncheckedWeight: AugmentedSubmittable<(call: Call | IMethod | string | Uint8Array, weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Call, SpWeightsWeightV2Weight]>;
    };
    system: {
      /**
       * Provide the preimage (runtime binary) `code` for an upgrade that has been authorized.
       * 
       * If the authorization required a version check, this call will ensure the spec name
       * remains unchanged and that the spec version has increased.
       * 
       * Depending on the runtime's `OnSetCode` configuration, this function may directly apply
       * the new `code` in the same block or attempt to schedule the upgrade.
       * 
       * All origins are allowed.
       **/
      applyAuthorizedUpgrade: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgrade: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Authorize an upgrade to a given `code_hash` for the runtime. The runtime can be supplied
       * later.
       * 
       * WARNING: This authorizes an upgrade that will take place without any safety checks, for
       * example that the spec name remains the same and that the version number increases. Not
       * recommended for normal use. Use `authorize_upgrade` instead.
       * 
       * This call requires Root origin.
       **/
      authorizeUpgradeWithoutChecks: AugmentedSubmittable<(codeHash: H256 | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [H256]>;
      /**
       * Kill all storage items with a key that starts with the given prefix.
       * 
       * **NOTE:** We rely on the Root origin to provide us the number of subkeys under
       * the prefix we are removing to accurately calculate the weight of this function.
       **/
      killPrefix: AugmentedSubmittable<(prefix: Bytes | string | Uint8Array, subkeys: u32 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes, u32]>;
      /**
       * Kill some items from storage.
       **/
      killStorage: AugmentedSubmittable<(keys: Vec<Bytes> | (Bytes | string | Uint8Array)[]) => SubmittableExtrinsic<ApiType>, [Vec<Bytes>]>;
      /**
       * Make some on-chain remark.
       * 
       * Can be executed by every `origin`.
       **/
      remark: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Make some on-chain remark and emit event.
       **/
      remarkWithEvent: AugmentedSubmittable<(remark: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code.
       **/
      setCode: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the new runtime code without doing any checks of the given `code`.
       * 
       * Note that runtime upgrades will not run if this is called with a not-increasing spec
       * version!
       **/
      setCodeWithoutChecks: AugmentedSubmittable<(code: Bytes | string | Uint8Array) => SubmittableExtrinsic<ApiType>, [Bytes]>;
      /**
       * Set the number of pages in the WebAssembly environment's heap.
       **/
      setHeapPages: AugmentedSubmittable<(pages: u64 | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [u64]>;
      /**
       * Set some items of storage.
       **/
      setStorage: AugmentedSubmittable<(items: Vec<ITuple<[Bytes, Bytes]>> | ([Bytes | string | Uint8Array, Bytes | string | Uint8Array])[]) => SubmittableExtrinsic<ApiType>, [Vec<ITuple<[Bytes, Bytes]>>]>;
    };
    timestamp: {
      /**
       * Set the current time.
       * 
       * This call should be invoked exactly once per block. It will panic at the finalization
       * phase, if this call hasn't been invoked by that time.
       * 
       * The timestamp should be greater than the previous one by the amount specified by
       * [`Config::MinimumPeriod`].
       * 
       * The dispatch origin for this call must be _None_.
       * 
       * This dispatch class is _Mandatory_ to ensure it gets executed in the block. Be aware
       * that changing the complexity of this call could result exhausting the resources in a
       * block to execute any other calls.
       * 
       * ## Complexity
       * - `O(1)` (Note that implementations of `OnTimestampSet` must also be `O(1)`)
       * - 1 storage read and 1 storage mutation (codec `O(1)` because of `DidUpdate::take` in
       * `on_finalize`)
       * - 1 event handler `on_timestamp_set`. Must be `O(1)`.
       **/
      set: AugmentedSubmittable<(now: Compact<u64> | AnyNumber | Uint8Array) => SubmittableExtrinsic<ApiType>, [Compact<u64>]>;
    };
  } // AugmentedSubmittables
} // declare module
