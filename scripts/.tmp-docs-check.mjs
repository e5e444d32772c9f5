import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--headless','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1100, height: 900 } });
const errors = [];
p.on('pageerror', (e) => errors.push(e.message));
p.on('console', (m) => { if (m.type() === 'error') errors.push(m.text().slice(0, 200)); });
for (const id of process.argv.slice(2)) {
  errors.length = 0;
  await p.goto(`http://127.0.0.1:8123/iframe.html?id=${id}&viewMode=docs`);
  await p.waitForTimeout(5000);
  await p.screenshot({ path: `/tmp/crops/${id}.png`, fullPage: false });
  console.log(id, errors);
}
await b.close();
