/**
 * `npm run example -- <name>` (angular, html, react, vue): one example app of examples/ built from the packed
 * package, as test/examples builds it, and served beside the reference backend until Ctrl-C. Run `npm run build`
 * first (the package is packed from dist/).
 */
import { exampleNames, installExamples, npmRun, serveExample } from './customer/examples.js';
import { packIntoCustomerProject } from './customer/pack.js';

const name = process.argv[2];
if (!name || !exampleNames().includes(name)) {
  console.error(`usage: npm run example -- <${exampleNames().join(' | ')}>`);
  process.exit(2);
}

const project = packIntoCustomerProject();
try {
  const dir = installExamples(project, [name]).get(name) as string;
  for (const script of ['typecheck', 'build']) {
    const run = npmRun(dir, script);
    if (!run.ok) throw new Error(`npm run ${script} failed:\n${run.output}`);
    console.log(`${name}: npm run ${script} (${(run.ms / 1000).toFixed(1)} s)`);
  }
  const site = await serveExample(name, dir);
  console.log(`${name} example: ${site.url}/ (log in as alva@example.com, password "correct horse battery"); Ctrl-C stops`);
  const stop = async (): Promise<void> => {
    await site.stop();
    project.remove();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
} catch (error) {
  project.remove();
  throw error;
}
