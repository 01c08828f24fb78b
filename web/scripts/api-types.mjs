// web/src/api/types.ts is generated from the server's OpenAPI document (src/api/openapi.json)
// by openapi-typescript; never edit it by hand.
//
//   node scripts/api-types.mjs          regenerate src/api/types.ts   (npm run gen:api)
//   node scripts/api-types.mjs --check  exit 1 if src/api/types.ts is not byte for byte what
//                                       the document generates now   (ctest openapi.types_fresh)
//
// Both run the same command, so the check is exact.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const web = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const documentPath = resolve(web, process.env.OPENAPI_DOCUMENT ?? '../src/api/openapi.json')
const target = join(web, 'src/api/types.ts')
const cli = join(dirname(createRequire(import.meta.url).resolve('openapi-typescript/package.json')), 'bin/cli.js')

// --root-types-no-schema-prefix: `export type Complaint = components['schemas']['Complaint']`.
// --enum-values: the enums as arrays too (statusValues, channelValues, ...), for the screens'
// option lists.
const options = ['--root-types', '--root-types-no-schema-prefix', '--enum-values']

const scratch = mkdtempSync(join(tmpdir(), 'tanggap-api-types-'))
try {
  const out = join(scratch, 'types.ts')
  const run = spawnSync(process.execPath, [cli, documentPath, '--output', out, ...options], {
    cwd: web,
    encoding: 'utf8',
  })
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr)
    process.exit(run.status ?? 1)
  }
  const generated = readFileSync(out)
  if (process.argv.includes('--check')) {
    let current
    try {
      current = readFileSync(target)
    } catch {
      current = Buffer.alloc(0)
    }
    if (!current.equals(generated)) {
      const a = current.toString('utf8').split('\n')
      const b = generated.toString('utf8').split('\n')
      let line = 0
      while (line < a.length && line < b.length && a[line] === b[line]) line++
      console.error(`${relative(web, target)} is stale: it differs from what ${relative(web, documentPath)} generates, first at line ${line + 1}:`)
      console.error(`  in the file:      ${a[line] ?? '(end of file)'}`)
      console.error(`  generated now:    ${b[line] ?? '(end of file)'}`)
      console.error('Run `npm run gen:api` in web/ and commit src/api/types.ts.')
      process.exit(1)
    }
    console.log(`${relative(web, target)} is up to date with ${relative(web, documentPath)}`)
  } else {
    writeFileSync(target, generated)
    console.log(`wrote ${relative(web, target)} from ${relative(web, documentPath)}`)
  }
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
