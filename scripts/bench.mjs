// `npm run bench [-- --case NAME]`: the API's cases (hierarchy, verification, checkins, province),
// then the browser apps' figures (case `web`: employee and supervisor apps). With --case, only that case runs.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const i = args.indexOf('--case');
const only = i >= 0 ? args[i + 1] : null;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (workspace, extra = []) => {
  const result = spawnSync(
    npm,
    ['run', 'bench', '-w', workspace, ...(extra.length ? ['--', ...extra] : [])],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (only !== 'web') run('@kinerja/api', args);
if (only === null || only === 'web') run('@kinerja/tests');
