// §23: the written answer to a complaint, A4, the address where the window of an E65 envelope
// shows it; read back with poppler, words placed by their coordinates, page 1 as a PNG.

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutcomeInput } from '../../shared/contract/complaints.ts';
import { emailComplaint } from '../../tests/support/complaints.ts';
import { openTestDesk, TEST_PASSWORD, type TestDesk } from '../../tests/support/context.ts';
import { pdfPageSize, pdfPageToPng, pdfText, pdfWords } from '../../tests/support/poppler.ts';
import { documentFile } from '../print/archive.ts';
import { MM } from '../print/layout.ts';
import { windowSafeArea } from '../print/window-letter.ts';

const OUT = path.resolve(import.meta.dirname, '../../test-artifacts/print');

let desk: TestDesk;
let headId: number;
let deputyId: number;
let clerkId: number;
beforeEach(async () => {
  desk = await openTestDesk();
  const user = (login: string, fullName: string, role: 'head' | 'deputy' | 'clerk') =>
    desk.ok('users.create', { login, fullName, role, language: 'kk', password: TEST_PASSWORD });
  headId = (await user('b.seitkali', 'Бауыржан Сейтқали', 'head')).id;
  deputyId = (await user('g.omarova', 'Гүлмира Омарова', 'deputy')).id;
  clerkId = (await user('a.clerk', 'Айгерім Нұрланова', 'clerk')).id;
});
afterEach(() => desk.close());

const as = (userId: number) => desk.signInAs(userId);

const OUTCOME: Omit<OutcomeInput, 'id'> = {
  justified: true,
  satisfied: true,
  actionTaken: 'Маманға тәртіптік ескерту жасалды; құжаттарыңыз 26.11.2026 қабылданды.',
  answerText:
    'Сіздің шағымыңыз бойынша тексеру жүргізілді.\n\nМаман құжаттарды қабылдау кезінде стандарттың 12-тармағын дұрыс қолданбағаны анықталды.',
  answerChannel: 'post',
  outgoingNumber: '03-12/145',
};

/** Words of page 1 with their boxes in millimetres from the top left (pdftotext -bbox). */
function words(pdf: Buffer) {
  return pdfWords(pdf)
    .filter((w) => w.page === 1)
    .map((w) => ({ text: w.text, x: w.x0, y: w.y0, right: w.x1, bottom: w.y1 }));
}

async function answer(complaintId: number, lang?: 'kk' | 'ru') {
  const doc = await desk.ok('complaints.printAnswer', { complaintId, ...(lang ? { lang } : {}) });
  const pdf = fs.readFileSync(documentFile(desk.ctx, doc.id));
  return { doc, pdf, text: pdfText(pdf) };
}

