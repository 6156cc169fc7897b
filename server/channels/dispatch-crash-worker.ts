/**
 * The child process of the crash-recovery test (dispatch-crash.test.ts): a dispatch worker that
 * begins a dispatch, hands the letter to the "service" (an append-only ledger file standing in for
 * the outside world, keyed by attempt id as an idempotency key), says so on stdout, and then
 * hangs before completing — until the test kills it with SIGKILL.
 *
 * Usage: node --import tsx dispatch-crash-worker.ts '<DatabaseTarget JSON>' <letterId> <ledgerFile>
 */
import fs from 'node:fs';
import { openDatabase, type DatabaseTarget } from '../db/database';
import { beginDispatch } from './dispatch';

const [targetJson, letterId, ledger] = process.argv.slice(2);
const database = await openDatabase(JSON.parse(targetJson!) as DatabaseTarget);
const { attempt } = await beginDispatch(database.db, letterId!, 'fsin_pismo', {
  type: 'system',
  id: 'dispatch-worker',
});
// The outside action: the service records the order under the attempt's id.
fs.appendFileSync(ledger!, `${attempt.id} ORD-${attempt.id.slice(0, 8)}\n`);
process.stdout.write(`sent ${attempt.id}\n`);
// Crash point: between "attempt created" and "attempt completed". The test kills us here.
setInterval(() => undefined, 1000);
