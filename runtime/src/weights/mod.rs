//! Weights measured for this runtime on this project's reference machine by
//! `scripts/benchmark.sh runtime`: the FRAME pallets and transaction extensions the runtime uses,
//! and the base weights of a block and of an extrinsic (`benchmark overhead`). Generated files;
//! regenerate rather than edit.

pub mod block_weights;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;

pub use block_weights::BlockExecutionWeight;
pub use extrinsic_weights::ExtrinsicBaseWeight;
