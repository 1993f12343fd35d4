//! Transaction fees: weight priced at one base unit per picosecond, length at one micro-LIN per
//! byte, paid in LIN and burned.

use crate::{Balance, Balances, Runtime, RuntimeEvent, MICRO_UNIT};
use frame_support::{
	parameter_types,
	traits::ConstU8,
	weights::{ConstantMultiplier, IdentityFee},
};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_runtime::traits::One;

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
	/// Per byte of an extrinsic: 0.000001 LIN. A full normal block of bytes (3.75 MiB) then costs
	/// about 3.9 LIN, more than a full block of transfers pays in weight fees, so block space
	/// cannot be filled for nothing.
	pub const TransactionByteFee: Balance = MICRO_UNIT;
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	/// Fees are withdrawn from the signer and burned (total issuance falls by the fee).
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = IdentityFee<Balance>;
	type LengthToFee = ConstantMultiplier<Balance, TransactionByteFee>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = crate::weights::pallet_transaction_payment::WeightInfo<Runtime>;
}
