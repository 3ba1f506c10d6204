// A build of the same sources with other Vite build options (no minification for CPU profiles,
// source maps for the size breakdown), into .tmp/bench/<name>-build. Never shipped.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Builds into .tmp/bench/<name>-build with `build` merged into Vite's build options; returns the chrome-mv3 folder. */
export function variantBuild({ root, name, build }) {
  const outDir = join(root, `.tmp/bench/${name}-build`);
  const config = join(root, `.tmp/bench/wxt.${name}.config.ts`);
  mkdirSync(join(root, '.tmp/bench'), { recursive: true });
  const base = relative(join(root, '.tmp/bench'), join(root, 'wxt.config')).replaceAll('\\', '/');
  writeFileSync(
    config,
    `import base from '${base}';
export default {
  ...base,
  outDir: ${JSON.stringify(outDir)},
  vite: (env) => {
    const vite = typeof base.vite === 'function' ? base.vite(env) : (base.vite ?? {});
    return { ...vite, build: { ...(vite.build ?? {}), ...${JSON.stringify(build)} } };
  },
};
`,
  );
  execFileSync('npx', ['wxt', 'build', root, '-c', config], { cwd: root, stdio: 'ignore' });
  return join(outDir, 'chrome-mv3');
}
