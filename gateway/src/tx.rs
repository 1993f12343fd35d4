//! Building and signing an extrinsic for Lineage's runtime: mortal (valid for `MORTAL_PERIOD`
//! blocks from a recent checkpoint block, so a signed transaction cannot be replayed or
//! included long after it was made), no tip, metadata hash off (the runtime's dev builds have
//! it off).

use codec::Encode;
use lineage_runtime::{
	BlockNumber, Hash, Runtime, RuntimeCall, SignedPayload, TxExtension, UncheckedExtrinsic,
};
use sp_core::{sr25519, Pair};
use sp_runtime::{generic::Era, MultiAddress, MultiSignature};

/// How many blocks a transaction stays valid after its checkpoint (a power of two; at 3 s blocks
/// about three minutes, longer than `chain::submit` waits for inclusion).
pub const MORTAL_PERIOD: u64 = 64;

/// The era of a transaction whose checkpoint is block `number`.
pub fn era(number: BlockNumber) -> Era {
	Era::mortal(MORTAL_PERIOD, number.into())
}

/// The block whose hash a transaction of `era` checkpointed at block `number` commits to
/// (`CheckEra`'s implicit): its birth block.
pub fn birth(era: Era, number: BlockNumber) -> BlockNumber {
	era.birth(number.into()) as BlockNumber
}

/// Sign `call`. `birth_hash` is the hash of the era's birth block (`birth`), which the signature
/// covers, so the transaction is valid only on that chain, from that block, for `era`'s period.
#[allow(clippy::too_many_arguments)]
pub fn sign(
	call: RuntimeCall,
	signer: &sr25519::Pair,
	nonce: u32,
	genesis: Hash,
	era: Era,
	birth_hash: Hash,
	spec_version: u32,
	tx_version: u32,
) -> Vec<u8> {
	let extension: TxExtension = (
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(era),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
	);
	let implicit = ((), spec_version, tx_version, genesis, birth_hash, (), (), (), None);
	let payload = SignedPayload::from_raw(call.clone(), extension.clone(), implicit);
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	UncheckedExtrinsic::new_signed(
		call,
		MultiAddress::Id(signer.public().into()),
		MultiSignature::Sr25519(signature),
		extension,
	)
	.encode()
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Decode;
	use sp_runtime::traits::Checkable;

	const GENESIS: Hash = Hash::repeat_byte(1);

	fn signed(era: Era, birth_hash: Hash) -> UncheckedExtrinsic {
		let signer = sr25519::Pair::from_string("//Alice", None).expect("dev seed");
		let call = RuntimeCall::System(frame_system::Call::remark { remark: b"pay me".to_vec() });
		let v = lineage_runtime::VERSION;
		let bytes =
			sign(call, &signer, 0, GENESIS, era, birth_hash, v.spec_version, v.transaction_version);
		UncheckedExtrinsic::decode(&mut &bytes[..]).expect("decodes as the runtime's extrinsic")
	}

	/// Whether the runtime accepts `xt`'s signature at block `now`, knowing `hashes`.
	fn checks_at(
		xt: &UncheckedExtrinsic,
		now: BlockNumber,
		hashes: &[(BlockNumber, Hash)],
	) -> bool {
		sp_io::TestExternalities::new_empty().execute_with(|| {
			frame_system::Pallet::<Runtime>::set_block_number(now);
			frame_system::BlockHash::<Runtime>::insert(0, GENESIS);
			for (n, h) in hashes {
				frame_system::BlockHash::<Runtime>::insert(n, h);
			}
			xt.clone().check(&frame_system::ChainContext::<Runtime>::default()).is_ok()
		})
	}

	#[test]
	fn immortal_transaction_replay_is_refused_after_its_era() {
		let at = 1_000;
		let era = era(at);
		assert_eq!(era, Era::mortal(64, 1_000));
		assert!(!era.is_immortal());
		assert_eq!(birth(era, at), at, "the checkpoint is the birth block");
		assert_eq!(era.death(at.into()), 1_064);
		let birth_hash = Hash::repeat_byte(2);
		let xt = signed(era, birth_hash);
		let known = [(at, birth_hash)];
		// Valid from its checkpoint for the era's period…
		assert!(checks_at(&xt, at, &known));
		assert!(checks_at(&xt, at + 63, &known));
		// …signed over the birth block's hash: another chain (or fork) with another block there
		// does not accept it.
		assert!(!checks_at(&xt, at + 1, &[(at, Hash::repeat_byte(9))]));
		// After the era the same bytes are dead, whatever the chain holds.
		assert!(!checks_at(&xt, at + 64, &known));
		assert!(!checks_at(&xt, at + 64, &[(at, birth_hash), (at + 64, Hash::repeat_byte(3))]));
		assert!(!checks_at(&xt, 100_000, &known));
		// What the gateway used to sign: an immortal transaction checks forever.
		let immortal = signed(Era::Immortal, GENESIS);
		assert!(checks_at(&immortal, 100_000, &[]));
	}
}
