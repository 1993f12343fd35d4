// Commit-reveal for the labeller: the salt of every committed label is kept in browser storage
// (per chain and account) until the label is revealed, so the app can reveal it when the item is
// ready — even after a reload.

export interface PendingReveal {
  task: number;
  item: number;
  label: number;
  salt: string;
}

function key(genesis: string, address: string): string {
  return `lineage.reveals.${genesis}.${address}`;
}

export function pendingReveals(genesis: string, address: string): PendingReveal[] {
  try {
    return JSON.parse(localStorage.getItem(key(genesis, address)) ?? '[]') as PendingReveal[];
  } catch {
    return [];
  }
}

function save(genesis: string, address: string, list: PendingReveal[]): void {
  localStorage.setItem(key(genesis, address), JSON.stringify(list));
}

export function rememberReveal(genesis: string, address: string, reveal: PendingReveal): void {
  const list = pendingReveals(genesis, address).filter((r) => !(r.task === reveal.task && r.item === reveal.item));
  list.push(reveal);
  save(genesis, address, list);
}

export function forgetReveal(genesis: string, address: string, task: number, item: number): void {
  save(genesis, address, pendingReveals(genesis, address).filter((r) => !(r.task === task && r.item === item)));
}

/** A fresh random 32-byte salt, hex. */
export function newSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `0x${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
