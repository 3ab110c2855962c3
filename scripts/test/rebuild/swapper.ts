// Run as a separate process by swap-readers.test.ts: swaps `live` between two releases as fast as
// it can, truly concurrently with the server reading it.
import { swapLive } from '../../src/rebuild/swap.ts';

const [dataDir, count] = process.argv.slice(2);
for (let i = 0; i < Number(count); i++) swapLive(dataDir!, i % 2 === 0 ? 'ban-b' : 'ban-a');
