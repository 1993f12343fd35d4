//! What the gateway keeps on disk so a restart loses nothing: each HTTP caller's input by its
//! hash (written before the call is made on-chain) and each output by invocation id.

use std::{
	fs,
	io,
	path::{Path, PathBuf},
};

use lineage_primitives::{ContentHash, InvocationId};

pub struct Store {
	dir: PathBuf,
}

fn hex(h: &ContentHash) -> String {
	crate::chain::hex(h.as_bytes()).split_off(2)
}

impl Store {
	pub fn open(dir: &Path) -> io::Result<Store> {
		fs::create_dir_all(dir.join("inputs"))?;
		fs::create_dir_all(dir.join("outputs"))?;
		Ok(Store { dir: dir.to_path_buf() })
	}

	/// Write-then-rename, so a crash never leaves half a file.
	fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
		let tmp = path.with_extension("tmp");
		fs::write(&tmp, bytes)?;
		fs::rename(tmp, path)
	}

	pub fn save_input(&self, hash: &ContentHash, input: &str) -> io::Result<()> {
		Self::write(&self.dir.join("inputs").join(format!("{}.txt", hex(hash))), input.as_bytes())
	}

	pub fn input(&self, hash: &ContentHash) -> Option<String> {
		fs::read_to_string(self.dir.join("inputs").join(format!("{}.txt", hex(hash)))).ok()
	}

	pub fn save_output(&self, id: InvocationId, output: &[u8]) -> io::Result<()> {
		Self::write(&self.dir.join("outputs").join(format!("{id}.json")), output)
	}

	pub fn output(&self, id: InvocationId) -> Option<Vec<u8>> {
		fs::read(self.dir.join("outputs").join(format!("{id}.json"))).ok()
	}
}
