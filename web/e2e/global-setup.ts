// Starts the real Tanggap server for the e2e run and stops it afterwards.
// Binary: $TANGGAP_BINARY (the C++ test run passes its debug build), else the release build.
// Data: a fresh temporary directory with the Indramayu demo. Web: this folder's dist/.
// The specs get the URL, the data directory and the binary as TANGGAP_E2E_URL, _DATA, _BINARY.
// WhatsApp is on, with a Graph API address where nothing listens: every send fails and, retried
// quickly, ends in the dead letters (what the outbox page shows). Specs sign the webhooks they
// post with TANGGAP_E2E_WHATSAPP_SECRET.
import { spawn } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const READY = /tanggap listening on (http:\/\/\S+)/
const START_TIMEOUT_MS = 180_000 // a sanitizer build loading the demo data set is slow
const WHATSAPP_SECRET = 'e2e-secret'
const CHANNEL_ENV = {
  TANGGAP_WHATSAPP_VERIFY_TOKEN: 'e2e-verify',
  TANGGAP_WHATSAPP_APP_SECRET: WHATSAPP_SECRET,
  TANGGAP_WHATSAPP_ACCESS_TOKEN: 'e2e-token',
  TANGGAP_WHATSAPP_PHONE_NUMBER_ID: '109876543210',
  TANGGAP_WHATSAPP_API_BASE: 'http://127.0.0.1:9', // the discard port: nothing answers
  TANGGAP_OUTBOX_RETRY_BASE: '20', // ms, doubling: dead after 8 attempts within seconds
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const binary = process.env.TANGGAP_BINARY ?? resolve(webDir, '../build/release/src/app/tanggap')
  if (!existsSync(binary)) {
    throw new Error(`tanggap binary not found at ${binary}: build it or set TANGGAP_BINARY`)
  }
  const dist = join(webDir, 'dist')
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html is missing: run \`npm run build\` first`)
  }
  const data = mkdtempSync(join(tmpdir(), 'tanggap-e2e-'))
  const logDir = join(webDir, 'e2e', '.tmp')
  mkdirSync(logDir, { recursive: true })
  const log = createWriteStream(join(logDir, 'server.log'))

  const child = spawn(
    binary,
    ['serve', '--listen', '127.0.0.1:0', '--data', data, '--demo', '--submit-rate-limit', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...CHANNEL_ENV, TANGGAP_WEB_DIR: dist } },
  )
  child.stderr.pipe(log)

  const url = await new Promise<string>((resolveUrl, reject) => {
    let buffered = ''
    const timer = setTimeout(() => reject(new Error(`server not ready after ${START_TIMEOUT_MS} ms; see e2e/.tmp/server.log`)), START_TIMEOUT_MS)
    child.stdout.on('data', (chunk: Buffer) => {
      log.write(chunk)
      buffered += chunk.toString()
      const match = READY.exec(buffered)
      if (match?.[1]) {
        clearTimeout(timer)
        resolveUrl(match[1])
      }
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`server exited early (code ${code}, signal ${signal}); see e2e/.tmp/server.log`))
    })
  })
  child.stdout.on('data', (chunk: Buffer) => log.write(chunk))
  process.env.TANGGAP_E2E_URL = url
  // Specs that drive time run `tanggap sweep --data <dir> --at <time>` beside the server.
  process.env.TANGGAP_E2E_DATA = data
  process.env.TANGGAP_E2E_BINARY = binary
  process.env.TANGGAP_E2E_WHATSAPP_SECRET = WHATSAPP_SECRET

  return async () => {
    const exited = new Promise<void>((done) => child.once('exit', () => done()))
    child.kill('SIGTERM')
    const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 15_000))
    if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL')
    log.end()
    rmSync(data, { recursive: true, force: true })
  }
}
