//! Types and traits shared by the Lineage runtime, its pallets and its clients.
//!
//! Pallets never reach into each other's storage: what one pallet needs from another is a trait
//! defined here and implemented by the pallet that owns the data; the runtime wires them up by
//! passing one pallet as another's `Config` type.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

pub mod assets;
pub mod attribution;
pub mod revenue;
pub mod runtime_api;

pub use assets::*;
pub use attribution::*;
pub use revenue::*;

/// Identifier of a registered AI asset (dataset, model or agent), assigned sequentially.
pub type AssetId = u64;
/// Identifier of a data-labelling task, assigned sequentially.
pub type TaskId = u64;
/// Identifier of one paid model invocation, assigned sequentially.
pub type InvocationId = u64;
/// A blake2-256 content hash of an off-chain artefact.
pub type ContentHash = sp_core::H256;
/// Contribution points: a contributor's weight in an asset's contributor pool.
pub type Points = u64;
