// Differential check of awsdrill's IAM policy evaluator (src/core/iam) against a second,
// independent implementation, @cloud-copilot/iam-simulate.
//
// It draws random policy sets and requests from a seeded generator, asks iam-simulate for each
// decision and writes the cases with those decisions to tests/fixtures/iam/differential.json.
// `cargo test --test iam_diff` then evaluates every case with awsdrill and compares, without Node.
//
//   cd scripts/iam_diff && npm install && node run.mjs [--count 400] [--seed 18]
//
// Cases iam-simulate refuses as invalid input are dropped (counted in the fixture).

import { runSimulation } from '@cloud-copilot/iam-simulate'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'

const args = process.argv.slice(2)
const opt = (name, dflt) => {
  const i = args.indexOf(name)
  return i >= 0 ? Number(args[i + 1]) : dflt
}
const COUNT = opt('--count', 400)
const SEED = opt('--seed', 18)
const here = dirname(fileURLToPath(import.meta.url))
const out = join(here, '..', '..', 'tests', 'fixtures', 'iam', 'differential.json')
const version = JSON.parse(
  readFileSync(join(here, 'node_modules', '@cloud-copilot', 'iam-simulate', 'package.json'))
).version

// mulberry32: a small seeded generator, so a run is reproducible.
function rng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = rng(SEED)
const pick = (xs) => xs[Math.floor(rand() * xs.length)]
const chance = (p) => rand() < p
const some = (xs, max) => {
  const n = 1 + Math.floor(rand() * max)
  const out = []
  for (let i = 0; i < n; i++) {
    const x = pick(xs)
    if (!out.includes(x)) out.push(x)
  }
  return out
}
const one = (xs) => (xs.length === 1 ? xs[0] : xs)

const A = '111122223333'
const B = '444455556666'
const principals = [
  { arn: `arn:aws:iam::${A}:user/alice`, account: A, kind: 'user', name: 'alice' },
  { arn: `arn:aws:iam::${A}:user/bob`, account: A, kind: 'user', name: 'bob' },
  { arn: `arn:aws:sts::${A}:assumed-role/Dev/s1`, account: A, kind: 'session', role: 'Dev' },
  { arn: `arn:aws:iam::${B}:user/carol`, account: B, kind: 'user', name: 'carol' },
  { arn: `arn:aws:sts::${B}:assumed-role/Ops/night`, account: B, kind: 'session', role: 'Ops' }
]

// Actions with a resource of the type the action takes, per resource account.
const targets = [
  { action: 's3:GetObject', resource: () => 'arn:aws:s3:::bucket-a/home/alice/notes.txt', s3: true },
  { action: 's3:PutObject', resource: () => 'arn:aws:s3:::bucket-a/home/bob/report.csv', s3: true },
  { action: 's3:DeleteObject', resource: () => 'arn:aws:s3:::bucket-logs/2026/app.log', s3: true },
  { action: 's3:ListBucket', resource: () => 'arn:aws:s3:::bucket-a', s3: true },
  { action: 'dynamodb:GetItem', resource: (acct) => `arn:aws:dynamodb:us-east-1:${acct}:table/Orders` },
  { action: 'dynamodb:PutItem', resource: (acct) => `arn:aws:dynamodb:eu-west-1:${acct}:table/Orders` },
  { action: 'dynamodb:Query', resource: (acct) => `arn:aws:dynamodb:us-east-1:${acct}:table/Users` },
  { action: 'sqs:SendMessage', resource: (acct) => `arn:aws:sqs:us-east-1:${acct}:jobs` },
  { action: 'sns:Publish', resource: (acct) => `arn:aws:sns:eu-west-1:${acct}:alerts` },
  { action: 'lambda:InvokeFunction', resource: (acct) => `arn:aws:lambda:us-east-1:${acct}:function:resize` }
]

