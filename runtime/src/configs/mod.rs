//! Each pallet's `Config` for the Lineage runtime, one file per concern.

mod balances;
mod consensus;
mod governance;
mod labelling;
mod provenance;
mod revenue;
mod system;
mod transaction_payment;

pub use system::{RuntimeBlockLength, RuntimeBlockWeights};
