import { afterEach, describe, expect, it, vi } from 'vitest'
import { BudgetedWorker, JobError, runInWorker } from '../../../../src-renderer/db/workers/budgeted-worker'
import { isOutOfMemoryMessage } from '../../../../src-renderer/db/workers/job-protocol'
import { FakeWorker } from './fake-worker'

type Request = { wait?: number; fail?: string; oom?: boolean; value?: number }

/** A job that reports progress, may wait, fail, or fail an allocation. */
async function job(request: Request, context: { progress(p: number): void }): Promise<number> {
  context.progress(0.5)
  if (request.wait) await new Promise((resolve) => setTimeout(resolve, request.wait))
  if (request.oom) throw new RangeError('Array buffer allocation failed')
  if (request.fail) throw new Error(request.fail)
  return (request.value ?? 0) * 2
}

const workers: FakeWorker[] = []
const create = () => {
  const worker = new FakeWorker(job as never)
  workers.push(worker)
  return worker
}
afterEach(() => {
  workers.length = 0
  vi.useRealTimers()
})

const failureOf = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => (e instanceof JobError ? e.failure : e))

describe('a budgeted worker', () => {
  it('gives back the result, with progress on the way, and keeps its worker for the next job', async () => {
    const runner = new BudgetedWorker<Request, number, number>(create)
    const progress: number[] = []
    expect(await runner.run({ value: 21 }, { timeLimitMs: 1_000, onProgress: (p) => progress.push(p) })).toBe(42)
    expect(progress).toEqual([0.5])
    expect(await runner.run({ value: 2 }, { timeLimitMs: 1_000 })).toBe(4)
    expect(workers).toHaveLength(1)
    runner.dispose()
    expect(workers[0]!.terminated).toBe(true)
  })

  it('ends the worker when a job runs past its time budget, and starts a fresh one for the next job', async () => {
    const runner = new BudgetedWorker<Request, number, number>(create)
    expect(await failureOf(runner.run({ wait: 5_000 }, { timeLimitMs: 30 }))).toEqual({ reason: 'timed-out', limitMs: 30 })
    expect(workers[0]!.terminated).toBe(true)
    expect(runner.running).toBe(false)
    expect(await runner.run({ value: 1 }, { timeLimitMs: 1_000 })).toBe(2)
    expect(workers).toHaveLength(2)
  })

  it('cancels at once: the worker is ended and every job it ran fails with cancelled', async () => {
    const runner = new BudgetedWorker<Request, number, number>(create)
    const controller = new AbortController()
    const first = failureOf(runner.run({ wait: 5_000 }, { timeLimitMs: 10_000, signal: controller.signal }))
    const second = failureOf(runner.run({ wait: 5_000 }, { timeLimitMs: 10_000 }))
    await new Promise((resolve) => setTimeout(resolve, 5))
    controller.abort()
    expect(await first).toEqual({ reason: 'cancelled' })
    expect(await second).toEqual({ reason: 'cancelled' })
    expect(workers[0]!.terminated).toBe(true)
    expect(await failureOf(runner.run({}, { timeLimitMs: 10, signal: controller.signal }))).toEqual({ reason: 'cancelled' })
  })

  it('reports an error of the job as failed and keeps the worker; an allocation failure ends it as out of memory', async () => {
    const runner = new BudgetedWorker<Request, number, number>(create)
    expect(await failureOf(runner.run({ fail: 'unexpected bytes' }, { timeLimitMs: 1_000 }))).toEqual({ reason: 'failed', message: 'unexpected bytes' })
    expect(workers[0]!.terminated).toBe(false)
    expect(await failureOf(runner.run({ oom: true }, { timeLimitMs: 1_000 }))).toEqual({ reason: 'out-of-memory', detail: 'Array buffer allocation failed' })
    expect(workers[0]!.terminated).toBe(true)
  })

  it('turns a crash of the worker (an error event) into a failure of its jobs, and the page carries on', async () => {
    const runner = new BudgetedWorker<Request, number, number>(create)
    const pending = failureOf(runner.run({ wait: 5_000 }, { timeLimitMs: 10_000 }))
    await new Promise((resolve) => setTimeout(resolve, 5))
    workers[0]!.crash('Uncaught TypeError: x is not a function')
    expect(await pending).toEqual({ reason: 'crashed', detail: 'Uncaught TypeError: x is not a function' })
    const next = failureOf(runner.run({ wait: 5_000 }, { timeLimitMs: 10_000 }))
    await new Promise((resolve) => setTimeout(resolve, 5))
    workers[1]!.crash('Uncaught RangeError: Invalid string length')
    expect(await next).toEqual({ reason: 'out-of-memory', detail: 'Uncaught RangeError: Invalid string length' })
  })

  it('runInWorker ends its worker whatever happens', async () => {
    expect(await runInWorker<Request, number>(create, { value: 4 }, { timeLimitMs: 1_000 })).toBe(8)
    expect(workers[0]!.terminated).toBe(true)
    expect(await failureOf(runInWorker<Request, number>(create, { fail: 'no' }, { timeLimitMs: 1_000 }))).toEqual({ reason: 'failed', message: 'no' })
    expect(workers[1]!.terminated).toBe(true)
  })

  it('knows the allocation failures of the engines', () => {
    for (const message of ['Array buffer allocation failed', 'Invalid string length', 'Invalid array length', 'Invalid typed array length: 4294967296', 'out of memory']) expect(isOutOfMemoryMessage(message), message).toBe(true)
    expect(isOutOfMemoryMessage('x is not a function')).toBe(false)
  })
})