const actionPatterns = [
  '*', 's3:*', 's3:Get*', 's3:*Object', 's3:GetObject', 's3:PutObject', 's3:?etObject', 'S3:getobject',
  's3:List*', 'dynamodb:*', 'dynamodb:*Item', 'dynamodb:GetItem', 'dynamodb:Query', 'sqs:*',
  'sqs:SendMessage', 'sns:Publish', 'sns:*', 'lambda:Invoke*', 'lambda:InvokeFunction', 'ec2:*'
]
const resourcePatterns = (acct) => [
  '*',
  'arn:aws:s3:::bucket-a',
  'arn:aws:s3:::bucket-a/*',
  'arn:aws:s3:::bucket-*/*',
  'arn:aws:s3:::*log*/*',
  'arn:aws:s3:::bucket-a/home/${aws:username}/*',
  'arn:aws:s3:::Bucket-A/*',
  `arn:aws:dynamodb:us-east-1:${acct}:table/Orders`,
  'arn:aws:dynamodb:*:*:table/Orders',
  `arn:aws:dynamodb:*:${acct}:table/*`,
  `arn:aws:sqs:us-east-1:${acct}:jobs`,
  'arn:aws:sqs:*:*:*',
  `arn:aws:sns:eu-west-1:${acct}:alerts`,
  `arn:aws:lambda:us-east-1:${acct}:function:*`,
  `arn:aws:lambda:us-east-1:${acct}:function:resize?`
]

