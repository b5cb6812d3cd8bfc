import { screen, waitFor, within } from '@testing-library/react';
import { DomainError } from '../../../shared/contract/result.ts';
import { ADULT, CHILD, MOTHER, PARTS } from '../../../tests/support/people.ts';
import { printedDocument } from '../test/fake-client.ts';
import { renderDesk, TERM_END } from '../test/render.tsx';

type Desk = ReturnType<typeof renderDesk>;

/** What the main side answers to an accepted adult's package, but for its talon. */
const ACCEPTED = {
  applicationId: 41,
  regNumber: '2026-0041',
  acceptedAt: '2026-11-25T05:00:00.000Z',
  acceptedDate: '2026-11-25',
  termEnd: TERM_END,
  attemptId: 77,
};

const accept = () => screen.getByRole('button', { name: 'Қабылдау және талонды басу' });
const turnAway = () => screen.getByRole('button', { name: 'Құжаттар толық емес — қайтару' });
const checklist = () => screen.getByRole('table', { name: /Құжаттар тізбесі/ });
const rowNames = () =>
  within(checklist())
    .getAllByRole('rowheader')
    .map((r) => r.textContent?.trim());
const itemOf = (name: RegExp) =>
  within(screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement).getAllByRole('cell')[0]
    ?.textContent;

/** Types an address's own parts; the office's oblast and district are already there. */
async function fillAddress(d: Desk, who: 'applicant' | 'representative') {
  const part = (name: string) => document.getElementById(`${who}-postalAddress-${name}`) as HTMLElement;
  expect(part('oblast')).toHaveValue(PARTS.oblast);
  expect(part('district')).toHaveValue(PARTS.district);
  for (const name of ['settlement', 'street', 'house', 'flat', 'postcode'] as const) {
    await d.user.click(part(name));
    await d.user.paste(PARTS[name]);
  }
}

async function fillPerson(d: Desk, p: { lastName: string; firstName: string; middleName: string | null }) {
  await d.user.type(screen.getByLabelText('Тегі'), p.lastName);
  await d.user.type(screen.getByLabelText('Аты'), p.firstName);
  if (p.middleName) await d.user.type(screen.getByLabelText(/^Әкесінің аты/), p.middleName);
  await fillAddress(d, 'applicant');
}

async function fillAdult(d: Desk) {
  await d.user.type(await screen.findByLabelText('ЖСН'), ADULT.iin);
  await fillPerson(d, ADULT);
}

async function fillChild(d: Desk) {
  await d.user.type(await screen.findByLabelText('ЖСН'), CHILD.iin);
  await fillPerson(d, CHILD);
  await d.user.type(screen.getByLabelText('Өкілдің ЖСН-і'), MOTHER.iin);
  await d.user.type(screen.getByLabelText('Өкілдің тегі'), MOTHER.lastName);
  await d.user.type(screen.getByLabelText('Өкілдің аты'), MOTHER.firstName);
  await fillAddress(d, 'representative');
  await d.user.selectOptions(screen.getByLabelText('Балаға кім болады'), 'mother');
  await d.user.type(screen.getByLabelText('Өкілеттігін растайтын құжат'), MOTHER.authorityDocument);
}

