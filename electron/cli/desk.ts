// Door 3: the command line for the office's IT (`npm run desk -- <command>`). The same handler
// table as the window, with door 'cli' in the audit log and the user chosen by --as. Output is
// JSON on stdout; messages for people go to stderr. Exit codes: 0 done, 1 refused by the
// program (a rejected input, a database that is not fresh), 2 a wrong command line.

import fs from 'node:fs';
import type { Output, Result } from '../../shared/contract/index.ts';
import { databaseFile, optionValue, resolveDataDir } from '../desk/data-dir.ts';
import type { Desk } from '../desk/open-desk.ts';
import type { Session } from '../kernel/context.ts';

const HELP = `Qabyldau desk — command line for the office's IT

Usage: npm run desk -- <command> [options]

Commands:
  channels                  every channel with its input and output as JSON Schema
  call <channel> ['<json>'] call one channel; prints the value as JSON (exit 1 and the error
                            as JSON when the program refuses the input)
  backup --out FILE         a consistent copy of the live database, checked in full, and
                            its printed PDFs and attachments in FILE.files/
  check                     the day's full integrity check of the database now, with a
                            progress line (a region's 5 GB: minutes); recorded as the
                            window's daily check. Exit 1 when it finds damage
  restore --from FILE       puts a backup (and its FILE.files/) in place of the database:
                            checks it first, backs up the current state into backups/, and
                            moves the replaced files into replaced/<time>/ (never deleted).
                            Close the Qabyldau window and the browser mode first
  report --out FILE [--period 2026-11|2026-Q4|2026 | --from D --to D]
         [--format json|csv|xlsx|pdf] [--lang kk|ru]
                            the report of the standard's indicators (§19) for a period (the
                            current month by default) as a file; prints its name and sha256
  report --merge A.json B.json … --out FILE [--format json|xlsx|pdf|csv] [--lang kk|ru]
                            the district roll-up: the JSON exports of several offices summed
                            (numerators and denominators, never percentages); refuses a file
                            of another period, an unknown edition, or altered after export.
                            The format follows --out's extension unless --format says
  speak [A-015] --out FILE.wav [--event call|recall|lunch|closing] [--lang kk,ru]
                            the call as the waiting room hears it: the chime, then the
                            office's phrase of the event in each language (Settings), as a WAV
  demo-data [--scale office|region]
                            fills a FRESH database with a month of the office's work (Nov 2026);
                            --scale adds the years before it in bulk: an office's 5 (~15 000
                            applicants), or a region's 17 districts × 20 years (~1 000 000)
  serve [--port N]          the browser mode on 127.0.0.1 (prints a one-time link, and a new
                            one at every Enter; and the waiting-room screen's link)
  help                      this text

Options for every command:
  --data-dir DIR            the data folder (default: $QABYLDAU_DATA_DIR, else the user-data
                            folder of the OS: %APPDATA%\\Qabyldau, ~/.config/Qabyldau)
  --as LOGIN                the user the command acts as (default: the first admin)
`;

const VALUE_OPTIONS = new Set([
  '--data-dir',
  '--as',
  '--out',
  '--port',
  '--scale',
  // report
  '--period',
  '--from',
  '--to',
  '--format',
  '--lang',
  // speak
  '--event',
]);

class UsageError extends Error {}

interface CommandLine {
  command: string | undefined;
  positionals: string[];
  argv: string[];
}

/** Options without a value. */
const FLAG_OPTIONS = new Set(['--merge']);

function parseCommandLine(argv: string[]): CommandLine {
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (FLAG_OPTIONS.has(a)) {
      // a flag: its meaning is the command's
    } else if (VALUE_OPTIONS.has(a)) {
      if (i + 1 >= argv.length) throw new UsageError(`${a} needs a value.`);
      i++;
    } else if (a.startsWith('--') && VALUE_OPTIONS.has(a.split('=')[0] as string)) {
      // --name=value
    } else if (a.startsWith('--')) {
      throw new UsageError(`Unknown option ${a}. See: npm run desk -- help`);
    } else positionals.push(a);
  }
  return { command: positionals[0], positionals: positionals.slice(1), argv };
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