describe('the answer letter (§23)', () => {
  it('answers in Kazakh with the result, the measures taken, the right to appeal and the head’s signature', async () => {
    await as(clerkId);
    const c = await desk.ok('complaints.register', emailComplaint());
    await as(headId);
    await desk.ok('complaints.recordOutcome', { id: c.id, ...OUTCOME });
    await as(clerkId);
    const { doc, pdf, text } = await answer(c.id);
    pdfPageToPng(pdf, path.join(OUT, 'complaint-answer-kk.png'));
    expect(doc).toMatchObject({ kind: 'complaint_answer', lang: 'kk', layout: 'a4', pages: 1 });
    expect([pdfPageSize(pdf).width / MM, pdfPageSize(pdf).height / MM].map(Math.round)).toEqual([210, 297]);
    expect(text).toContain('Шығыс № 03-12/145 25.11.2026 ж.');
    expect(text).toContain('Сіздің 25.11.2026 ж. шағымыңызға (журнал № 2026/001)');
    expect(text).toContain('ШАҒЫМҒА ЖАУАП');
    expect(text).toContain('Құрметті Қасымова Гүлнәр Әбілқызы!');
    expect(text).toContain('стандарттың 12-тармағын дұрыс қолданбағаны анықталды');
    expect(text).toContain('Қарау нәтижесі: шағым негізді деп танылды және қанағаттандырылды.');
    expect(text).toContain('Қабылданған шаралар: Маманға тәртіптік ескерту жасалды');
    // §21: above the district department, the regional one; and the court.
    expect(text).toContain('Департаменті» бастығы атына (Петропавл қаласы, Абай көшесі, 64, № 213 кабинет');
    expect(text).toContain('сотқа жүгінуге құқылысыз');
    expect(text).toContain('Бөлім бастығы');
    expect(text).toContain('Бауыржан Сейтқали');
    expect(text).toContain('Орынд.: Айгерім Нұрланова, тел. 2-13-38');
  });

  it("ends with the complaint's survey code and the invitation (4.3, 4.4) in Kazakh and Russian", async () => {
    await as(clerkId);
    const c = await desk.ok('complaints.register', emailComplaint());
    await as(headId);
    await desk.ok('complaints.recordOutcome', { id: c.id, ...OUTCOME });
    const { code } = await desk.ok('survey.visitCode', { complaintId: c.id });
    const { text, doc } = await answer(c.id, 'ru');
    expect(doc.pages).toBe(1);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`қағаз сауалнамада ${code} кодын енгізіңіз`);
    expect(flat).toContain(`Оцените качество услуги: введите код ${code}`);
  });

  it('puts the name and the postal address inside the envelope window, and nothing else there', async () => {
    await as(clerkId);
    const c = await desk.ok('complaints.register', emailComplaint());
    await as(headId);
    await desk.ok('complaints.recordOutcome', { id: c.id, ...OUTCOME });
    const { pdf } = await answer(c.id);
    // The office's envelope (a left DL window by default), as for the notification letters.
    const safe = windowSafeArea({ envelope: 'dl', side: 'left' });
    const w = { left: safe.x, top: safe.y, width: safe.width, height: safe.height };
    const inside = (x: { x: number; y: number; right: number; bottom: number }) =>
      x.x >= w.left && x.right <= w.left + w.width && x.y >= w.top && x.bottom <= w.top + w.height;
    const all = words(pdf);
    const inWindow = all
      .filter(inside)
      .map((x) => x.text)
      .join(' ');
    // The sender's line for the post, then the complainant and the address.
    expect(inWindow).toMatch(/^Жіберуші: .* Қасымова Гүлнәр Әбілқызы Пресновка ауылы, Достық көшесі, 12$/);
    // Nothing of the letter's text overlaps the window (it would show through the envelope).
    const overlapping = all.filter(
      (x) =>
        !inside(x) &&
        x.right > w.left &&
        x.x < w.left + w.width &&
        x.bottom > w.top &&
        x.y < w.top + w.height,
    );
    expect(overlapping).toEqual([]);
  });

  it('shrinks a long rural address to stay inside the window', async () => {
    const address =
      'Солтүстік Қазақстан облысы, Жамбыл ауданы, Пресновка ауылдық округі, Пресновка ауылы, Жеңістің 40 жылдығы көшесі, 112-үй, 14-пәтер, 150700';
    await as(clerkId);
    const c = await desk.ok(
      'complaints.register',
      emailComplaint({
        channel: 'post',
        complainant: { name: 'Жұмабаева-Сәрсенбаева Гүлжиһан-Әйгерім Құдайбергенқызы', address },
      }),
    );
    await as(deputyId);
    await desk.ok('complaints.recordOutcome', { id: c.id, ...OUTCOME, justified: false, satisfied: null });
    const { pdf, text } = await answer(c.id, 'ru');
    pdfPageToPng(pdf, path.join(OUT, 'complaint-answer-ru-long-address.png'));
    const safe = windowSafeArea({ envelope: 'dl', side: 'left' });
    const w = { left: safe.x, top: safe.y, width: safe.width, height: safe.height };
    const addressWords = words(pdf).filter(
      (x) => x.y > w.top - 5 && x.y < w.top + w.height + 5 && x.x >= w.left - 1,
    );
    expect(addressWords.map((x) => x.text).join(' ')).toContain('150700');
    for (const x of addressWords) expect(x.bottom, x.text).toBeLessThanOrEqual(w.top + w.height);
    expect(text).toContain('Результат рассмотрения: жалоба признана необоснованной.');
    expect(text).not.toContain('Принятые меры');
    // Signed by the deputy who decided, with the deputy's title.
    expect(text).toContain('Заместитель начальника отдела');
    expect(text).toContain('Гүлмира Омарова');
  });

  it('names the e-mail address for an answer by e-mail, and to a complaint to the regional head only the court remains', async () => {
    await as(clerkId);
    const c = await desk.ok('complaints.register', emailComplaint({ addressee: 'regional' }));
    await as(headId);
    await desk.ok('complaints.recordOutcome', {
      id: c.id,
      ...OUTCOME,
      answerChannel: 'email',
      outgoingNumber: null,
    });
    const { text, pdf } = await answer(c.id, 'ru');
    pdfPageToPng(pdf, path.join(OUT, 'complaint-answer-ru-email.png'));
    expect(text).toContain('Эл. почта: gulnar.kassymova@example.kz');
    expect(text).toContain('Исх. № __________');
    expect(text).toContain('вправе обратиться в суд');
    expect(text).not.toContain('вышестоящий орган');
  });

  it('is printed only once the outcome is recorded', async () => {
    const c = await desk.ok('complaints.register', emailComplaint());
    expect(await desk.call('complaints.printAnswer', { complaintId: c.id })).toMatchObject({
      ok: false,
      error: { code: 'outcome_missing' },
    });
  });
});
