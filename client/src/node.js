// Node-only settings (read from the environment): import from `@lineage/client/node`.

/** The WebSocket endpoint of the node to talk to: `LINEAGE_WS` (scripts/test.sh sets it), else a local dev node. */
export const WS_URL = process.env.LINEAGE_WS ?? 'ws://127.0.0.1:9944';
