//! Types and traits shared by the Lineage runtime, its pallets and its clients.
//!
//! Pallets never reach into each other's storage: what one pallet needs from another is a trait
//! defined here and implemented by the pallet that owns the data; the runtime wires them up by
//! passing one pallet as another's `Config` type.
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

/// Assets, their lineage and licences, and the traits that read the registry.
pub mod assets;
/// Contributions and the contributor ledger.
pub mod attribution;
/// Payment channels: terms, vouchers, call receipts and their Merkle tree.
pub mod channels;
/// Storage deposits priced from a record's footprint, held through `Consideration` tickets.
pub mod deposits;
/// Revenue: payments, their breakdown, and the sink other pallets pay through.
pub mod revenue;
/// The runtime APIs clients call (polkadot.js `api.call.*`).
pub mod runtime_api;
/// A stand-in asset registry for the pallets' unit tests.
#[cfg(feature = "test-support")]
pub mod test_support;

pub use assets::*;
pub use attribution::*;
pub use channels::*;
pub use deposits::*;
pub use revenue::*;

/// Identifier of a registered AI asset (dataset, model or agent), assigned sequentially.
pub type AssetId = u64;
/// Identifier of a data-labelling task, assigned sequentially.
pub type TaskId = u64;
/// Identifier of one paid model invocation, assigned sequentially.
pub type InvocationId = u64;
/// A blake2-256 content hash of an off-chain artefact.
pub type ContentHash = sp_core::H256;
/// Contribution points: a contributor's weight in an asset's contributor pool. One type for a
/// contribution, a contributor's sum and an asset's total.
pub type Points = u128;