describe('intake checklist (§12)', () => {
  it('lists item 8 for an adult and, for a disabled child, item 9 (ПМПК) and the birth certificate', async () => {
    const d = renderDesk();
    await d.user.type(await screen.findByLabelText('ЖСН'), ADULT.iin);
    expect(screen.getByRole('radio', { name: 'Мүгедек (ересек)' })).toBeChecked();
    expect(rowNames()).toHaveLength(8);
    expect(itemOf(/Оңалтудың жеке бағдарламасынан/)).toBe('8');
    expect(itemOf(/Жеке басын куәландыратын құжаттың көшірмесі/)).toBe('2');
    expect(screen.queryByRole('rowheader', { name: /ПМПК/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /заңды өкілі/ })).not.toBeInTheDocument();

    await d.user.clear(screen.getByLabelText('ЖСН'));
    await d.user.type(screen.getByLabelText('ЖСН'), CHILD.iin);
    // The age in the IIN (10 years) suggests the category, and the checklist follows it.
    expect(screen.getByRole('radio', { name: 'Мүгедек бала (заңды өкілімен)' })).toBeChecked();
    expect(rowNames()).toHaveLength(8);
    expect(itemOf(/ПМПК/)).toBe('9');
    expect(itemOf(/Туу туралы куәліктің көшірмесі/)).toBe('2');
    expect(
      screen.queryByRole('rowheader', { name: /Оңалтудың жеке бағдарламасынан/ }),
    ).not.toBeInTheDocument();
    expect(screen.queryByRole('rowheader', { name: /Жеке басын куәландыратын/ })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Мүгедек баланың заңды өкілі' })).toBeInTheDocument();
    expect(screen.getByLabelText('Заңды өкіл келісімге қол қойды')).toBeInTheDocument();
  });

  it('says live what is still missing and shows the term the talon will carry', async () => {
    const d = renderDesk();
    await fillAdult(d);
    const summary = screen.getByTestId('package-summary');
    expect(summary).toHaveTextContent('Жетіспейді: 8');
    await d.user.click(screen.getByRole('checkbox', { name: /№ 4 Медициналық карта — көшірмесі/ }));
    expect(summary).toHaveTextContent('Жетіспейді: 8');
    expect(summary).toHaveTextContent('№ 4 Медициналық карта — түпнұсқасы көрсетілмеді');
    await d.user.click(screen.getByRole('button', { name: 'Барлығын белгілеу' }));
    expect(summary).toHaveTextContent('Құжаттар толық');
    expect(summary).toHaveTextContent('Келісімге қол қойылмады');
    expect(screen.getByTestId('term-preview')).toHaveTextContent(
      'Талонда жазылады: орындау мерзімі 07.12.2026 дейін',
    );
  });
});

describe('accepting a package (§12, §15)', () => {
  it('keeps Accept disabled until every mark and the consent are there, then accepts and prints the talon', async () => {
    const d = renderDesk({
      'intake.accept': () => ({ ...ACCEPTED, talon: printedDocument('talon', { id: 9 }) }),
    });
    await fillAdult(d);
    expect(accept()).toBeDisabled();
    await d.user.click(screen.getByRole('button', { name: 'Барлығын белгілеу' }));
    expect(accept()).toBeDisabled(); // the consent is not signed yet
    await d.user.click(screen.getByLabelText('Өтініш беруші келісімге қол қойды'));
    expect(accept()).toBeEnabled();
    const copy = screen.getByRole('checkbox', { name: /№ 6 .* — көшірмесі қабылданды/ });
    await d.user.click(copy);
    expect(accept()).toBeDisabled(); // one copy missing is enough to refuse a talon
    expect(turnAway()).toBeEnabled();
    await d.user.click(copy);
    expect(accept()).toBeEnabled();
    expect(turnAway()).toBeDisabled();

    await d.user.click(accept());

    expect(await screen.findByRole('heading', { name: 'Өтініш қабылданды' })).toBeInTheDocument();
    expect(screen.getByTestId('reg-number')).toHaveTextContent('2026-0041');
    expect(screen.getByTestId('term-end')).toHaveTextContent('07.12.2026');
    const [sent] = d.inputsOf('intake.accept');
    expect(sent).toMatchObject({
      category: 'adult',
      consentSigned: true,
      representative: null,
      applicant: { iin: ADULT.iin, lastName: ADULT.lastName, firstName: ADULT.firstName, phone: null },
    });
    expect(sent?.documents.map((m) => m.code)).toEqual([
      'application',
      'identity',
      'residence',
      'medical_card',
      'living_conditions_act',
      'disability_status',
      'disability_extract',
      'rehabilitation_programme',
    ]);
    expect(sent?.documents.every((m) => m.originalSeenReturned && m.copyReceived)).toBe(true);
    const order = d.calls
      .map((c) => c.channel)
      .filter((c) => c === 'intake.accept' || c === 'intake.printTalon');
    // §15: the talon came kept with the acceptance: it goes straight to paper.
    expect(order).toEqual(['intake.accept']);
    expect(d.printed).toEqual([9]);
    const accepted = screen.getByRole('region', { name: 'Өтініш қабылданды' });
    expect(within(accepted).getByRole('status')).toHaveTextContent('Талон басып шығаруға жіберілді');
    // The result is said by the desk's live region, the focus having gone to the next step.
    expect(screen.getByTestId('announcer')).toHaveTextContent(/^Өтініш қабылданды: Тіркеу нөмірі 2026-\d{4}/);

    await d.user.click(screen.getByRole('button', { name: 'Талонды қайта басу' }));
    expect(d.inputsOf('intake.printTalon')).toEqual([{ applicationId: 41 }]);
  });

  it('accepts a disabled child with the legal representative who signs the consent', async () => {
    const d = renderDesk({
      'intake.accept': () => ({
        applicationId: 2,
        regNumber: '2026-0002',
        acceptedAt: '2026-11-25T05:00:00.000Z',
        acceptedDate: '2026-11-25',
        termEnd: TERM_END,
        attemptId: 3,
        talon: null,
      }),
    });
    await fillChild(d);
    await d.user.click(screen.getByRole('button', { name: 'Барлығын белгілеу' }));
    await d.user.click(screen.getByLabelText('Заңды өкіл келісімге қол қойды'));
    await d.user.click(accept());
    await screen.findByTestId('reg-number');
    const [sent] = d.inputsOf('intake.accept');
    expect(sent?.category).toBe('child');
    expect(sent?.representative).toMatchObject({
      iin: MOTHER.iin,
      lastName: MOTHER.lastName,
      relation: 'mother',
      authorityDocument: MOTHER.authorityDocument,
    });
    expect(sent?.documents.map((m) => m.code)).toContain('pmpk_conclusion');
    expect(sent?.documents.map((m) => m.code)).not.toContain('rehabilitation_programme');
    // Both addresses in their parts, the office's area prefilled in each.
    expect(sent?.representative?.postalAddress).toEqual(PARTS);
    expect(sent?.applicant.postalAddress).toEqual(PARTS);
    // Two people with two addresses are many keystrokes for jsdom: more than the usual 5 s.
  }, 15_000);

  it('turns an incomplete package away and prints the list of what is missing', async () => {
    const d = renderDesk({
      'intake.turnAway': () => ({ attemptId: 9, missing: ['medical_card', 'rehabilitation_programme'] }),
    });
    await fillAdult(d);
    await d.user.click(screen.getByLabelText('Өтініш беруші келісімге қол қойды'));
    await d.user.click(turnAway());
    expect(await screen.findByRole('heading', { name: /өтініш тіркелмеді/ })).toBeInTheDocument();
    expect(
      d.calls.map((c) => c.channel).filter((c) => c.startsWith('intake.') || c.startsWith('print.')),
    ).toEqual(['intake.turnAway', 'intake.printMissingList']);
    expect(d.inputsOf('intake.printMissingList')[0]).toEqual({ attemptId: 9 });
    const missing = screen.getByRole('list', { name: 'Жетіспейтін құжаттар' });
    expect(missing).toHaveTextContent('№ 4 Медициналық карта');
    expect(missing).toHaveTextContent('№ 8 Оңалтудың жеке бағдарламасынан үзінді көшірмесі');
    expect(d.printed).toHaveLength(1);
  });

  it('prints the consent form from what was typed, in the chosen language', async () => {
    const d = renderDesk();
    await fillAdult(d);
    await d.user.selectOptions(screen.getByLabelText('Басылатын құжаттардың тілі'), 'ru');
    await d.user.click(screen.getByRole('button', { name: 'Келісім нысанын басу' }));
    expect(d.inputsOf('intake.printConsentForm')[0]).toMatchObject({
      category: 'adult',
      lang: 'ru',
      applicant: { iin: ADULT.iin, lastName: ADULT.lastName },
    });
    expect(await screen.findByText('Келісім нысаны басып шығаруға жіберілді')).toBeInTheDocument();
    expect(d.printed).toHaveLength(1);
  });
});

describe('the IIN field', () => {
  it('names the part of an invalid IIN that is wrong and asks nothing of the main side', async () => {
    const d = renderDesk();
    const iin = await screen.findByLabelText('ЖСН');
    const wrongCheck = `${ADULT.iin.slice(0, 11)}${(Number(ADULT.iin[11]) + 1) % 10}`;
    await d.user.type(iin, wrongCheck);
    expect(iin).toHaveAttribute('aria-invalid', 'true');
    expect(iin).toHaveAccessibleDescription(/соңғы, бақылау саны сәйкес келмейді/);

    await d.user.clear(iin);
    await d.user.type(iin, `611312${ADULT.iin.slice(6)}`);
    expect(iin).toHaveAccessibleDescription(/алғашқы 6 сан \(ЖЖААКК\) — мұндай туған күн жоқ/);

    await d.user.clear(iin);
    await d.user.type(iin, `${ADULT.iin.slice(0, 6)}9${ADULT.iin.slice(7)}`);
    expect(iin).toHaveAccessibleDescription(/7-сан \(ғасыр мен жыныс\)/);
    expect(d.inputsOf('people.lookup')).toHaveLength(0);
  });

  it('treats a short IIN as typing in progress, and shows birth date, sex and age of a valid one', async () => {
    const d = renderDesk();
    const iin = await screen.findByLabelText('ЖСН');
    await d.user.type(iin, '6104');
    expect(iin).not.toHaveAttribute('aria-invalid');
    expect(iin).toHaveAccessibleDescription('4 / 12 сан');
    await d.user.type(iin, ADULT.iin.slice(4));
    expect(iin).toHaveAccessibleDescription('Туған күні: 12.04.1961 · жынысы: әйел · жасы: 65');
  });

  it('prefills a returning applicant and shows the earlier applications', async () => {
    const d = renderDesk({
      'people.lookup': ({ iin }) => ({
        applicant: { id: 5, ...ADULT, iin, birthDate: '1961-04-12', sex: 'female', largePrint: false },
        representative: null,
        applications: [{ id: 7, regNumber: '2025-0113', status: 'accepted', acceptedDate: '2025-03-14' }],
      }),
    });
    await d.user.type(await screen.findByLabelText('ЖСН'), ADULT.iin);
    expect(await screen.findByDisplayValue(ADULT.lastName)).toHaveAccessibleName('Тегі');
    expect(screen.getByLabelText(/^Телефоны/)).toHaveValue(ADULT.phone);
    expect(screen.getByText(/№ 2025-0113, 14\.03\.2025, қабылданды/)).toBeInTheDocument();
    expect(d.inputsOf('people.lookup')).toEqual([{ iin: ADULT.iin }]);
  });
});

describe('large print on request (issue 13)', () => {
  it("shows a returning applicant's wish ticked and sends what the box says with the package", async () => {
    const d = renderDesk({
      'people.lookup': ({ iin }) => ({
        applicant: { id: 5, ...ADULT, iin, birthDate: '1961-04-12', sex: 'female', largePrint: true },
        representative: null,
        applications: [],
      }),
      'intake.accept': () => ({
        ...ACCEPTED,
        talon: printedDocument('talon', { id: 9, layout: 'a5-large' }),
      }),
    });
    const box = () => screen.getByRole('checkbox', { name: /^Ірі қаріп \(A5\): талон мен хаттар/ });
    expect(await screen.findByLabelText('ЖСН')).toBeInTheDocument();
    expect(box()).not.toBeChecked();
    await d.user.type(screen.getByLabelText('ЖСН'), ADULT.iin);
    await waitFor(() => expect(box()).toBeChecked());
    await d.user.click(screen.getByRole('button', { name: 'Барлығын белгілеу' }));
    await d.user.click(screen.getByLabelText('Өтініш беруші келісімге қол қойды'));
    await d.user.click(accept());
    await screen.findByRole('heading', { name: 'Өтініш қабылданды' });
    expect(d.inputsOf('intake.accept')[0]).toMatchObject({ largePrint: true });
  });
});

describe('errors from the main side', () => {
  it('shows an issue at applicant.iin translated next to the IIN field and moves the focus there', async () => {
    const d = renderDesk({
      'intake.accept': () => {
        throw new DomainError('invalid_input', undefined, [
          { path: 'applicant.iin', message: 'iin_checksum' },
        ]);
      },
    });
    await fillAdult(d);
    await d.user.click(screen.getByRole('button', { name: 'Барлығын белгілеу' }));
    await d.user.click(screen.getByLabelText('Өтініш беруші келісімге қол қойды'));
    await d.user.click(accept());
    const iin = screen.getByLabelText('ЖСН');
    await waitFor(() => expect(iin).toHaveFocus());
    expect(iin).toHaveAccessibleDescription(/ЖСН: соңғы, бақылау саны сәйкес келмейді/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument(); // placed at the field, not on top
    expect(accept()).toBeEnabled(); // the form stays as it was, ready to correct
  });

  it('places a category error at the category and an unexpected one at the top', async () => {
    let answer: DomainError = new DomainError('category_age_mismatch', {
      who: 'applicant',
      expected: 'adult',
    });
    const d = renderDesk({
      'intake.accept': () => {
        throw answer;
      },
    });
    await fillAdult(d);
    await d.user.click(screen.getByRole('button', { name: 'Барлығын белгілеу' }));
    await d.user.click(screen.getByLabelText('Өтініш беруші келісімге қол қойды'));
    await d.user.click(accept());
    expect(await screen.findByRole('group', { name: 'Санат' })).toHaveAccessibleDescription(
      /Санат ЖСН бойынша жасқа сәйкес емес: «Мүгедек \(ересек\)» болуы керек/,
    );
    answer = new DomainError('internal', { detail: 'disk full' });
    await d.user.click(accept());
    expect(await screen.findByRole('alert')).toHaveTextContent('Ішкі қате: disk full.');
  });

  it('checks the form against the contract before sending, naming empty fields', async () => {
    const d = renderDesk();
    await d.user.type(await screen.findByLabelText('ЖСН'), ADULT.iin);
    await d.user.click(screen.getByRole('button', { name: 'Барлығын белгілеу' }));
    await d.user.click(screen.getByLabelText('Өтініш беруші келісімге қол қойды'));
    await d.user.click(accept());
    expect(screen.getByLabelText('Тегі')).toHaveAccessibleDescription('Тегі: толтырыңыз');
    expect(document.getElementById('applicant-postalAddress-settlement')).toHaveAccessibleDescription(
      'Елді мекен: толтырыңыз',
    );
    await waitFor(() => expect(screen.getByLabelText('Тегі')).toHaveFocus());
    expect(d.inputsOf('intake.accept')).toHaveLength(0);
  });
});

describe('keyboard-first intake', () => {
  it('can be completed without the mouse: Enter moves on, Space marks, Tab reaches Accept', async () => {
    const d = renderDesk({
      'intake.accept': () => ({
        applicationId: 1,
        regNumber: '2026-0001',
        acceptedAt: '2026-11-25T05:00:00.000Z',
        acceptedDate: '2026-11-25',
        termEnd: TERM_END,
        attemptId: 1,
        talon: null,
      }),
    });
    const iin = await screen.findByLabelText('ЖСН');
    expect(iin).toHaveFocus();
    await d.user.keyboard(`${ADULT.iin}{Enter}`);
    expect(screen.getByRole('radio', { name: 'Мүгедек (ересек)' })).toHaveFocus();
    await d.user.keyboard('{Enter}');
    expect(screen.getByLabelText('Тегі')).toHaveFocus();
    await d.user.keyboard(`${ADULT.lastName}{Enter}${ADULT.firstName}{Enter}${ADULT.middleName}{Enter}`);
    // The phone, then the address's parts: the office's oblast and district are there already.
    await d.user.keyboard(`${ADULT.phone}{Enter}{Enter}{Enter}`);
    await d.user.keyboard(`${PARTS.settlement}{Enter}${PARTS.street}{Enter}${PARTS.house}{Enter}`);
    await d.user.keyboard(`${PARTS.flat}{Enter}${PARTS.postcode}{Enter}`);
    expect(screen.getByRole('button', { name: 'Келісім нысанын басу' })).toHaveFocus();
    await d.user.keyboard('{Enter}');
    expect(d.inputsOf('intake.printConsentForm')).toHaveLength(1);
    await d.user.tab();
    expect(screen.getByLabelText('Өтініш беруші келісімге қол қойды')).toHaveFocus();
    await d.user.keyboard(' ');
    expect(screen.getByLabelText('Өтініш беруші келісімге қол қойды')).toBeChecked();
    await d.user.tab();
    expect(screen.getByRole('button', { name: 'Барлығын белгілеу' })).toHaveFocus();
    await d.user.keyboard('{Enter}');
    // Walk the 16 marks: take one off with Space and put it back, the rest stay marked.
    await d.user.tab();
    expect(screen.getByRole('checkbox', { name: /№ 1 .* — түпнұсқасы/ })).toHaveFocus();
    await d.user.keyboard(' ');
    expect(accept()).toBeDisabled();
    await d.user.keyboard(' ');
    for (let i = 0; i < 15; i++) await d.user.tab();
    expect(screen.getByRole('checkbox', { name: /№ 8 .* — көшірмесі/ })).toHaveFocus();
    await d.user.tab();
    expect(screen.getByLabelText('Басылатын құжаттардың тілі')).toHaveFocus();
    await d.user.tab();
    expect(screen.getByRole('checkbox', { name: /^Ірі қаріп \(A5\)/ })).toHaveFocus();
    await d.user.tab();
    expect(accept()).toHaveFocus();
    await d.user.keyboard('{Enter}');

    expect(await screen.findByTestId('reg-number')).toHaveTextContent('2026-0001');
    expect(d.inputsOf('intake.accept')[0]?.applicant).toMatchObject({
      iin: ADULT.iin,
      lastName: ADULT.lastName,
      firstName: ADULT.firstName,
      middleName: ADULT.middleName,
      address: null,
      postalAddress: PARTS,
      phone: ADULT.phone,
    });
    const next = screen.getByRole('button', { name: 'Келесі өтініш беруші' });
    expect(next).toHaveFocus();
    await d.user.keyboard('{Enter}');
    expect(await screen.findByLabelText('ЖСН')).toHaveFocus();
    expect(screen.getByLabelText('ЖСН')).toHaveValue('');
  });

  it('offers Alt+digit accelerators shown on the buttons', async () => {
    const d = renderDesk({
      'intake.accept': () => ({
        applicationId: 1,
        regNumber: '2026-0001',
        acceptedAt: '2026-11-25T05:00:00.000Z',
        acceptedDate: '2026-11-25',
        termEnd: TERM_END,
        attemptId: 1,
        talon: null,
      }),
    });
    await fillAdult(d);
    expect(screen.getByRole('button', { name: 'Барлығын белгілеу' })).toHaveAttribute(
      'aria-keyshortcuts',
      'Alt+4',
    );
    expect(screen.getByText('Alt+7')).toBeInTheDocument();
    await d.user.keyboard('{Alt>}4{/Alt}');
    await d.user.keyboard('{Alt>}6{/Alt}');
    expect(screen.getByLabelText('Өтініш беруші келісімге қол қойды')).toBeChecked();
    await d.user.keyboard('{Alt>}7{/Alt}');
    expect(await screen.findByTestId('reg-number')).toHaveTextContent('2026-0001');
    await d.user.keyboard('{Alt>}9{/Alt}');
    expect(await screen.findByLabelText('ЖСН')).toHaveFocus();
  });
});

describe('§10: outside the hours the clerk records why, then accepts', () => {
  it('shows the refusal, asks for the reason, and sends it with the second try', async () => {
    const d = renderDesk({
      'intake.accept': (input) => {
        if (!input.hoursException)
          throw new DomainError('outside_hours', { reason: 'day_off', open: '09:00', close: '18:00' });
        return {
          applicationId: 5,
          regNumber: '2026-0005',
          acceptedAt: '2026-11-28T05:00:00.000Z',
          acceptedDate: '2026-11-28',
          termEnd: TERM_END,
          attemptId: 5,
          talon: printedDocument('talon'),
        };
      },
    });
    await fillAdult(d);
    await d.user.click(screen.getByRole('button', { name: 'Барлығын белгілеу' }));
    await d.user.click(screen.getByLabelText('Өтініш беруші келісімге қол қойды'));
    await d.user.click(accept());
    expect(await screen.findByText(/Бүгін кеңсенің демалыс күні \(§10\)/)).toBeInTheDocument();
    const reason = screen.getByLabelText('Жұмыс уақытынан тыс тіркеу себебі');
    await waitFor(() => expect(reason).toHaveFocus());
    await d.user.type(reason, 'Қаулы бойынша жұмыс сенбісі');
    await d.user.click(accept());
    expect(await screen.findByRole('heading', { name: 'Өтініш қабылданды' })).toBeInTheDocument();
    const [first, second] = d.inputsOf('intake.accept');
    expect(first?.hoursException).toBeUndefined();
    expect(second?.hoursException).toEqual({ reason: 'Қаулы бойынша жұмыс сенбісі' });
  });
});

describe('§15, §23: papers promised and never printed, on the start screen', () => {
  it('flags an accepted application without its talon until the button prints it', async () => {
    let printed = false;
    const d = renderDesk({
      'documents.unprinted': () => ({
        talons: printed
          ? []
          : [
              {
                applicationId: 41,
                regNumber: '2026-0041',
                applicantName: 'Қасымова Гүлнәр Әбілқызы',
                at: '2026-11-24T06:00:00.000Z',
              },
            ],
        complaintTalons: [],
        missingLists: [],
      }),
      'intake.printTalon': () => {
        printed = true;
        return printedDocument('talon', { id: 61 });
      },
    });
    const flags = await screen.findByTestId('unprinted');
    expect(flags).toHaveTextContent('Басылмаған құжаттар: 1');
    expect(flags).toHaveTextContent(
      '№ 2026-0041 өтініштің талоны (Қасымова Гүлнәр Әбілқызы, 24.11.2026) басылмаған',
    );
    await d.user.click(within(flags).getByRole('button', { name: 'Басу' }));
    await waitFor(() => expect(screen.queryByTestId('unprinted')).not.toBeInTheDocument());
    expect(d.inputsOf('intake.printTalon')).toEqual([{ applicationId: 41 }]);
    expect(d.printed).toEqual([61]);
  });

  it('flags a complaint without its tear-off talon and a turned-away visit without its list, each printed by its button', async () => {
    const done = new Set<string>();
    const d = renderDesk(
      {
        'documents.unprinted': () => ({
          talons: [],
          complaintTalons: done.has('complaint')
            ? []
            : [
                {
                  complaintId: 7,
                  journalNumber: '2026/007',
                  complainantName: 'Петренко О. И.',
                  at: '2026-11-24T06:00:00.000Z',
                },
              ],
          missingLists: done.has('missing')
            ? []
            : [{ attemptId: 9, applicantName: 'Омаров Ерлан', at: '2026-11-23T08:00:00.000Z' }],
        }),
        'complaints.printTalon': () => {
          done.add('complaint');
          return printedDocument('complaint_talon');
        },
        'intake.printMissingList': () => {
          done.add('missing');
          return printedDocument('missing_list');
        },
      },
      { lang: 'ru' },
    );
    const flags = await screen.findByTestId('unprinted');
    expect(flags).toHaveTextContent('Не напечатано документов: 2');
    const line = (text: RegExp) => screen.getByText(text).closest('li') as HTMLElement;
    await d.user.click(
      within(line(/Отрывной талон жалобы № 2026\/007/)).getByRole('button', { name: 'Напечатать' }),
    );
    expect(d.inputsOf('complaints.printTalon')).toEqual([{ complaintId: 7 }]);
    await waitFor(() => expect(flags).toHaveTextContent('Не напечатано документов: 1'));
    await d.user.click(
      within(line(/Список недостающих документов \(Омаров Ерлан/)).getByRole('button', {
        name: 'Напечатать',
      }),
    );
    expect(d.inputsOf('intake.printMissingList')).toEqual([{ attemptId: 9 }]);
    await waitFor(() => expect(screen.queryByTestId('unprinted')).not.toBeInTheDocument());
  });
});
