/**
 * The server the browser tests talk to: a fresh embedded database in DATA_DIR, seeded with the
 * real facility registry and the fictional demo people, serving the built web app. Prints
 * `READY <url>` when it listens. Configuration comes from the environment, as in production.
 */
import { loadConfig } from '../../server/config';
import { seedDemoPrisoners, seedFacilities } from '../../server/directory/seed';
import { openRuntime } from '../../server/runtime';
import { startServer } from '../../server/serve';
import { seedDashboardVolunteer } from './dashboard-seed';
import { seedDelivery } from './delivery-seed';
import { seedDirectoryWork } from './directory-seed';
import { seedDispatch } from './dispatch-seed';
import { seedReplies } from './replies-seed';
import { seedSelfPost } from './self-post-seed';
import { seedStats } from './stats-seed';
import { seedVolunteerWork } from './volunteer-seed';
import { seedWorkbench } from './workbench-seed';

const runtime = await openRuntime(loadConfig());
await seedFacilities(runtime.db);
await seedDemoPrisoners(runtime.db);
await seedVolunteerWork(runtime);
await seedWorkbench(runtime);
await seedReplies(runtime);
await seedDirectoryWork(runtime);
await seedSelfPost(runtime);
await seedDashboardVolunteer(runtime);
await seedDispatch(runtime);
await seedDelivery(runtime);
await seedStats(runtime);
const server = await startServer(runtime);
process.stdout.write(`READY ${server.url}\n`);

const stop = async () => {
  await server.stop();
  await runtime.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