// Each command loads what it needs when it runs (issue 12, "Start fast"): `channels` and `help`
// never open the database nor load the handler table; the handlers load their heavy libraries
// on first use (kernel/lazy-module.ts). tests/start/lazy-modules.test.ts holds this.

async function open(cl: CommandLine, warn = true): Promise<Desk> {
  const { openDesk } = await import('../desk/open-desk.ts');
  // No background check from a short run: it would end with the run (see DeskOptions.background).
  const desk = openDesk(
    resolveDataDir({ argv: cl.argv }),
    (e) => console.error(e instanceof Error ? e.message : String(e)),
    { background: false },
  );
  // So a large file's day is not left unchecked unnoticed: `desk check` runs it (check.ts).
  const { dayCheckWarning } = await import('./check.ts');
  const warning = warn ? dayCheckWarning(desk.dataDir, new Date(), desk.integrity().damage) : null;
  if (warning) console.error(warning);
  return desk;
}

/** `check`: the full check now, in the foreground (check.ts). */
async function check(cl: CommandLine): Promise<number> {
  const { checkNow } = await import('./check.ts');
  const r = await checkNow(resolveDataDir({ argv: cl.argv }), { progress: (line) => console.error(line) });
  print(r.out);
  return r.code;
}

/** Signs the run's session in as --as LOGIN or the first admin; none when the office has no user. */
async function signIn(desk: Desk, session: Session, login: string | undefined): Promise<void> {
  const ctx = desk.context('cli', session);
  const users = await desk.registry.dispatch('session.users', {}, ctx);
  if (!users.ok) throw new Error(JSON.stringify(users.error));
  const list = users.value as { id: number; login: string; role: string }[];
  const user = login
    ? list.find((u) => u.login === login)
    : list.filter((u) => u.role === 'admin').sort((a, b) => a.id - b.id)[0];
  if (login && !user) throw new UsageError(`No active user with the login "${login}".`);
  if (!user) return;
  // No password: this door is the IT person's on the machine itself (README, "Passwords").
  const r = await desk.registry.dispatch('session.signIn', { login: user.login }, ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
}

async function call(cl: CommandLine): Promise<number> {
  const [channel, text] = cl.positionals;
  if (!channel) throw new UsageError("call needs a channel: npm run desk -- call <channel> '<json>'");
  if (cl.positionals.length > 2)
    throw new UsageError('call takes one JSON argument: quote it, e.g. \'{"id": 1}\'.');
  let input: unknown;
  if (text !== undefined) {
    try {
      input = JSON.parse(text);
    } catch (e) {
      throw new UsageError(`The input is not JSON (${e instanceof Error ? e.message : String(e)}).`);
    }
  }
  const desk = await open(cl);
  try {
    const session: Session = { userId: null };
    await signIn(desk, session, optionValue(cl.argv, '--as'));
    const r: Result<unknown> = await desk.registry.dispatch(channel, input, desk.context('cli', session));
    if (r.ok) {
      print(r.value);
      return 0;
    }
    print(r.error);
    return 1;
  } finally {
    desk.close();
  }
}

async function backup(cl: CommandLine): Promise<number> {
  const out = optionValue(cl.argv, '--out');
  if (!out) throw new UsageError('backup needs --out FILE.');
  const desk = await open(cl);
  const { backupDesk } = await import('../desk/backup.ts');
  try {
    print({ ...(await backupDesk(desk, out)), from: databaseFile(desk.dataDir), integrity: 'ok' });
    return 0;
  } finally {
    desk.close();
  }
}

/** `report --out FILE`: the same channel as the screen's export (report.export), written to a file. */
async function report(cl: CommandLine): Promise<number> {
  const out = optionValue(cl.argv, '--out');
  if (!out) throw new UsageError('report needs --out FILE.');
  const option = (name: string) => optionValue(cl.argv, name);
  if (cl.argv.includes('--merge')) return mergeCommand(cl, out);
  const input = Object.fromEntries(
    (['period', 'from', 'to', 'lang'] as const).flatMap((k) => {
      const v = option(`--${k}`);
      return v === undefined ? [] : [[k, v]];
    }),
  );
  const desk = await open(cl);
  try {
    const session: Session = { userId: null };
    await signIn(desk, session, option('--as'));
    const r = await desk.registry.dispatch(
      'report.export',
      { ...input, format: option('--format') ?? 'json' },
      desk.context('cli', session),
    );
    if (!r.ok) {
      print(r.error);
      return 1;
    }
    const file = r.value as { fileName: string; sha256: string; contentBase64: string };
    fs.writeFileSync(out, Buffer.from(file.contentBase64, 'base64'));
    print({ out, fileName: file.fileName, sha256: file.sha256 });
    return 0;
  } finally {
    desk.close();
  }
}

const MERGE_WHY: Record<string, string> = {
  not_a_report: 'it is not the JSON export of a Qabyldau report',
  not_signed: 'it has no signature block: export the report again at the office',
  altered:
    "it was changed after the export (its content's sha256 does not match): ask the office for the original",
  unknown_edition: 'it is of an edition of the standard this program does not know',
  other_period: 'it is for another period than the first file',
  same_file_twice: 'the same file was given twice',
};

/** `report --merge A.json B.json … --out FILE`: the district roll-up (report.merge), written to a file. */
async function mergeCommand(cl: CommandLine, out: string): Promise<number> {
  if (cl.positionals.length < 2) throw new UsageError('report --merge needs two or more JSON files.');
  const files = cl.positionals.map((name) => {
    try {
      return { name, text: fs.readFileSync(name, 'utf8') };
    } catch (e) {
      throw new UsageError(`Cannot read ${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  });
  const ext = /\.(json|xlsx|pdf|csv)$/i.exec(out)?.[1]?.toLowerCase();
  const format = optionValue(cl.argv, '--format') ?? ext ?? 'json';
  const lang = optionValue(cl.argv, '--lang');
  const desk = await open(cl);
  try {
    const session: Session = { userId: null };
    await signIn(desk, session, optionValue(cl.argv, '--as'));
    const r = await desk.registry.dispatch(
      'report.merge',
      { files, format, ...(lang ? { lang } : {}) },
      desk.context('cli', session),
    );
    if (!r.ok) {
      const p = r.error.params ?? {};
      if (r.error.code === 'report_merge_refused')
        console.error(
          `The roll-up refused ${p.file}: ${MERGE_WHY[p.reason ?? ''] ?? p.reason}${p.detail ? ` (${p.detail})` : ''}.`,
        );
      print(r.error);
      return 1;
    }
    const file = r.value as { fileName: string; sha256: string; contentBase64: string };
    fs.writeFileSync(out, Buffer.from(file.contentBase64, 'base64'));
    print({ out, fileName: file.fileName, sha256: file.sha256, offices: files.length });
    return 0;
  } finally {
    desk.close();
  }
}

async function restore(cl: CommandLine): Promise<number> {
  const from = optionValue(cl.argv, '--from');
  if (!from) throw new UsageError('restore needs --from FILE (a copy made by `backup` or automatically).');
  const { DatabaseDamagedError, DatabaseUnreadableError } = await import('../db/file-errors.ts');
  let desk: Desk | null = null;
  try {
    // No warning: a restore is the way out of what it would say.
    desk = await open(cl, false);
  } catch (e) {
    // The usual reason to restore: the current file does not open. It is moved aside whole.
    if (!(e instanceof DatabaseDamagedError || e instanceof DatabaseUnreadableError)) throw e;
    console.error(e.message);
  }
  if (desk) {
    try {
      const session: Session = { userId: null };
      await signIn(desk, session, optionValue(cl.argv, '--as'));
      const user = await desk.registry.dispatch('session.current', {}, desk.context('cli', session));
      const role = user.ok ? (user.value as { role?: string } | null)?.role : undefined;
      if (session.userId !== null && role !== 'admin')
        throw new UsageError("restore is the administrator's: use --as with an administrator's login.");
      print(await desk.restore(from, { userId: session.userId, door: 'cli' }));
      return 0;
    } finally {
      desk.close();
    }
  }
  const dataDir = resolveDataDir({ argv: cl.argv });
  const { restoreDataDir } = await import('../desk/restore.ts');
  const { openDeskDatabase } = await import('../desk/open-desk.ts');
  const { db, report } = await restoreDataDir({
    dataDir,
    from,
    now: new Date(),
    live: null,
    close: () => {},
    reopen: () => openDeskDatabase(dataDir, new Date()),
    by: { userId: null, door: 'cli' },
  });
  db.close();
  print(report);
  return 0;
}

async function demoData(cl: CommandLine): Promise<number> {
  const { DemoRefused, fillDemoDataDir } = await import('./demo-data.ts');
  const scale = optionValue(cl.argv, '--scale');
  if (scale !== undefined && scale !== 'office' && scale !== 'region')
    throw new UsageError(`--scale ${scale}: office or region.`);
  try {
    // All or nothing: built in a staging copy, put in place in one transaction (demo-data.ts).
    print(
      await fillDemoDataDir(resolveDataDir({ argv: cl.argv }), {
        asLogin: optionValue(cl.argv, '--as'),
        ...(scale ? { scale } : {}),
      }),
    );
    return 0;
  } catch (e) {
    if (!(e instanceof DemoRefused)) throw e;
    console.error(e.message);
    return 1;
  }
}

/** `speak A-015 --out call.wav`: the office's phrases and room as the screen reads them (queue.display). */
async function speak(cl: CommandLine): Promise<number> {
  const out = optionValue(cl.argv, '--out');
  if (!out) throw new UsageError('speak needs --out FILE.wav.');
  const [number] = cl.positionals;
  const { parseEvent, parseLanguages, writeSpokenCall } = await import('./speak.ts');
  let opts: Parameters<typeof writeSpokenCall>[1];
  try {
    opts = {
      number,
      out,
      event: parseEvent(optionValue(cl.argv, '--event')),
      languages: parseLanguages(optionValue(cl.argv, '--lang')),
    };
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (!number && (opts.event === 'call' || opts.event === 'recall'))
    throw new UsageError('speak needs the ticket number, e.g. A-015.');
  const desk = await open(cl);
  try {
    const screen = await desk.registry.dispatch('queue.display', {}, desk.context('cli', { userId: null }));
    if (!screen.ok) throw new Error(JSON.stringify(screen.error));
    print(await writeSpokenCall(screen.value as Output<'queue.display'>, opts));
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    console.error(e.message);
    return 1;
  } finally {
    desk.close();
  }
  return 0;
}

async function serve(cl: CommandLine): Promise<number> {
  const portText = optionValue(cl.argv, '--port');
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port ${portText}: not a port.`);
  const { startBrowserMode } = await import('../server/browser-mode.ts');
  const { ENTER_FOR_A_NEW_LINK, newLinkOnEnter } = await import('../server/link-on-enter.ts');
  const mode = await startBrowserMode({
    dataDir: resolveDataDir({ argv: cl.argv }),
    port,
    automaticBackups: true,
  });
  console.error('Qabyldau browser mode (127.0.0.1 only). Open this link; Ctrl+C stops:');
  process.stdout.write(`${mode.deskLink()}\n`);
  console.error(ENTER_FOR_A_NEW_LINK);
  console.error(`The waiting-room screen (a browser window on the TV): ${mode.displayUrl}`);
  console.error(
    `The satisfaction survey kiosk (a tablet or a browser in the waiting room): ${mode.surveyUrl}`,
  );
  // Links on stdout, one a line, so a script can read them.
  const stopLinks = newLinkOnEnter(process.stdin, mode.deskLink, (link) => process.stdout.write(`${link}\n`));
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  stopLinks();
  await mode.close();
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const cl = parseCommandLine(argv);
  switch (cl.command) {
    case undefined:
      process.stderr.write(HELP);
      return 2;
    case 'help':
      process.stdout.write(HELP);
      return 0;
    case 'channels': {
      const { channelsJson } = await import('./channels-schema.ts');
      process.stdout.write(channelsJson());
      return 0;
    }
    case 'call':
      return call(cl);
    case 'backup':
      return backup(cl);
    case 'check':
      return check(cl);
    case 'restore':
      return restore(cl);
    case 'report':
      return report(cl);
    case 'demo-data':
      return demoData(cl);
    case 'speak':
      return speak(cl);
    case 'serve':
      return serve(cl);
    default:
      throw new UsageError(`Unknown command "${cl.command}". See: npm run desk -- help`);
  }
}

// `desk channels | head`: a closed pipe ends the output, not the program with a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    console.error(e.message);
    process.exitCode = 2;
  } else {
    // A damaged or newer database, a full disk: the sentence, not a stack trace.
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}