// Conditions over global keys: [operator, key, values].
const conditionPool = [
  ['IpAddress', 'aws:SourceIp', ['203.0.113.0/24']],
  ['NotIpAddress', 'aws:SourceIp', ['203.0.113.0/24', '198.51.100.0/24']],
  ['Bool', 'aws:MultiFactorAuthPresent', ['true']],
  ['BoolIfExists', 'aws:MultiFactorAuthPresent', ['false']],
  ['Bool', 'aws:SecureTransport', ['false']],
  ['StringEquals', 'aws:RequestedRegion', ['us-east-1', 'eu-west-1']],
  ['StringNotEquals', 'aws:RequestedRegion', ['eu-west-1']],
  ['StringLike', 'aws:RequestedRegion', ['eu-*']],
  ['StringEqualsIgnoreCase', 'aws:PrincipalTag/team', ['Payments']],
  ['StringEquals', 'aws:PrincipalTag/team', ['payments']],
  ['StringNotLike', 'aws:PrincipalTag/team', ['pay*']],
  ['StringLikeIfExists', 'aws:PrincipalTag/team', ['pay*']],
  ['StringEquals', 'aws:PrincipalTag/team', ['${aws:username}']],
  ['StringLike', 'aws:PrincipalArn', ['arn:aws:iam::*:user/${aws:username}']],
  ['ArnLike', 'aws:PrincipalArn', [`arn:aws:iam::${A}:*`]],
  ['ArnNotLike', 'aws:PrincipalArn', [`arn:aws:iam::*:role/Dev`]],
  ['ArnEquals', 'aws:PrincipalArn', [`arn:aws:iam::${A}:user/alice`]],
  ['StringEquals', 'aws:PrincipalAccount', [A]],
  ['NumericLessThan', 'aws:MultiFactorAuthAge', ['3600']],
  ['NumericGreaterThanEquals', 'aws:MultiFactorAuthAge', ['600']],
  ['DateGreaterThan', 'aws:CurrentTime', ['2026-01-01T00:00:00Z']],
  ['DateLessThan', 'aws:CurrentTime', ['2026-06-30T00:00:00Z']],
  ['Null', 'aws:MultiFactorAuthAge', ['true']],
  ['Null', 'aws:PrincipalTag/team', ['false']],
  ['ForAnyValue:StringEquals', 'aws:PrincipalOrgPaths', ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/']],
  ['ForAllValues:StringLike', 'aws:PrincipalOrgPaths', ['o-a1b2c3d4e5/*']],
  ['ForAnyValue:StringNotEquals', 'aws:PrincipalOrgPaths', ['o-a1b2c3d4e5/r-ab12/']]
]

const contextPool = {
  'aws:SourceIp': ['203.0.113.7', '198.51.100.20', '192.0.2.1'],
  'aws:MultiFactorAuthPresent': ['true', 'false'],
  'aws:SecureTransport': ['true', 'false'],
  'aws:RequestedRegion': ['us-east-1', 'eu-west-1', 'ap-south-1'],
  'aws:PrincipalTag/team': ['payments', 'Payments', 'search'],
  'aws:MultiFactorAuthAge': ['120', '900', '7200'],
  'aws:CurrentTime': ['2026-03-01T12:00:00Z', '2025-12-01T00:00:00Z', '2026-08-01T00:00:00Z'],
  'aws:PrincipalOrgPaths': [
    ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/'],
    ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/', 'o-zzzz/r-zz/'],
    ['o-zzzz/r-zz/']
  ]
}

function conditions() {
  if (!chance(0.3)) return undefined
  const out = {}
  for (const [op, key, values] of some(conditionPool, 2)) {
    out[op] = out[op] || {}
    out[op][key] = one(values)
  }
  return out
}

// Patterns that name the target's service, so that a good share of statements apply.
const related = (target) => {
  const svc = target.action.split(':')[0]
  return actionPatterns.filter((p) => p === '*' || p.toLowerCase().startsWith(svc + ':'))
}
const relatedResources = (target, acct) => {
  const svc = target.action.split(':')[0]
  return resourcePatterns(acct).filter((p) => p === '*' || p.startsWith(`arn:aws:${svc}:`))
}

function statement(kind, acct, sid, target) {
  // RCPs: Deny only (Allow is for RCPFullAWSAccess alone), Action (no NotAction), Principal "*".
  const s = { Sid: sid, Effect: kind === 'rcp' || chance(0.15) ? 'Deny' : 'Allow' }
  if (kind === 'resource' || kind === 'rcp') {
    if (kind === 'rcp') s.Principal = '*'
    else if (s.Effect === 'Deny' && chance(0.2)) s.NotPrincipal = { AWS: one(some(principalRefs(acct), 2)) }
    else s.Principal = chance(0.15) ? '*' : { AWS: one(some(principalRefs(acct), 2)) }
  }
  const actions = chance(0.7) ? related(target) : actionPatterns
  if (kind === 'scp' && s.Effect === 'Allow' && chance(0.5)) {
    s.Action = '*'
  } else if (kind === 'rcp') {
    s.Action = one(some(actions.filter((a) => a !== '*'), 2))
  } else if (chance(0.15)) s.NotAction = one(some(actionPatterns, 2))
  else s.Action = one(some(actions, 3))
  const resources = chance(0.7) ? relatedResources(target, acct) : resourcePatterns(acct)
  if (chance(0.1)) s.NotResource = one(some(resourcePatterns(acct), 2))
  else s.Resource = one(some(resources, 2))
  const c = conditions()
  if (c) s.Condition = c
  return s
}

function principalRefs(acct) {
  return [
    A,
    B,
    `arn:aws:iam::${A}:root`,
    `arn:aws:iam::${B}:root`,
    `arn:aws:iam::${A}:user/alice`,
    `arn:aws:iam::${B}:user/carol`,
    `arn:aws:iam::${A}:role/Dev`,
    `arn:aws:sts::${A}:assumed-role/Dev/s1`,
    `arn:aws:iam::${B}:role/Ops`,
    '*'
  ]
}

function policy(kind, acct, n, target) {
  const count = 1 + Math.floor(rand() * n)
  const st = []
  for (let i = 0; i < count; i++) st.push(statement(kind, acct, `${kind}${i}`, target))
  return { Version: '2012-10-17', Statement: st }
}

function request() {
  const principal = pick(principals)
  const target = pick(targets)
  const resourceAccount = chance(0.6) ? principal.account : principal.account === A ? B : A
  const resource = target.resource(resourceAccount)
  const context = {}
  for (const [key, values] of Object.entries(contextPool)) {
    if (chance(0.35)) context[key] = pick(values)
  }
  // Keys AWS always puts in the request context for these principals (awsdrill derives them from
  // the principal; iam-simulate takes them as given).
  context['aws:PrincipalArn'] =
    principal.kind === 'session' ? `arn:aws:iam::${principal.account}:role/${principal.role}` : principal.arn
  context['aws:PrincipalAccount'] = principal.account
  context['aws:PrincipalType'] = principal.kind === 'session' ? 'AssumedRole' : 'User'
  if (principal.kind === 'user') context['aws:username'] = principal.name
  return { principal, target, action: target.action, resource, resourceAccount, context }
}

function caseOf(i) {
  const req = request()
  const pAcct = req.principal.account
  const rAcct = req.resourceAccount
  const c = {
    id: `case-${String(i).padStart(4, '0')}`,
    principal: req.principal.arn,
    action: req.action,
    resource: req.resource,
    resource_account: rAcct,
    context: req.context,
    identity: [],
    resource_policy: null,
    boundary: null,
    session: null,
    scps: [],
    rcps: []
  }
  const nIdentity = chance(0.85) ? 1 + Math.floor(rand() * 2) : 0
  for (let k = 0; k < nIdentity; k++) c.identity.push(policy('identity', pAcct, 3, req.target))
  if (chance(0.5)) c.resource_policy = policy('resource', rAcct, 3, req.target)
  if (chance(0.25)) c.boundary = policy('boundary', pAcct, 2, req.target)
  if (req.principal.kind === 'session' && chance(0.3)) c.session = policy('session', pAcct, 2, req.target)
  if (chance(0.3)) {
    c.scps.push(policy('scp', pAcct, 2, req.target))
    if (chance(0.5)) c.scps.push(policy('scp', pAcct, 2, req.target))
  }
  if (chance(0.2)) c.rcps.push(policy('rcp', rAcct, 2, req.target))
  return c
}

const decisionKey = { Allowed: 'allow', ExplicitlyDenied: 'explicit-deny', ImplicitlyDenied: 'implicit-deny' }

const cases = []
let refused = 0
let ignoredKeys = 0
for (let i = 0; cases.length < COUNT && i < COUNT * 10; i++) {
  const c = caseOf(i)
  const sim = {
    request: {
      principal: c.principal,
      action: c.action,
      resource: { resource: c.resource, accountId: c.resource_account },
      contextVariables: c.context
    },
    identityPolicies: c.identity.map((p, k) => ({ name: `identity${k}`, policy: p })),
    serviceControlPolicies: c.scps.length
      ? [{ orgIdentifier: 'ou-one-level', policies: c.scps.map((p, k) => ({ name: `scp${k}`, policy: p })) }]
      : [],
    resourceControlPolicies: c.rcps.length
      ? [{ orgIdentifier: 'ou-one-level', policies: c.rcps.map((p, k) => ({ name: `rcp${k}`, policy: p })) }]
      : [],
    resourcePolicy: c.resource_policy ?? undefined,
    permissionBoundaryPolicies: c.boundary ? [{ name: 'boundary', policy: c.boundary }] : undefined,
    sessionPolicy: c.session ?? undefined
  }
  const r = await runSimulation(sim, {})
  if (r.resultType === 'error') {
    refused++
    if (process.env.IAM_DIFF_DEBUG) console.error(JSON.stringify(r.errors).slice(0, 300))
    continue
  }
  const ignored = r.result?.ignoredContextKeys ?? []
  if (ignored.length) {
    if (process.env.IAM_DIFF_DEBUG) console.error('ignored', c.action, ignored)
    // iam-simulate dropped a context key it holds not applicable: not the same request for both.
    ignoredKeys++
    continue
  }
  c.iam_simulate = decisionKey[r.overallResult]
  cases.push(c)
}

// One case a line: a diff of the fixture shows which cases changed.
const header = {
  generator: 'scripts/iam_diff/run.mjs',
  second_implementation: `@cloud-copilot/iam-simulate ${version}`,
  seed: SEED,
  refused_by_iam_simulate: refused,
  dropped_for_ignored_context_keys: ignoredKeys
}
const head = JSON.stringify(header).slice(0, -1)
writeFileSync(out, `${head},"cases":[\n${cases.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`)
const counts = {}
for (const c of cases) counts[c.iam_simulate] = (counts[c.iam_simulate] || 0) + 1
console.log(`${cases.length} cases written to ${out}`, counts, { refused, ignoredKeys })
