import { defineConfig } from 'vite';

// The app is static: `vite build` writes dist/, which `vite preview` (scripts/dev.sh) or any
// static server serves. The chain endpoint is chosen at run time (?rpc=ws://…).
export default defineConfig({
  build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
