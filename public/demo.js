// A documentation page driving a Lambdascope embed through the SDK. Plain JavaScript, as on any docs site.
import { embed } from './lambdascope-embed.js'

const player = embed(document.getElementById('sdk-embed'), {
  example: 's3-dlq',
  title: 'Lambdascope: an S3 upload, a failing function and its DLQ',
  controls: 'full',
  speed: 100,
})
const out = document.getElementById('sdk-state')
const show = (s) => {
  const sec = (s.positionMs / 1000).toFixed(1)
  out.textContent = `${s.status} at ${sec} s${s.selectedEventId ? `, event ${s.selectedEventId} selected` : ''}${s.finished ? ' (finished)' : ''} — ${s.title}`
}
player.on('ready', show)
player.on('state', show)
player.on('error', (e) => {
  out.textContent = `error in ${e.request}: ${e.issues.map((i) => `${i.path} ${i.message}`).join('; ')}`
})

const redrive = {
  format: 'lambdascope/scenario@1',
  title: 'SQS queue with a redrive policy',
  era: 'current',
  seed: 7,
  durationMs: 120000,
  nodes: [
    { id: 'orders', type: 'sqs', position: { x: 0, y: 0 } },
    { id: 'worker', type: 'lambda', position: { x: 260, y: 0 } },
  ],
  edges: [{ from: 'orders', to: 'worker' }],
  traffic: [{ id: 'o', source: 'orders', kind: 'once', atMs: 1000, count: 3 }],
  faults: [],
}

document.querySelector('.doc__buttons').addEventListener('click', (e) => {
  const action = e.target instanceof HTMLElement ? e.target.dataset.action : undefined
  if (action === 'play') player.play()
  if (action === 'pause') player.pause()
  if (action === 'seek') player.seek(60000)
  if (action === 'timeout') player.injectFault({ kind: 'fault', fault: { kind: 'timeout', target: 'thumbnailer' } })
  if (action === 'load') player.load(redrive)
  if (action === 'ja') player.setLang('ja')
})
