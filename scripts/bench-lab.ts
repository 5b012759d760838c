// The browser lab benchmark (`npm run bench:lab`): trains the tanh RNN, the GRU and the LSTM on one
// seed in the built app, as a learner would (the Train button), and prints the wall time of the
// batch, the longest main-thread task while it trained, and each run's row of the results table.
// Not a test: times depend on the machine. May import Node built-ins and installed packages only.
import { BASE, launchChromium, startPreview, takeLongTasks, watchLongTasks } from './benchBrowser';

const CASES = [
  { title: 'adding, length 50', hash: 'mode=lab&lt=adding&ll=50&lc=rnn,gru,lstm&lk=1&lp=1.2k&ln=2000&lf=1' },
  { title: 'adding, length 100', hash: 'mode=lab&lt=adding&ll=100&lc=rnn,gru,lstm&lk=1&lp=1.2k&ln=2000&lf=1' },
  { title: 'temporal order, length 50', hash: 'mode=lab&lt=order&ll=50&lc=rnn,gru,lstm&lk=1&lp=1.2k&ln=1500&lf=1' },
];

async function main() {
  const server = await startPreview();
  try {
    const browser = await launchChromium();
    const lines: string[] = [];
    for (const c of CASES) {
      // A fresh page per batch: the same document would keep the last batch and only change its hash.
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await watchLongTasks(page);
      await page.goto(`${BASE}#${c.hash}`);
      await page.getByRole('heading', { name: 'Training lab' }).waitFor();
      // Opening the lab (its chunk, the workers, the gradient flows at initialisation) is load, not
      // training: let it settle and report its longest task apart.
      await page.locator('[data-flow-cell="lstm"]').first().waitFor();
      await page.waitForTimeout(1500);
      const opening = Math.max(0, ...(await takeLongTasks(page)));
      const started = Date.now();
      await page.getByRole('button', { name: 'Train', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Finished.' }).waitFor({ timeout: 300_000 });
      const wall = (Date.now() - started) / 1000;
      const longest = Math.max(0, ...(await takeLongTasks(page)));
      const rows = await page.locator('.lab-results tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));
      lines.push(`| ${c.title} | ${wall.toFixed(1)} s | ${longest.toFixed(0)} ms | ${opening.toFixed(0)} ms | ${rows.map((r) => `${r[0]} ${r[5]} (${r[7]}, ${r[9]})`).join('; ')} |`);
      console.error(`${c.title}: ${wall.toFixed(1)} s`);
      await page.close();
    }
    await browser.close();
    console.log('| batch (1 seed, 3 cells, preset 1.2k) | wall time | longest main-thread task while training | longest while the lab opened | cell: test metric (solved, wall time) |');
    console.log('|---|---|---|---|---|');
    for (const line of lines) console.log(line);
  } finally {
    server.kill();
  }
}

main().catch((e) => {
  console.error(`bench:lab failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
