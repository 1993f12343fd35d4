// Generated from a Lineage node's metadata by `npm run typegen` in client/ (scripts/typegen.mjs); do not edit.
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup19: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup20: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup21: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup22: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup23: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup24: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup27: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup28: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup30: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup31: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup36: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup37: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup38: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup39: pallet_asset_registry::pallet::Call<T>
   **/
  PalletAssetRegistryCall: {
    _enum: {
      register_asset: {
        kind: 'LineagePrimitivesAssetsAssetKind',
        contentHash: 'H256',
        uri: 'Bytes',
        licence: 'LineagePrimitivesAssetsLicence',
        parents: 'Vec<(u64,LineagePrimitivesAssetsRelation)>',
        salt: 'Option<H256>',
      },
      offer_ownership: {
        assetId: 'u64',
        newOwner: 'MultiAddress',
      },
      set_uri: {
        assetId: 'u64',
        uri: 'Bytes',
      },
      retire: {
        assetId: 'u64',
      },
      freeze: {
        assetId: 'u64',
        reason: 'Bytes',
      },
      unfreeze: {
        assetId: 'u64',
      },
      accept_ownership: {
        assetId: 'u64',
      },
      withdraw_ownership_offer: {
        assetId: 'u64',
      },
      commit_registration: {
        commitment: 'H256',
      },
      clear_commitment: {
        committer: 'MultiAddress',
        commitment: 'H256',
      },
      reassign_hash: {
        contentHash: 'H256',
        assetId: 'u64'
      }
    }
  },
  /**
   * Lookup40: lineage_primitives::assets::AssetKind
   **/
  LineagePrimitivesAssetsAssetKind: {
    _enum: ['Dataset', 'Model', 'Agent']
  },
  /**
   * Lookup42: lineage_primitives::assets::Licence
   **/
  LineagePrimitivesAssetsLicence: {
    commercialUse: 'bool',
    derivativesAllowed: 'bool',
    derivativeRoyalty: 'Perbill'
  },
  /**
   * Lookup46: lineage_primitives::assets::Relation
   **/
  LineagePrimitivesAssetsRelation: {
    _enum: ['TrainedOn', 'FineTunedFrom', 'DerivedFrom', 'VersionOf']
  },
  /**
   * Lookup50: pallet_contributor_attribution::pallet::Call<T>
   **/
  PalletContributorAttributionCall: {
    _enum: {
      set_contributor_pool: {
        assetId: 'u64',
        pool: 'Perbill',
      },
      record_contribution: {
        assetId: 'u64',
        contributor: 'MultiAddress',
        kind: 'LineagePrimitivesAttributionContributionKind',
        points: 'u128',
      },
      seal: {
        assetId: 'u64',
      },
      reclaim_deposit: {
        assetId: 'u64'
      }
    }
  },
  /**
   * Lookup51: lineage_primitives::attribution::ContributionKind
   **/
  LineagePrimitivesAttributionContributionKind: {
    _enum: ['Data', 'Label', 'Review', 'Training', 'Evaluation', 'Compute']
  },
  /**
   * Lookup52: pallet_royalty_split::pallet::Call<T>
   **/
  PalletRoyaltySplitCall: {
    _enum: {
      pay: {
        assetId: 'u64',
        amount: 'u128',
      },
      claim: {
        assetId: 'u64',
      },
      claim_all: 'Null'
    }
  },
  /**
   * Lookup53: pallet_model_invocation::pallet::Call<T>
   **/
  PalletModelInvocationCall: {
    _enum: {
      set_offering: {
        model: 'u64',
        pricePerCall: 'u128',
        provider: 'MultiAddress',
        providerShare: 'Perbill',
        timeout: 'u32',
      },
      pause_offering: {
        model: 'u64',
      },
      resume_offering: {
        model: 'u64',
      },
      remove_offering: {
        model: 'u64',
      },
      invoke: {
        model: 'u64',
        inputHash: 'H256',
        maxPrice: 'u128',
        terms: 'u32',
      },
      complete: {
        id: 'u64',
        outputHash: 'H256',
      },
      complete_batch: {
        calls: 'Vec<(u64,H256)>',
      },
      refund: {
        id: 'u64',
      },
      set_token_prices: {
        model: 'u64',
        per1kInput: 'u128',
        per1kOutput: 'u128'
      }
    }
  },
  /**
   * Lookup57: pallet_data_labelling_tasks::pallet::Call<T>
   **/
  PalletDataLabellingTasksCall: {
    _enum: {
      create_task: {
        spec: 'PalletDataLabellingTasksTaskSpec',
      },
      add_items: {
        task: 'u64',
        items: 'Vec<PalletDataLabellingTasksItemInput>',
      },
      open: {
        task: 'u64',
      },
      commit_label: {
        task: 'u64',
        item: 'u32',
        commitment: 'H256',
      },
      reveal_label: {
        task: 'u64',
        item: 'u32',
        label: 'u8',
        salt: 'H256',
      },
      submit_label: {
        task: 'u64',
        item: 'u32',
        label: 'u8',
      },
      finalise: {
        task: 'u64',
        gold: 'Option<PalletDataLabellingTasksGoldReveal>',
      },
      cancel: {
        task: 'u64',
      },
      claim_rewards: {
        task: 'u64',
      },
      review_item: {
        task: 'u64',
        item: 'u32',
        accept: 'bool',
      },
      clear_task: {
        task: 'u64',
      },
      evict_unrevealed: {
        task: 'u64',
        item: 'u32'
      }
    }
  },
  /**
   * Lookup58: pallet_data_labelling_tasks::types::TaskSpec<T>
   **/
  PalletDataLabellingTasksTaskSpec: {
    classes: 'Vec<Bytes>',
    labelsPerItem: 'u32',
    rewardPerLabel: 'u128',
    commitDeadline: 'u32',
    deadline: 'u32',
    commitReveal: 'bool',
    licence: 'LineagePrimitivesAssetsLicence',
    contributorPool: 'Perbill',
    minReputation: 'i32',
    goldCommitment: 'Option<H256>',
    minGoldAccuracy: 'Percent',
    review: 'Option<PalletDataLabellingTasksReviewSpec>'
  },
  /**
   * Lookup65: pallet_data_labelling_tasks::types::ReviewSpec<Balance>
   **/
  PalletDataLabellingTasksReviewSpec: {
    rewardPerReview: 'u128',
    minReputation: 'i32'
  },
  /**
   * Lookup67: pallet_data_labelling_tasks::types::ItemInput<MaxLen>
   **/
  PalletDataLabellingTasksItemInput: {
    _enum: {
      Text: 'Bytes',
      Uri: {
        uri: 'Bytes',
        contentHash: 'H256'
      }
    }
  },
  /**
   * Lookup70: pallet_data_labelling_tasks::types::GoldReveal<MaxAnswers>
   **/
  PalletDataLabellingTasksGoldReveal: {
    answers: 'Vec<(u32,u8)>',
    salt: 'H256'
  },
  /**
   * Lookup74: pallet_call_channels::pallet::Call<T>
   **/
  PalletCallChannelsCall: {
    _enum: {
      open_channel: {
        model: 'u64',
        deposit: 'u128',
        expiresAt: 'u32',
        terms: 'u32',
      },
      top_up: {
        channel: 'u64',
        amount: 'u128',
        expiresAt: 'Option<u32>',
      },
      claim: {
        voucher: 'LineagePrimitivesChannelsVoucher',
        signature: 'SpRuntimeMultiSignature',
        lastCall: 'Option<LineagePrimitivesChannelsCallReceipt>',
      },
      claim_batch: {
        model: 'u64',
        vouchers: 'Vec<PalletCallChannelsSignedVoucher>',
      },
      request_close: {
        channel: 'u64',
      },
      close: {
        channel: 'u64'
      }
    }
  },
  /**
   * Lookup76: lineage_primitives::channels::Voucher<Balance>
   **/
  LineagePrimitivesChannelsVoucher: {
    genesisHash: 'H256',
    channel: 'u64',
    amount: 'u128',
    calls: 'u64',
    receiptsRoot: 'H256',
    reserve: 'u128'
  },
  /**
   * Lookup77: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup80: lineage_primitives::channels::CallReceipt<Balance>
   **/
  LineagePrimitivesChannelsCallReceipt: {
    channel: 'u64',
    call: 'u64',
    inputHash: 'H256',
    outputHash: 'H256',
    inputTokens: 'u32',
    outputTokens: 'u32',
    amount: 'u128'
  },
  /**
   * Lookup82: pallet_call_channels::types::SignedVoucher<Balance, sp_runtime::MultiSignature>
   **/
  PalletCallChannelsSignedVoucher: {
    voucher: 'LineagePrimitivesChannelsVoucher',
    signature: 'SpRuntimeMultiSignature',
    lastCall: 'Option<LineagePrimitivesChannelsCallReceipt>'
  },
  /**
   * Lookup84: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup85: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup86: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup87: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup90: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup92: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup93: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup94: frame_metadata_hash_extension::CheckMetadataHash<T>
   **/
  FrameMetadataHashExtensionCheckMetadataHash: {
    mode: 'FrameMetadataHashExtensionMode'
  },
  /**
   * Lookup95: frame_metadata_hash_extension::Mode
   **/
  FrameMetadataHashExtensionMode: {
    _enum: ['Disabled', 'Enabled']
  },
  /**
   * Lookup97: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup98: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup100: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup101: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup103: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup106: frame_system::EventRecord<lineage_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup108: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup109: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup110: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup111: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup112: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup113: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup114: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup115: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup116: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup117: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup118: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup121: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'LineageRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'LineageRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'LineageRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'LineageRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'LineageRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup122: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup123: lineage_runtime::RuntimeHoldReason
   **/
  LineageRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      AssetRegistry: 'PalletAssetRegistryHoldReason',
      ContributorAttribution: 'PalletContributorAttributionHoldReason',
      __Unused22: 'Null',
      ModelInvocation: 'PalletModelInvocationHoldReason',
      DataLabellingTasks: 'PalletDataLabellingTasksHoldReason',
      CallChannels: 'PalletCallChannelsHoldReason'
    }
  },
  /**
   * Lookup124: pallet_asset_registry::pallet::HoldReason
   **/
  PalletAssetRegistryHoldReason: {
    _enum: ['AssetDeposit', 'CommitmentDeposit']
  },
  /**
   * Lookup125: pallet_contributor_attribution::pallet::HoldReason
   **/
  PalletContributorAttributionHoldReason: {
    _enum: ['ContributorDeposit']
  },
  /**
   * Lookup126: pallet_model_invocation::pallet::HoldReason
   **/
  PalletModelInvocationHoldReason: {
    _enum: ['Escrow', 'OfferingDeposit']
  },
  /**
   * Lookup127: pallet_data_labelling_tasks::pallet::HoldReason
   **/
  PalletDataLabellingTasksHoldReason: {
    _enum: ['TaskBudget', 'LabelBond', 'TaskDeposit']
  },
  /**
   * Lookup128: pallet_call_channels::pallet::HoldReason
   **/
  PalletCallChannelsHoldReason: {
    _enum: ['ChannelFunds', 'ChannelDeposit']
  },
  /**
   * Lookup129: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup130: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup131: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup134: pallet_asset_registry::pallet::Event<T>
   **/
  PalletAssetRegistryEvent: {
    _enum: {
      AssetRegistered: {
        assetId: 'u64',
        owner: 'AccountId32',
        kind: 'LineagePrimitivesAssetsAssetKind',
        contentHash: 'H256',
      },
      OwnershipOffered: {
        assetId: 'u64',
        owner: 'AccountId32',
        to: 'AccountId32',
      },
      OwnershipOfferWithdrawn: {
        assetId: 'u64',
      },
      OwnershipTransferred: {
        assetId: 'u64',
        from: 'AccountId32',
        to: 'AccountId32',
      },
      RegistrationCommitted: {
        commitment: 'H256',
        who: 'AccountId32',
      },
      CommitmentCleared: {
        committer: 'AccountId32',
        commitment: 'H256',
      },
      ContentHashReassigned: {
        contentHash: 'H256',
        from: 'u64',
        to: 'u64',
      },
      DatasetHashAlreadyIndexed: {
        assetId: 'u64',
        contentHash: 'H256',
        indexedAs: 'u64',
      },
      UriSet: {
        assetId: 'u64',
        uri: 'Bytes',
      },
      AssetRetired: {
        assetId: 'u64',
        depositReturned: 'u128',
      },
      AssetFrozen: {
        assetId: 'u64',
        reason: 'Bytes',
      },
      AssetUnfrozen: {
        assetId: 'u64'
      }
    }
  },
  /**
   * Lookup135: pallet_contributor_attribution::pallet::Event<T>
   **/
  PalletContributorAttributionEvent: {
    _enum: {
      ContributionRecorded: {
        assetId: 'u64',
        contributor: 'AccountId32',
        kind: 'LineagePrimitivesAttributionContributionKind',
        points: 'u128',
        source: 'LineagePrimitivesAttributionContributionSource',
      },
      ContributorPoolSet: {
        assetId: 'u64',
        pool: 'Perbill',
      },
      AssetSealed: {
        assetId: 'u64',
      },
      DepositReclaimed: {
        assetId: 'u64',
        who: 'AccountId32',
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup136: lineage_primitives::attribution::ContributionSource
   **/
  LineagePrimitivesAttributionContributionSource: {
    _enum: {
      Owner: 'Null',
      LabellingTask: 'u64'
    }
  },
  /**
   * Lookup137: pallet_royalty_split::pallet::Event<T>
   **/
  PalletRoyaltySplitEvent: {
    _enum: {
      RevenuePaid: {
        assetId: 'u64',
        payer: 'AccountId32',
        amount: 'u128',
        protocolFee: 'u128',
        toProvider: 'u128',
        credits: 'Vec<LineagePrimitivesRevenueAssetCredit>',
      },
      Claimed: {
        who: 'AccountId32',
        assetId: 'u64',
        asOwner: 'u128',
        asContributor: 'u128'
      }
    }
  },
  /**
   * Lookup139: lineage_primitives::revenue::AssetCredit<Balance>
   **/
  LineagePrimitivesRevenueAssetCredit: {
    asset: 'u64',
    amount: 'u128',
    toContributors: 'u128',
    toOwner: 'u128'
  },
  /**
   * Lookup141: pallet_model_invocation::pallet::Event<T>
   **/
  PalletModelInvocationEvent: {
    _enum: {
      OfferingSet: {
        model: 'u64',
        provider: 'AccountId32',
        pricePerCall: 'u128',
        providerShare: 'Perbill',
        timeout: 'u32',
        terms: 'u32',
      },
      TokenPricesSet: {
        model: 'u64',
        per1kInput: 'u128',
        per1kOutput: 'u128',
        terms: 'u32',
      },
      OfferingPaused: {
        model: 'u64',
      },
      OfferingResumed: {
        model: 'u64',
      },
      OfferingRemoved: {
        model: 'u64',
      },
      InvocationRequested: {
        id: 'u64',
        model: 'u64',
        caller: 'AccountId32',
        price: 'u128',
        inputHash: 'H256',
        deadline: 'u32',
      },
      InvocationSettled: {
        id: 'u64',
        model: 'u64',
        provider: 'AccountId32',
        outputHash: 'H256',
        toProvider: 'u128',
        protocolFee: 'u128',
        toAncestors: 'u128',
        toModel: 'u128',
      },
      InvocationRefunded: {
        id: 'u64',
        caller: 'AccountId32',
        amount: 'u128',
      },
      BatchItemFailed: {
        id: 'u64',
        error: 'SpRuntimeDispatchError',
      },
      ReceiptPruned: {
        id: 'u64',
      },
      ExpiryRefundFailed: {
        id: 'u64',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup142: pallet_data_labelling_tasks::pallet::Event<T>
   **/
  PalletDataLabellingTasksEvent: {
    _enum: {
      TaskCreated: {
        task: 'u64',
        requester: 'AccountId32',
      },
      ItemsAdded: {
        task: 'u64',
        first: 'u32',
        count: 'u32',
        held: 'u128',
      },
      TaskOpened: {
        task: 'u64',
      },
      LabelCommitted: {
        task: 'u64',
        item: 'u32',
        labeller: 'AccountId32',
      },
      LabelRevealed: {
        task: 'u64',
        item: 'u32',
        labeller: 'AccountId32',
        label: 'u8',
      },
      ItemResolved: {
        task: 'u64',
        item: 'u32',
        outcome: 'PalletDataLabellingTasksItemOutcome',
      },
      TieBreakSlotOpened: {
        task: 'u64',
        item: 'u32',
      },
      TaskFinalised: {
        task: 'u64',
        dataset: 'Option<u64>',
        acceptedItems: 'u32',
        disputedItems: 'u32',
      },
      TaskCancelled: {
        task: 'u64',
      },
      GoldFailed: {
        task: 'u64',
        labeller: 'AccountId32',
        correct: 'u32',
        labelled: 'u32',
      },
      ItemReviewed: {
        task: 'u64',
        item: 'u32',
        reviewer: 'AccountId32',
        label: 'u8',
        accepted: 'bool',
      },
      BondsSettled: {
        task: 'u64',
        item: 'u32',
        returned: 'u32',
        slashed: 'u32',
      },
      DatasetNotRegistered: {
        task: 'u64',
        error: 'SpRuntimeDispatchError',
      },
      CommitsEvicted: {
        task: 'u64',
        item: 'u32',
        evicted: 'u32',
      },
      TaskCleared: {
        task: 'u64',
        depositReturned: 'u128',
      },
      ItemReopened: {
        task: 'u64',
        item: 'u32',
      },
      TaskExpired: {
        task: 'u64',
        refunded: 'u128',
      },
      RewardsClaimed: {
        task: 'u64',
        claimer: 'AccountId32',
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup143: pallet_data_labelling_tasks::types::ItemOutcome
   **/
  PalletDataLabellingTasksItemOutcome: {
    _enum: {
      Pending: 'Null',
      UnderReview: 'u8',
      Accepted: 'u8',
      Disputed: 'Null',
      Rejected: 'Null'
    }
  },
  /**
   * Lookup145: pallet_call_channels::pallet::Event<T>
   **/
  PalletCallChannelsEvent: {
    _enum: {
      ChannelOpened: {
        channel: 'u64',
        caller: 'AccountId32',
        model: 'u64',
        provider: 'AccountId32',
        pricePerCall: 'u128',
        tokenPrices: 'LineagePrimitivesChannelsTokenPrices',
        deposit: 'u128',
        expiresAt: 'u32',
      },
      ChannelToppedUp: {
        channel: 'u64',
        amount: 'u128',
        deposit: 'u128',
        expiresAt: 'u32',
      },
      ChannelClaimed: {
        channel: 'u64',
        model: 'u64',
        calls: 'u64',
        amount: 'u128',
        totalCalls: 'u64',
        receiptsRoot: 'H256',
        lastCall: 'Option<LineagePrimitivesChannelsCallReceipt>',
      },
      ClaimsSettled: {
        model: 'u64',
        provider: 'AccountId32',
        channels: 'u32',
        calls: 'u64',
        amount: 'u128',
        protocolFee: 'u128',
        toProvider: 'u128',
        toAncestors: 'u128',
        toModel: 'u128',
      },
      ClaimFailed: {
        channel: 'u64',
        error: 'SpRuntimeDispatchError',
      },
      ChannelCloseRequested: {
        channel: 'u64',
        claimableUntil: 'u32',
      },
      ChannelClosed: {
        channel: 'u64',
        caller: 'AccountId32',
        refunded: 'u128'
      }
    }
  },
  /**
   * Lookup146: lineage_primitives::channels::TokenPrices<Balance>
   **/
  LineagePrimitivesChannelsTokenPrices: {
    per1kInput: 'u128',
    per1kOutput: 'u128'
  },
  /**
   * Lookup147: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup151: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup154: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup155: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup156: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup157: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup159: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup160: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup161: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup162: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup168: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup169: sp_runtime::traits::BlakeTwo256
   **/
  SpRuntimeBlakeTwo256: 'Null',
  /**
   * Lookup170: sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, lineage_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup171: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup176: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup179: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup180: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup182: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup184: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup185: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup188: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup191: frame_support::traits::tokens::misc::IdAmount<lineage_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'LineageRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup194: frame_support::traits::tokens::misc::IdAmount<lineage_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'LineageRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup195: lineage_runtime::RuntimeFreezeReason
   **/
  LineageRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup197: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup199: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup200: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup201: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup202: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup203: pallet_asset_registry::types::AssetRecord<T>
   **/
  PalletAssetRegistryAssetRecord: {
    owner: 'AccountId32',
    kind: 'LineagePrimitivesAssetsAssetKind',
    contentHash: 'H256',
    uri: 'Bytes',
    licence: 'LineagePrimitivesAssetsLicence',
    parents: 'Vec<(u64,LineagePrimitivesAssetsRelation)>',
    registeredAt: 'u32',
    status: 'LineagePrimitivesAssetsAssetStatus',
    freezeReason: 'Option<Bytes>',
    deposit: 'Option<u128>',
    committedAt: 'Option<u32>'
  },
  /**
   * Lookup204: lineage_primitives::assets::AssetStatus
   **/
  LineagePrimitivesAssetsAssetStatus: {
    _enum: ['Active', 'Frozen', 'Retired']
  },
  /**
   * Lookup212: pallet_asset_registry::types::Commitment<sp_core::crypto::AccountId32, frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>, BlockNumber>
   **/
  PalletAssetRegistryCommitment: {
    who: 'AccountId32',
    at: 'u32',
    deposit: 'u128'
  },
  /**
   * Lookup215: pallet_asset_registry::pallet::Error<T>
   **/
  PalletAssetRegistryError: {
    _enum: ['UnknownAsset', 'DuplicateContentHash', 'UnknownParent', 'DuplicateParent', 'DerivativesNotAllowed', 'TooManyParents', 'TooManyAncestors', 'RoyaltyStackTooHigh', 'UriTooLong', 'NotOwner', 'AssetIsRetired', 'AssetIsFrozen', 'NotFrozen', 'InsufficientDeposit', 'AlreadyOwner', 'AssetIdOverflow', 'NoOwnershipOffer', 'NotOfferedToYou', 'DuplicateCommitment', 'UnknownCommitment', 'RevealTooEarly', 'RevealWindowPassed', 'CommitmentStillLive', 'HashMismatch', 'AlreadyIndexed']
  },
  /**
   * Lookup217: pallet_contributor_attribution::types::ContributorRecord
   **/
  PalletContributorAttributionContributorRecord: {
    points: 'u128',
    byKind: 'Vec<(LineagePrimitivesAttributionContributionKind,u128)>'
  },
  /**
   * Lookup221: pallet_contributor_attribution::types::AssetTotals
   **/
  PalletContributorAttributionAssetTotals: {
    points: 'u128',
    contributors: 'u32'
  },
  /**
   * Lookup222: pallet_contributor_attribution::types::RecordDeposit<frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>>
   **/
  PalletContributorAttributionRecordDeposit: {
    records: 'u32',
    ticket: 'u128'
  },
  /**
   * Lookup224: pallet_contributor_attribution::pallet::Error<T>
   **/
  PalletContributorAttributionError: {
    _enum: ['UnknownAsset', 'NotOwner', 'AssetIsRetired', 'AssetIsFrozen', 'ContributorsSealed', 'AlreadySealed', 'ZeroPoints', 'PointsOverflow', 'PoolCannotDecrease', 'PoolBelowFloor', 'InsufficientDeposit', 'AssetNotRetired', 'NoDeposit']
  },
  /**
   * Lookup225: pallet_royalty_split::types::AssetLedger<Balance>
   **/
  PalletRoyaltySplitAssetLedger: {
    accPerPoint: 'U256',
    poolUnclaimed: 'u128',
    totalEarned: 'u128'
  },
  /**
   * Lookup229: pallet_royalty_split::types::Earning<Balance>
   **/
  PalletRoyaltySplitEarning: {
    asOwner: 'u128',
    contributorScaled: 'U256',
    checkpoint: 'U256'
  },
  /**
   * Lookup230: frame_support::PalletId
   **/
  FrameSupportPalletId: '[u8;8]',
  /**
   * Lookup231: pallet_royalty_split::pallet::Error<T>
   **/
  PalletRoyaltySplitError: {
    _enum: ['UnknownAsset', 'AssetIsFrozen', 'AssetIsRetired', 'ZeroAmount', 'InsufficientBalance', 'NothingToClaim', 'TooManyAncestors', 'Overflow', 'ProviderShareTooHigh']
  },
  /**
   * Lookup232: pallet_model_invocation::types::Offering<sp_core::crypto::AccountId32, Balance, BlockNumber, frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>>
   **/
  PalletModelInvocationOffering: {
    provider: 'AccountId32',
    pricePerCall: 'u128',
    tokenPrices: 'LineagePrimitivesChannelsTokenPrices',
    providerShare: 'Perbill',
    timeout: 'u32',
    paused: 'bool',
    depositor: 'AccountId32',
    deposit: 'u128',
    terms: 'u32'
  },
  /**
   * Lookup234: pallet_model_invocation::types::Invocation<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  PalletModelInvocationInvocation: {
    model: 'u64',
    caller: 'AccountId32',
    provider: 'AccountId32',
    price: 'u128',
    providerShare: 'Perbill',
    inputHash: 'H256',
    requestedAt: 'u32',
    deadline: 'u32'
  },
  /**
   * Lookup237: pallet_model_invocation::types::Receipt<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  PalletModelInvocationReceipt: {
    model: 'u64',
    caller: 'AccountId32',
    provider: 'AccountId32',
    price: 'u128',
    inputHash: 'H256',
    outputHash: 'H256',
    requestedAt: 'u32',
    settledAt: 'u32'
  },
  /**
   * Lookup239: pallet_model_invocation::types::Timer
   **/
  PalletModelInvocationTimer: {
    _enum: ['Expire', 'Prune']
  },
  /**
   * Lookup240: pallet_model_invocation::pallet::Error<T>
   **/
  PalletModelInvocationError: {
    _enum: ['UnknownAsset', 'NotOwner', 'NotAModel', 'AssetIsFrozen', 'AssetIsRetired', 'ZeroPrice', 'TokenPricesUnchanged', 'PricedPerToken', 'TermsChanged', 'ProviderShareTooHigh', 'BadTimeout', 'NoOffering', 'OfferingIsPaused', 'OfferingNotPaused', 'PriceAboveMax', 'TooManyOpenInvocations', 'InsufficientBalance', 'InsufficientDeposit', 'UnknownInvocation', 'NotProvider', 'DeadlinePassed', 'DeadlineNotPassed', 'EmptyBatch', 'MixedModels', 'Overflow']
  },
  /**
   * Lookup241: pallet_data_labelling_tasks::types::TaskRecord<sp_core::crypto::AccountId32, Balance, BlockNumber, MaxClasses, MaxNameLen, frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>>
   **/
  PalletDataLabellingTasksTaskRecord: {
    requester: 'AccountId32',
    status: 'PalletDataLabellingTasksTaskStatus',
    classes: 'Vec<Bytes>',
    labelsPerItem: 'u32',
    rewardPerLabel: 'u128',
    labelBond: 'u128',
    commitDeadline: 'u32',
    deadline: 'u32',
    commitReveal: 'bool',
    licence: 'LineagePrimitivesAssetsLicence',
    contributorPool: 'Perbill',
    minReputation: 'i32',
    goldCommitment: 'Option<H256>',
    minGoldAccuracy: 'Percent',
    review: 'Option<PalletDataLabellingTasksReviewSpec>',
    itemCount: 'u32',
    labels: 'u32',
    escrow: 'u128',
    owed: 'u128',
    dataset: 'Option<u64>',
    deposit: 'u128'
  },
  /**
   * Lookup243: pallet_data_labelling_tasks::types::TaskStatus
   **/
  PalletDataLabellingTasksTaskStatus: {
    _enum: ['Draft', 'Open', 'Finalised', 'Cancelled', 'Expired']
  },
  /**
   * Lookup245: pallet_data_labelling_tasks::types::Item<sp_core::crypto::AccountId32, BlockNumber, MaxVotes>
   **/
  PalletDataLabellingTasksItem: {
    contentHash: 'H256',
    votes: 'Vec<(AccountId32,PalletDataLabellingTasksVote)>',
    slots: 'u32',
    outcome: 'PalletDataLabellingTasksItemOutcome',
    round: 'u32',
    excluded: 'Vec<AccountId32>',
    fullSince: 'Option<u32>'
  },
  /**
   * Lookup248: pallet_data_labelling_tasks::types::Vote
   **/
  PalletDataLabellingTasksVote: {
    _enum: {
      Committed: 'H256',
      Revealed: 'u8'
    }
  },
  /**
   * Lookup252: pallet_data_labelling_tasks::types::Earned<Balance>
   **/
  PalletDataLabellingTasksEarned: {
    labels: 'u32',
    reviews: 'u32',
    amount: 'u128'
  },
  /**
   * Lookup253: pallet_data_labelling_tasks::pallet::Error<T>
   **/
  PalletDataLabellingTasksError: {
    _enum: ['UnknownTask', 'UnknownItem', 'NotRequester', 'WrongPhase', 'BadClassCount', 'BadLabelsPerItem', 'ZeroReward', 'BadDeadline', 'TooManyItems', 'BadItemCount', 'BadItemLength', 'NoItems', 'InsufficientBalance', 'InsufficientDeposit', 'DeadlinePassed', 'AlreadyLabelled', 'ItemFull', 'ItemAlreadyResolved', 'CommitRevealRequired', 'CommitRevealNotUsed', 'NotALabeller', 'RevealTooEarly', 'RevealMismatch', 'LabelOutOfRange', 'HasLabels', 'RequesterGracePeriod', 'TooEarly', 'NothingToClaim', 'TooManyTasks', 'InsufficientReputation', 'InsufficientBond', 'NothingToEvict', 'BadGoldAnswers', 'GoldMismatch', 'NoGold', 'NoReview', 'NotUnderReview', 'CannotReviewOwnItem', 'Overflow']
  },
  /**
   * Lookup254: pallet_call_channels::types::Channel<sp_core::crypto::AccountId32, Balance, BlockNumber, frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>>
   **/
  PalletCallChannelsChannel: {
    caller: 'AccountId32',
    model: 'u64',
    provider: 'AccountId32',
    pricePerCall: 'u128',
    tokenPrices: 'LineagePrimitivesChannelsTokenPrices',
    providerShare: 'Perbill',
    terms: 'u32',
    deposit: 'u128',
    claimed: 'u128',
    claimedCalls: 'u64',
    receiptsRoot: 'H256',
    openedAt: 'u32',
    expiresAt: 'u32',
    closingUntil: 'Option<u32>',
    record: 'u128'
  },
  /**
   * Lookup256: pallet_call_channels::pallet::Error<T>
   **/
  PalletCallChannelsError: {
    _enum: ['UnknownAsset', 'AssetIsFrozen', 'AssetIsRetired', 'NoOffering', 'OfferingIsPaused', 'TermsChanged', 'DepositBelowPrice', 'BadExpiry', 'TooManyChannels', 'InsufficientBalance', 'InsufficientDeposit', 'UnknownChannel', 'NotCaller', 'WrongChannel', 'WrongChain', 'BadSignature', 'StaleVoucher', 'AboveTerms', 'OverDeposit', 'ReserveAboveAmount', 'NotPricedPerToken', 'WrongLastCall', 'WrongCharge', 'NotProvider', 'LastCallClaimed', 'ClaimWindowOver', 'ChannelClosing', 'AlreadyClosing', 'CloseTooEarly', 'NothingToTopUp', 'EmptyBatch', 'MixedModels', 'MixedTerms', 'Overflow']
  },
  /**
   * Lookup257: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, lineage_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup260: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup264: frame_support::view_functions::ViewFunctionId
   **/
  FrameSupportViewFunctionsViewFunctionId: {
    prefix: '[u8;16]',
    suffix: '[u8;16]'
  },
  /**
   * Lookup267: frame_support::view_functions::ViewFunctionDispatchError
   **/
  FrameSupportViewFunctionsViewFunctionDispatchError: {
    _enum: {
      NotImplemented: 'Null',
      NotFound: 'FrameSupportViewFunctionsViewFunctionId',
      Codec: 'Null'
    }
  },
  /**
   * Lookup269: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup270: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup271: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup272: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup276: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup277: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup279: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup282: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup286: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup290: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup291: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup293: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup295: lineage_primitives::runtime_api::AssetView<sp_core::crypto::AccountId32, BlockNumber>
   **/
  LineagePrimitivesRuntimeApiAssetView: {
    id: 'u64',
    owner: 'AccountId32',
    kind: 'LineagePrimitivesAssetsAssetKind',
    contentHash: 'H256',
    uri: 'Bytes',
    licence: 'LineagePrimitivesAssetsLicence',
    parents: 'Vec<(u64,LineagePrimitivesAssetsRelation)>',
    registeredAt: 'u32',
    status: 'LineagePrimitivesAssetsAssetStatus',
    freezeReason: 'Option<Bytes>',
    committedAt: 'Option<u32>'
  },
  /**
   * Lookup297: lineage_primitives::runtime_api::ContributorView<sp_core::crypto::AccountId32>
   **/
  LineagePrimitivesRuntimeApiContributorView: {
    who: 'AccountId32',
    points: 'u128',
    byKind: 'Vec<(LineagePrimitivesAttributionContributionKind,u128)>'
  },
  /**
   * Lookup301: lineage_primitives::revenue::RevenueBreakdown<Balance>
   **/
  LineagePrimitivesRevenueRevenueBreakdown: {
    asset: 'u64',
    amount: 'u128',
    protocolFee: 'u128',
    toProvider: 'u128',
    credits: 'Vec<LineagePrimitivesRevenueAssetCredit>'
  },
  /**
   * Lookup303: lineage_primitives::runtime_api::ClaimableView<Balance>
   **/
  LineagePrimitivesRuntimeApiClaimableView: {
    asset: 'u64',
    asOwner: 'u128',
    asContributor: 'u128',
    locked: 'bool'
  },
  /**
   * Lookup309: lineage_primitives::runtime_api::OfferingView<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  LineagePrimitivesRuntimeApiOfferingView: {
    provider: 'AccountId32',
    pricePerCall: 'u128',
    tokenPrices: 'LineagePrimitivesChannelsTokenPrices',
    providerShare: 'Perbill',
    timeout: 'u32',
    paused: 'bool',
    terms: 'u32'
  },
  /**
   * Lookup311: lineage_primitives::runtime_api::InvocationView<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  LineagePrimitivesRuntimeApiInvocationView: {
    id: 'u64',
    model: 'u64',
    caller: 'AccountId32',
    provider: 'AccountId32',
    price: 'u128',
    inputHash: 'H256',
    outputHash: 'Option<H256>',
    requestedAt: 'u32',
    deadline: 'u32',
    settledAt: 'Option<u32>'
  },
  /**
   * Lookup314: lineage_primitives::runtime_api::ChannelView<sp_core::crypto::AccountId32, Balance, BlockNumber>
   **/
  LineagePrimitivesRuntimeApiChannelView: {
    id: 'u64',
    caller: 'AccountId32',
    model: 'u64',
    provider: 'AccountId32',
    pricePerCall: 'u128',
    tokenPrices: 'LineagePrimitivesChannelsTokenPrices',
    providerShare: 'Perbill',
    terms: 'u32',
    deposit: 'u128',
    claimed: 'u128',
    claimedCalls: 'u64',
    receiptsRoot: 'H256',
    openedAt: 'u32',
    expiresAt: 'u32',
    closingUntil: 'Option<u32>',
    claimable: 'bool'
  },
  /**
   * Lookup319: lineage_runtime::RuntimeError
   **/
  LineageRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      __Unused2: 'Null',
      Grandpa: 'PalletGrandpaError',
      Balances: 'PalletBalancesError',
      __Unused5: 'Null',
      Sudo: 'PalletSudoError',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      __Unused14: 'Null',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      AssetRegistry: 'PalletAssetRegistryError',
      ContributorAttribution: 'PalletContributorAttributionError',
      RoyaltySplit: 'PalletRoyaltySplitError',
      ModelInvocation: 'PalletModelInvocationError',
      DataLabellingTasks: 'PalletDataLabellingTasksError',
      CallChannels: 'PalletCallChannelsError'
    }
  }
};
