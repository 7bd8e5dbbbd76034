import { formatTable } from './section.js';
import { sections } from './sections/index.js';

/**
 * `npm run bench [-- section…]`: prints one table per measurement. Targets are
 * ratios and medians measured in one run, never timed unit tests.
 */
const wanted = process.argv.slice(2);
const chosen = wanted.length ? sections.filter((s) => wanted.includes(s.name)) : sections;
if (chosen.length === 0) {
  process.stdout.write(
    `No bench section matches. Sections: ${sections.map((s) => s.name).join(', ')}\n`,
  );
}
for (const section of chosen) {
  const tables = await section.run();
  for (const table of tables) process.stdout.write(`${formatTable(table)}\n`);
}
