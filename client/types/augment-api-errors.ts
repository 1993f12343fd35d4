// Generated from a Lineage node's metadata by `npm run typegen` in client/ (scripts/typegen.mjs); do not edit.
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    assetRegistry: {
      /**
       * The hash already points at this asset.
       **/
      AlreadyIndexed: AugmentedError<ApiType>;
      /**
       * The new owner is the current owner.
       **/
      AlreadyOwner: AugmentedError<ApiType>;
      /**
       * Asset ids are exhausted.
       **/
      AssetIdOverflow: AugmentedError<ApiType>;
      /**
       * The asset is frozen.
       **/
      AssetIsFrozen: AugmentedError<ApiType>;
      /**
       * The asset is retired.
       **/
      AssetIsRetired: AugmentedError<ApiType>;
      /**
       * Only the committer may clear a commitment before its window has passed.
       **/
      CommitmentStillLive: AugmentedError<ApiType>;
      /**
       * A parent's licence forbids derivatives.
       **/
      DerivativesNotAllowed: AugmentedError<ApiType>;
      /**
       * This commitment already exists.
       **/
      DuplicateCommitment: AugmentedError<ApiType>;
      /**
       * This content hash is already registered (see `AssetByHash` for its first owner).
       **/
      DuplicateContentHash: AugmentedError<ApiType>;
      /**
       * The same parent is listed twice.
       **/
      DuplicateParent: AugmentedError<ApiType>;
      /**
       * The asset's content hash is not the hash being reassigned.
       **/
      HashMismatch: AugmentedError<ApiType>;
      /**
       * The account cannot cover the deposit.
       **/
      InsufficientDeposit: AugmentedError<ApiType>;
      /**
       * The asset has no pending ownership offer.
       **/
      NoOwnershipOffer: AugmentedError<ApiType>;
      /**
       * The asset is not frozen.
       **/
      NotFrozen: AugmentedError<ApiType>;
      /**
       * The asset was offered to another account.
       **/
      NotOfferedToYou: AugmentedError<ApiType>;
      /**
       * Only the asset's owner may do this.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * A commitment is revealed from the block after it was made.
       **/
      RevealTooEarly: AugmentedError<ApiType>;
      /**
       * The commitment's reveal window has passed; clear it and commit again.
       **/
      RevealWindowPassed: AugmentedError<ApiType>;
      /**
       * The ancestors' shares add up to more than `MaxRoyaltyStack`.
       **/
      RoyaltyStackTooHigh: AugmentedError<ApiType>;
      /**
       * The flattened lineage has more ancestors than `MaxAncestors`.
       **/
      TooManyAncestors: AugmentedError<ApiType>;
      /**
       * More parents than `MaxParents`.
       **/
      TooManyParents: AugmentedError<ApiType>;
      /**
       * No asset has this id.
       **/
      UnknownAsset: AugmentedError<ApiType>;
      /**
       * No live commitment matches `(content_hash, owner, salt)`.
       **/
      UnknownCommitment: AugmentedError<ApiType>;
      /**
       * A parent does not exist or is retired.
       **/
      UnknownParent: AugmentedError<ApiType>;
      /**
       * The URI is longer than `MaxUriLen`.
       **/
      UriTooLong: AugmentedError<ApiType>;
    };
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
    };
    callChannels: {
      /**
       * The voucher's amount is above its calls at the channel's price.
       **/
      AboveTerms: AugmentedError<ApiType>;
      /**
       * A close is already requested.
       **/
      AlreadyClosing: AugmentedError<ApiType>;
      /**
       * The model is frozen by governance: no channel opens or claims, and only its provider
       * can close one.
       **/
      AssetIsFrozen: AugmentedError<ApiType>;
      /**
       * The model is retired.
       **/
      AssetIsRetired: AugmentedError<ApiType>;
      /**
       * The expiry must be after this block and within `MaxLifetime` of it.
       **/
      BadExpiry: AugmentedError<ApiType>;
      /**
       * The signature is not the channel's caller's signature of this voucher.
       **/
      BadSignature: AugmentedError<ApiType>;
      /**
       * The channel is closing: no top-ups.
       **/
      ChannelClosing: AugmentedError<ApiType>;
      /**
       * The channel's claim window is over (closing requested or expired, plus the challenge
       * period).
       **/
      ClaimWindowOver: AugmentedError<ApiType>;
      /**
       * Only the provider may close now; the caller after the challenge period of a close
       * request; anyone after expiry plus the challenge period.
       **/
      CloseTooEarly: AugmentedError<ApiType>;
      /**
       * A channel must hold at least one call's price.
       **/
      DepositBelowPrice: AugmentedError<ApiType>;
      /**
       * A `claim_batch` needs at least one voucher.
       **/
      EmptyBatch: AugmentedError<ApiType>;
      /**
       * You cannot afford the funds while keeping your account alive.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * You cannot afford the channel record's deposit.
       **/
      InsufficientDeposit: AugmentedError<ApiType>;
      /**
       * The voucher's last call was already claimed with its receipt.
       **/
      LastCallClaimed: AugmentedError<ApiType>;
      /**
       * A voucher of a `claim_batch` is for a channel of another model.
       **/
      MixedModels: AugmentedError<ApiType>;
      /**
       * A voucher of a `claim_batch` is for a channel at other terms than the batch's.
       **/
      MixedTerms: AugmentedError<ApiType>;
      /**
       * The model has no offering.
       **/
      NoOffering: AugmentedError<ApiType>;
      /**
       * Only the channel's caller may do this.
       **/
      NotCaller: AugmentedError<ApiType>;
      /**
       * Top up something: funds or a later expiry.
       **/
      NothingToTopUp: AugmentedError<ApiType>;
      /**
       * A last call's receipt was shown for a channel priced per call.
       **/
      NotPricedPerToken: AugmentedError<ApiType>;
      /**
       * Only the channel's provider may show a last call's receipt (no one signs it).
       **/
      NotProvider: AugmentedError<ApiType>;
      /**
       * The offering is paused: no channel opens.
       **/
      OfferingIsPaused: AugmentedError<ApiType>;
      /**
       * The voucher's amount is above the channel's funds.
       **/
      OverDeposit: AugmentedError<ApiType>;
      /**
       * An amount or count overflowed.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The voucher's reserve is above its amount.
       **/
      ReserveAboveAmount: AugmentedError<ApiType>;
      /**
       * The voucher's amount is not above the last claimed one's.
       **/
      StaleVoucher: AugmentedError<ApiType>;
      /**
       * The offering's terms are not the version you named.
       **/
      TermsChanged: AugmentedError<ApiType>;
      /**
       * You have `MaxChannelsPerCaller` open channels.
       **/
      TooManyChannels: AugmentedError<ApiType>;
      /**
       * No asset has this id.
       **/
      UnknownAsset: AugmentedError<ApiType>;
      /**
       * No open channel has this id.
       **/
      UnknownChannel: AugmentedError<ApiType>;
      /**
       * The voucher is for another chain.
       **/
      WrongChain: AugmentedError<ApiType>;
      /**
       * The voucher is for another channel than the one claimed.
       **/
      WrongChannel: AugmentedError<ApiType>;
      /**
       * The last call's receipt does not charge its tokens at the channel's prices (capped at
       * the voucher's reserve).
       **/
      WrongCharge: AugmentedError<ApiType>;
      /**
       * The last call's receipt is not of the voucher's channel and last call.
       **/
      WrongLastCall: AugmentedError<ApiType>;
    };
    contributorAttribution: {
      /**
       * The asset is already sealed.
       **/
      AlreadySealed: AugmentedError<ApiType>;
      /**
       * The asset is frozen by governance.
       **/
      AssetIsFrozen: AugmentedError<ApiType>;
      /**
       * The asset is retired.
       **/
      AssetIsRetired: AugmentedError<ApiType>;
      /**
       * Deposits come back only once the asset is retired.
       **/
      AssetNotRetired: AugmentedError<ApiType>;
      /**
       * The asset's contributors are sealed: no more manual contributions.
       **/
      ContributorsSealed: AugmentedError<ApiType>;
      /**
       * The owner cannot cover the record's deposit.
       **/
      InsufficientDeposit: AugmentedError<ApiType>;
      /**
       * You hold no deposit for this asset.
       **/
      NoDeposit: AugmentedError<ApiType>;
      /**
       * Only the asset's owner may do this.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * The points would overflow.
       **/
      PointsOverflow: AugmentedError<ApiType>;
      /**
       * The pool would fall below the floor the task that credited the contributors set.
       **/
      PoolBelowFloor: AugmentedError<ApiType>;
      /**
       * The asset has earned revenue: its contributor pool can only be raised.
       **/
      PoolCannotDecrease: AugmentedError<ApiType>;
      /**
       * No asset has this id.
       **/
      UnknownAsset: AugmentedError<ApiType>;
      /**
       * A contribution must be worth at least one point.
       **/
      ZeroPoints: AugmentedError<ApiType>;
    };
    dataLabellingTasks: {
      /**
       * You already labelled this item.
       **/
      AlreadyLabelled: AugmentedError<ApiType>;
      /**
       * A schema needs 2 to `MaxClasses` classes.
       **/
      BadClassCount: AugmentedError<ApiType>;
      /**
       * Deadlines must be in the future, the commit deadline before the deadline (a reveal
       * window must follow it).
       **/
      BadDeadline: AugmentedError<ApiType>;
      /**
       * The gold reveal has more answers than the task has items, or an answer for an item
       * the task does not have.
       **/
      BadGoldAnswers: AugmentedError<ApiType>;
      /**
       * Add at least one item, at most `MaxItemsPerCall`.
       **/
      BadItemCount: AugmentedError<ApiType>;
      /**
       * An item (or its URI) is longer than `MaxItemLen`, or empty.
       **/
      BadItemLength: AugmentedError<ApiType>;
      /**
       * `labels_per_item` must be 1 to `MaxLabelsPerItem`.
       **/
      BadLabelsPerItem: AugmentedError<ApiType>;
      /**
       * You labelled this item (in this or an earlier round): someone else must review it.
       **/
      CannotReviewOwnItem: AugmentedError<ApiType>;
      /**
       * This task takes plain labels: use `submit_label`.
       **/
      CommitRevealNotUsed: AugmentedError<ApiType>;
      /**
       * This task uses commit-reveal: commit, then reveal.
       **/
      CommitRevealRequired: AugmentedError<ApiType>;
      /**
       * The deadline (or, for commits, the commit deadline) has passed.
       **/
      DeadlinePassed: AugmentedError<ApiType>;
      /**
       * The gold answers and salt do not match the task's commitment.
       **/
      GoldMismatch: AugmentedError<ApiType>;
      /**
       * The task has labels: it can no longer be cancelled.
       **/
      HasLabels: AugmentedError<ApiType>;
      /**
       * The requester cannot afford the labelling budget.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The labeller cannot cover the label bond.
       **/
      InsufficientBond: AugmentedError<ApiType>;
      /**
       * The requester cannot afford the task's or its items' deposit.
       **/
      InsufficientDeposit: AugmentedError<ApiType>;
      /**
       * Your reputation is below the task's minimum.
       **/
      InsufficientReputation: AugmentedError<ApiType>;
      /**
       * The item already has its outcome.
       **/
      ItemAlreadyResolved: AugmentedError<ApiType>;
      /**
       * The item has all the labels it takes.
       **/
      ItemFull: AugmentedError<ApiType>;
      /**
       * The label is not a class of this task.
       **/
      LabelOutOfRange: AugmentedError<ApiType>;
      /**
       * This task has no gold commitment to reveal.
       **/
      NoGold: AugmentedError<ApiType>;
      /**
       * A task needs at least one item to open.
       **/
      NoItems: AugmentedError<ApiType>;
      /**
       * This task has no review.
       **/
      NoReview: AugmentedError<ApiType>;
      /**
       * You have no commitment on this item to reveal.
       **/
      NotALabeller: AugmentedError<ApiType>;
      /**
       * No rewards to claim.
       **/
      NothingToClaim: AugmentedError<ApiType>;
      /**
       * No unrevealed commit of this item is past its reveal window.
       **/
      NothingToEvict: AugmentedError<ApiType>;
      /**
       * Only the task's requester may do this.
       **/
      NotRequester: AugmentedError<ApiType>;
      /**
       * The item is not waiting for review.
       **/
      NotUnderReview: AugmentedError<ApiType>;
      /**
       * A number overflowed.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * Within `FinaliseGrace` blocks after the deadline only the requester may finalise.
       **/
      RequesterGracePeriod: AugmentedError<ApiType>;
      /**
       * The label and salt do not match your commitment.
       **/
      RevealMismatch: AugmentedError<ApiType>;
      /**
       * Reveals open once the item has all its commits or the commit deadline passed.
       **/
      RevealTooEarly: AugmentedError<ApiType>;
      /**
       * Only the requester may finalise before the deadline.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * The task would have more than `MaxItems` items.
       **/
      TooManyItems: AugmentedError<ApiType>;
      /**
       * You would have more than `MaxLiveTasks` draft or open tasks.
       **/
      TooManyTasks: AugmentedError<ApiType>;
      /**
       * No item has this index.
       **/
      UnknownItem: AugmentedError<ApiType>;
      /**
       * No task has this id.
       **/
      UnknownTask: AugmentedError<ApiType>;
      /**
       * The task is not in the phase this needs.
       **/
      WrongPhase: AugmentedError<ApiType>;
      /**
       * A reward must be more than zero.
       **/
      ZeroReward: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
    };
    modelInvocation: {
      /**
       * The model is frozen by governance.
       **/
      AssetIsFrozen: AugmentedError<ApiType>;
      /**
       * The model is retired.
       **/
      AssetIsRetired: AugmentedError<ApiType>;
      /**
       * The timeout must be at least one block and at most `MaxTimeout`.
       **/
      BadTimeout: AugmentedError<ApiType>;
      /**
       * The invocation is still within its deadline.
       **/
      DeadlineNotPassed: AugmentedError<ApiType>;
      /**
       * The invocation's deadline passed: it can only be refunded.
       **/
      DeadlinePassed: AugmentedError<ApiType>;
      /**
       * A batch must hold at least one call.
       **/
      EmptyBatch: AugmentedError<ApiType>;
      /**
       * You cannot afford the price while keeping your account alive.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The owner cannot cover the offering's deposit.
       **/
      InsufficientDeposit: AugmentedError<ApiType>;
      /**
       * Every call of a `complete_batch` must be of the same model: complete another model's
       * calls in a batch of their own.
       **/
      MixedModels: AugmentedError<ApiType>;
      /**
       * The model has no offering.
       **/
      NoOffering: AugmentedError<ApiType>;
      /**
       * Only models and agents can be offered and invoked.
       **/
      NotAModel: AugmentedError<ApiType>;
      /**
       * Only the asset's owner may do this.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * Only the invocation's provider may complete it.
       **/
      NotProvider: AugmentedError<ApiType>;
      /**
       * The offering is paused.
       **/
      OfferingIsPaused: AugmentedError<ApiType>;
      /**
       * The offering is not paused.
       **/
      OfferingNotPaused: AugmentedError<ApiType>;
      /**
       * A number overflowed.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The price per call is above the `max_price` you accept.
       **/
      PriceAboveMax: AugmentedError<ApiType>;
      /**
       * The offering is priced per token: call it through a channel (call-channels), whose
       * vouchers carry a ceiling and whose receipts count the tokens.
       **/
      PricedPerToken: AugmentedError<ApiType>;
      /**
       * The provider share is above what the model's ancestors leave (one minus its royalty
       * stack): ancestors are owed their share of every call's whole price.
       **/
      ProviderShareTooHigh: AugmentedError<ApiType>;
      /**
       * The offering's terms changed since the version the call names.
       **/
      TermsChanged: AugmentedError<ApiType>;
      /**
       * The offering already has these token prices.
       **/
      TokenPricesUnchanged: AugmentedError<ApiType>;
      /**
       * You have `MaxOpenPerCaller` open invocations: wait for some to settle or expire.
       **/
      TooManyOpenInvocations: AugmentedError<ApiType>;
      /**
       * No asset has this id.
       **/
      UnknownAsset: AugmentedError<ApiType>;
      /**
       * No open invocation has this id.
       **/
      UnknownInvocation: AugmentedError<ApiType>;
      /**
       * A call must cost something.
       **/
      ZeroPrice: AugmentedError<ApiType>;
    };
    royaltySplit: {
      /**
       * The asset is frozen: it can't be paid into and its earnings can't be claimed.
       **/
      AssetIsFrozen: AugmentedError<ApiType>;
      /**
       * The asset is retired: it can't be paid into any more.
       **/
      AssetIsRetired: AugmentedError<ApiType>;
      /**
       * The payer can't afford the payment while staying alive.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * Nothing to claim from this asset (or, for `claim_all`, from any unfrozen asset).
       **/
      NothingToClaim: AugmentedError<ApiType>;
      /**
       * A credit would overflow the balance type.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * A call's provider share is above what the model's ancestors leave (one minus its
       * royalty stack): ancestors are owed their share of the whole price.
       **/
      ProviderShareTooHigh: AugmentedError<ApiType>;
      /**
       * The asset's royalty table is longer than `MaxAncestors`.
       **/
      TooManyAncestors: AugmentedError<ApiType>;
      /**
       * No asset has this id.
       **/
      UnknownAsset: AugmentedError<ApiType>;
      /**
       * A payment must be more than zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
