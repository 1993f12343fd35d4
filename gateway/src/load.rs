//! `lineage-gateway load`: closed-loop paid calls against a gateway, for
//! `scripts/bench-channels.sh`. Each client owns one channel and one keep-alive HTTP/1.1
//! connection; for every call it signs the next voucher (committing to the receipts of its earlier
//! calls, as a caller must), sends it, checks the answer's receipt and adds it to its receipts
//! tree. It prints one JSON object: every call's latency summary and, per channel, when each call
//! was answered (ms since the epoch), for the benchmark to match against the chain's claims.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use codec::Encode;
use lineage_primitives::{receipts, CallReceipt, ChannelId, ContentHash, Voucher};
use lineage_runtime::{Balance, Signature};
use serde::Deserialize;
use sp_core::{ed25519, sr25519, Pair};
use tokio::{
	io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader},
	net::TcpStream,
};

use crate::channels::SignedVoucher;

/// The clients file: the chain, the price, and each client's channel and secret URI.
#[derive(Deserialize)]
pub struct Plan {
	/// `0x…` genesis hash of the chain.
	pub genesis_hash: String,
	/// The channels' price per call, in plancks (a decimal string).
	pub price: String,
	/// `ed25519` or `sr25519`.
	pub scheme: String,
	pub clients: Vec<Client>,
}

#[derive(Deserialize)]
pub struct Client {
	pub channel: ChannelId,
	pub suri: String,
}

/// Signs a voucher's payload with a client's key (any scheme the runtime accepts).
type Signer = Box<dyn Fn(&[u8]) -> Signature + Send>;

fn hash(s: &str) -> Result<ContentHash, String> {
	let bytes = crate::chain::hex_bytes(s).ok_or_else(|| format!("not hex: {s}"))?;
	<[u8; 32]>::try_from(bytes)
		.map(ContentHash::from)
		.map_err(|_| format!("not 32 bytes: {s}"))
}

/// One HTTP/1.1 request on a kept-alive connection: the status and the body.
async fn post(
	conn: &mut BufReader<TcpStream>,
	path: &str,
	voucher: &str,
	body: &str,
) -> Result<(u16, Vec<u8>), String> {
	let request = format!(
		"POST {path} HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nX-Lineage-Voucher: {voucher}\r\nContent-Length: {}\r\n\r\n{body}",
		body.len()
	);
	conn.get_mut().write_all(request.as_bytes()).await.map_err(|e| e.to_string())?;
	let mut line = String::new();
	conn.read_line(&mut line).await.map_err(|e| e.to_string())?;
	let status = line
		.split_whitespace()
		.nth(1)
		.and_then(|s| s.parse().ok())
		.ok_or_else(|| format!("bad status line {line:?}"))?;
	let mut length = 0usize;
	loop {
		line.clear();
		conn.read_line(&mut line).await.map_err(|e| e.to_string())?;
		let header = line.trim_end();
		if header.is_empty() {
			break;
		}
		if let Some((name, value)) = header.split_once(':') {
			if name.eq_ignore_ascii_case("content-length") {
				length = value.trim().parse().map_err(|_| "bad content-length".to_string())?;
			}
		}
	}
	let mut body = vec![0; length];
	conn.read_exact(&mut body).await.map_err(|e| e.to_string())?;
	Ok((status, body))
}

/// What one client did.
struct Outcome {
	channel: ChannelId,
	latencies: Vec<f64>,
	answered: Vec<u128>,
	failures: Vec<String>,
}

