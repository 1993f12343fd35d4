// Generated from a Lineage node's metadata by `npm run typegen` in client/ (scripts/typegen.mjs); do not edit.
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { i32, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { Perbill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportPalletId, FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    assetRegistry: {
      /**
       * Deposit held per registered asset.
       **/
      assetDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Deposit held per byte of an asset's URI.
       **/
      byteDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Deposit held per registration commitment until it is revealed or cleared.
       **/
      commitmentDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Most ancestors in one asset's flattened royalty table.
       **/
      maxAncestors: u32 & AugmentedConst<ApiType>;
      /**
       * Most children returned by one page of the children query.
       **/
      maxChildrenPage: u32 & AugmentedConst<ApiType>;
      /**
       * Most direct parents of one asset.
       **/
      maxParents: u32 & AugmentedConst<ApiType>;
      /**
       * Longest freeze reason, in bytes.
       **/
      maxReasonLen: u32 & AugmentedConst<ApiType>;
      /**
       * Largest total royalty stack (sum of all ancestors' shares) an asset may carry.
       **/
      maxRoyaltyStack: Perbill & AugmentedConst<ApiType>;
      /**
       * Longest URI, in bytes.
       **/
      maxUriLen: u32 & AugmentedConst<ApiType>;
      /**
       * Deposit held per parent link (each stores a child index entry).
       **/
      parentDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Blocks after its commitment's block within which a registration must be revealed.
       **/
      revealWindow: u32 & AugmentedConst<ApiType>;
    };
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
    };
    callChannels: {
      /**
       * Blocks the provider can still claim after a close request or after expiry.
       **/
      challengePeriod: u32 & AugmentedConst<ApiType>;
      /**
       * The deposit held for a channel's record.
       **/
      channelDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Most open channels one caller may have.
       **/
      maxChannelsPerCaller: u32 & AugmentedConst<ApiType>;
      /**
       * Most vouchers one `claim_batch` claims.
       **/
      maxClaimBatch: u32 & AugmentedConst<ApiType>;
      /**
       * The longest a channel may run, in blocks from now, when it opens or is extended.
       **/
      maxLifetime: u32 & AugmentedConst<ApiType>;
      /**
       * Derives the settlement account claims pass through (kept at the existential deposit).
       **/
      palletId: FrameSupportPalletId & AugmentedConst<ApiType>;
    };
    contributorAttribution: {
      /**
       * Deposit the owner pays per contributor record they create.
       **/
      contributorDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Most contributors returned by one page of the contributors query.
       **/
      maxContributorsPage: u32 & AugmentedConst<ApiType>;
    };
    dataLabellingTasks: {
      /**
       * Blocks after a task's deadline during which only its requester may finalise it (so
       * it can reveal the gold answers before anyone skips the gold check).
       **/
      finaliseGrace: u32 & AugmentedConst<ApiType>;
      /**
       * Held per item added.
       **/
      itemDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Held from a labeller per label (commit or plain label): returned when the label agrees
       * with the item's plurality or the item ends without one; slashed to the treasury when
       * the label loses the plurality, is never revealed, or its labeller fails the gold
       * check. Makes filling slots with junk, and Sybil pluralities, cost real money.
       **/
      labelBond: u128 & AugmentedConst<ApiType>;
      /**
       * Most classes in a schema.
       **/
      maxClasses: u32 & AugmentedConst<ApiType>;
      /**
       * Longest class name.
       **/
      maxClassNameLen: u32 & AugmentedConst<ApiType>;
      /**
       * Longest inline item (text) or URI.
       **/
      maxItemLen: u32 & AugmentedConst<ApiType>;
      /**
       * Most items in a task.
       **/
      maxItems: u32 & AugmentedConst<ApiType>;
      /**
       * Most items per `add_items` call.
       **/
      maxItemsPerCall: u32 & AugmentedConst<ApiType>;
      /**
       * Most labels per item (the extra tie-break slot comes on top).
       **/
      maxLabelsPerItem: u32 & AugmentedConst<ApiType>;
      /**
       * Most draft or open tasks one requester may have.
       **/
      maxLiveTasks: u32 & AugmentedConst<ApiType>;
      /**
       * Reputation stays within `±MaxReputation`.
       **/
      maxReputation: i32 & AugmentedConst<ApiType>;
      /**
       * Accepted labels earn reputation only on tasks paying at least this per label, so
       * reputation cannot be farmed cheaply with one's own tasks.
       **/
      minRewardForReputation: u128 & AugmentedConst<ApiType>;
      /**
       * Blocks an unrevealed commit has to reveal once its item's reveals open (the item filled
       * up, or the commit window closed); after that anyone may evict it (`evict_unrevealed`):
       * its bond is slashed and its slot freed, so junk commits cannot stall an item or
       * `cancel`.
       **/
      revealWindow: u32 & AugmentedConst<ApiType>;
      /**
       * Held from a requester per task record until the finished task is cleared.
       **/
      taskDeposit: u128 & AugmentedConst<ApiType>;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
    };
    modelInvocation: {
      /**
       * Most calls one `complete_batch` settles.
       **/
      maxBatch: u32 & AugmentedConst<ApiType>;
      /**
       * Most open invocations one caller may have.
       **/
      maxOpenPerCaller: u32 & AugmentedConst<ApiType>;
      /**
       * The longest timeout an offering may set, in blocks.
       **/
      maxTimeout: u32 & AugmentedConst<ApiType>;
      /**
       * The deposit held while a model has an offering.
       **/
      offeringDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * How many blocks a receipt is kept after its call settled.
       **/
      receiptRetention: u32 & AugmentedConst<ApiType>;
    };
    royaltySplit: {
      /**
       * Most assets `claim_all` settles (and `claimable` reports) at once.
       **/
      maxClaimAll: u32 & AugmentedConst<ApiType>;
      /**
       * Derives the pot account that holds everything claimable.
       **/
      palletId: FrameSupportPalletId & AugmentedConst<ApiType>;
      /**
       * The protocol's share of every payment.
       **/
      protocolFee: Perbill & AugmentedConst<ApiType>;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
    };
  } // AugmentedConsts
} // declare module
