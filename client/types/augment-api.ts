// Generated from a Lineage node's metadata by `npm run typegen` in client/ (scripts/typegen.mjs); do not edit.

import './augment-api-consts.js';
import './augment-api-errors.js';
import './augment-api-events.js';
import './augment-api-query.js';
import './augment-api-runtime.js';
import './augment-api-tx.js';
