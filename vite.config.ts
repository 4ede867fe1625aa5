import react from '@vitejs/plugin-react'
import { readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { serviceWorker } from './scripts/sw-plugin.ts'

// The app is served from its own origin only: no CDN, no remote fonts (training rooms are offline).
// Three entries: the editor (index.html), the embed (embed.html, only what an embed needs) and the embed SDK, a small
// dependency-free module at a stable name (lambdascope-embed.js) that docs sites load.
export default defineConfig({
  plugins: [react(), serviceWorker(readdirSync(resolve(import.meta.dirname, 'public')))],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: {
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      // The SDK's exports (embed, LambdascopeEmbedElement) are its API: Vite drops entry exports in app builds
      // otherwise.
      preserveEntrySignatures: 'exports-only',
      // The pure core (src/model, src/sim: no DOM, no globals, checked by scripts/check-fences.ts) has no import-time
      // effects, and nothing imports it for them: declared so, a module whose exports go unused is dropped with what
      // it imports (the SAM export and its YAML library left the first frame's chunks this way; #16).
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]src[\\/](model|sim)[\\/]/.test(id) },
      input: {
        main: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        sdk: resolve(import.meta.dirname, 'src/app/embed/sdk.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sdk' ? 'lambdascope-embed.js' : 'assets/[name]-[hash].js'),
        codeSplitting: {
          groups: [
            // use-sync-external-store goes with React: react-i18next needs it for the embed's first frame, and in
            // React Flow's group it brought that whole chunk along (#16).
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/ },
            { name: 'xyflow', test: /node_modules[\\/]@xyflow[\\/]/ },
            { name: 'motion', test: /node_modules[\\/](motion|framer-motion|motion-dom|motion-utils)[\\/]/ },
          ],
        },
      },
    },
  },
})