async fn client(
	addr: String,
	model: u64,
	genesis: ContentHash,
	price: Balance,
	channel: ChannelId,
	signer: Signer,
	until: Instant,
) -> Outcome {
	let mut out = Outcome { channel, latencies: vec![], answered: vec![], failures: vec![] };
	let mut conn = match TcpStream::connect(&addr).await {
		Ok(s) => BufReader::new(s),
		Err(e) => {
			out.failures.push(e.to_string());
			return out;
		},
	};
	let path = format!("/v1/models/{model}/calls");
	let (mut amount, mut calls, mut tree) = (0 as Balance, 0u64, receipts::Frontier::default());
	while Instant::now() < until {
		let started = Instant::now();
		let voucher = Voucher {
			genesis_hash: genesis,
			channel,
			amount: amount.saturating_add(price),
			calls: calls.saturating_add(1),
			receipts_root: tree.root(),
			reserve: 0,
		};
		let signature = signer(&voucher.signing_payload());
		let header =
			crate::chain::hex(&SignedVoucher { voucher, signature, last_call: None }.encode());
		let input = format!("client {channel} call {}: a great film", calls + 1);
		let body = serde_json::json!({ "input": input }).to_string();
		let answer = match post(&mut conn, &path, &header, &body).await {
			Ok((200, body)) => serde_json::from_slice::<serde_json::Value>(&body)
				.map_err(|e| e.to_string())
				.and_then(|v| receipt(&v["receipt"])),
			Ok((status, body)) => Err(format!("{status}: {}", String::from_utf8_lossy(&body))),
			Err(e) => Err(e),
		};
		match answer {
			Ok(r)
				if r.channel == channel &&
					r.call == calls + 1 &&
					r.amount == price &&
					r.input_hash == sp_io::hashing::blake2_256(input.as_bytes()).into() =>
			{
				tree.push(receipts::leaf_hash(&r));
				amount = amount.saturating_add(price);
				calls += 1;
				out.latencies.push(started.elapsed().as_secs_f64() * 1000.0);
				out.answered.push(
					SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_millis(),
				);
			},
			Ok(r) => {
				out.failures.push(format!("a receipt that is not this call's: {r:?}"));
				return out;
			},
			Err(e) => {
				out.failures.push(e);
				return out;
			},
		}
	}
	out
}

fn receipt(v: &serde_json::Value) -> Result<CallReceipt<Balance>, String> {
	let text = |k: &str| v[k].as_str().ok_or_else(|| format!("receipt without {k}"));
	Ok(CallReceipt {
		channel: v["channel"].as_u64().ok_or("receipt without channel")?,
		call: v["call"].as_u64().ok_or("receipt without call")?,
		input_hash: hash(text("input_hash")?)?,
		output_hash: hash(text("output_hash")?)?,
		input_tokens: v["input_tokens"].as_u64().and_then(|n| u32::try_from(n).ok()).unwrap_or(0),
		output_tokens: v["output_tokens"].as_u64().and_then(|n| u32::try_from(n).ok()).unwrap_or(0),
		amount: text("amount")?.parse().map_err(|_| "bad amount".to_string())?,
	})
}

/// Run `plan`'s clients against `addr` (host:port) for `seconds`; the JSON result.
pub async fn run(
	addr: String,
	model: u64,
	plan: Plan,
	seconds: u64,
) -> Result<serde_json::Value, String> {
	let genesis = hash(&plan.genesis_hash)?;
	let price: Balance = plan.price.parse().map_err(|_| "bad price".to_string())?;
	let until = Instant::now() + Duration::from_secs(seconds);
	let mut tasks = Vec::new();
	for c in plan.clients {
		let signer: Signer = match plan.scheme.as_str() {
			"ed25519" => {
				let pair =
					ed25519::Pair::from_string(&c.suri, None).map_err(|e| format!("{e:?}"))?;
				Box::new(move |payload: &[u8]| pair.sign(payload).into())
			},
			"sr25519" => {
				let pair =
					sr25519::Pair::from_string(&c.suri, None).map_err(|e| format!("{e:?}"))?;
				Box::new(move |payload: &[u8]| pair.sign(payload).into())
			},
			other => return Err(format!("unknown scheme {other}")),
		};
		tasks.push(tokio::spawn(client(
			addr.clone(),
			model,
			genesis,
			price,
			c.channel,
			signer,
			until,
		)));
	}
	let started = Instant::now();
	let mut latencies = Vec::new();
	let mut answered = serde_json::Map::new();
	let mut failures = Vec::new();
	for t in tasks {
		let o = t.await.map_err(|e| e.to_string())?;
		latencies.extend(o.latencies);
		answered.insert(o.channel.to_string(), serde_json::json!(o.answered));
		failures.extend(o.failures);
	}
	let elapsed = started.elapsed().as_secs_f64();
	latencies.sort_by(|a, b| a.total_cmp(b));
	let pct = |p: f64| {
		latencies
			.get(((p / 100.0) * latencies.len() as f64) as usize)
			.or(latencies.last())
			.copied()
			.unwrap_or(f64::NAN)
	};
	Ok(serde_json::json!({
		"calls": latencies.len(),
		"seconds": elapsed,
		"p50_ms": pct(50.0),
		"p99_ms": pct(99.0),
		"answered": answered,
		"failures": failures,
	}))
}
