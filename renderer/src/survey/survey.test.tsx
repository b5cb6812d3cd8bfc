import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DomainError } from '../../../shared/contract/result.ts';
import { createI18n } from '../i18n/index.ts';
import { fakeMain } from '../test/fake-client.ts';
import { fakeVoice } from '../test/fake-voice.ts';
import { isSurveyRoute, SurveyApp } from './SurveyKiosk.tsx';

const voice = { volume: 70 };

function mount(thanksMs = 50) {
  const main = fakeMain({
    'survey.questions': ({ visitCode }) => {
      if (visitCode.startsWith('C'))
        return { visitDate: '2026-11-25', purpose: 'complaint', questions: ['4.3', '4.4'], voice };
      if (visitCode.startsWith('T'))
        return { visitDate: '2026-11-25', purpose: 'hand_in', questions: ['2.1', '3.1', '5.1'], voice };
      if (visitCode.startsWith('A'))
        return { visitDate: '2026-11-25', purpose: 'hand_in', questions: [], voice };
      throw new DomainError('visit_code_unknown', { code: visitCode });
    },
    'survey.answer': ({ answers }) => ({
      recorded: answers.length,
      visitDate: '2026-11-25',
      purpose: 'hand_in',
    }),
  });
  render(<SurveyApp api={main.client} i18n={createI18n('kk')} thanksMs={thanksMs} voice={fakeVoice()} />);
  return main;
}

const typeCode = (code: string) => {
  fireEvent.change(screen.getByRole('textbox'), { target: { value: code } });
  fireEvent.click(screen.getByRole('button', { name: 'Бастау' }));
};

describe('the survey kiosk', () => {
  it('asks a visitor 2.1, 3.1 and 5.1 one at a time with five worded marks, sends them as the kiosk, thanks and starts again', async () => {
    const main = mount();
    typeCode('t12-abc123');
    expect(
      await screen.findByRole('heading', { name: 'Қызмет көрсету барысына қаншалықты ризасыз?' }),
    ).toBeInTheDocument();
    expect(screen.getByText('1-сұрақ, барлығы 3')).toBeInTheDocument();
    // Each mark has its digit and its word, not a colour alone.
    for (const word of ['Мүлдем риза емеспін', 'Риза емеспін', 'Әрі-сәрі', 'Ризамын', 'Толық ризамын'])
      expect(screen.getByRole('button', { name: new RegExp(word) })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^5/ }));
    // The visitor switches to Russian halfway.
    fireEvent.click(screen.getByRole('button', { name: 'Русский' }));
    expect(
      screen.getByRole('heading', { name: 'Насколько вы довольны информацией о порядке получения услуги?' }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^4/ }));
    expect(
      screen.getByRole('heading', { name: 'Насколько вы довольны вежливостью сотрудников?' }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^2.*Скорее не доволен/ }));
    expect(await screen.findByText('Спасибо!')).toBeInTheDocument();
    expect(main.inputsOf('survey.answer')).toEqual([
      {
        visitCode: 'T12-ABC123',
        source: 'kiosk',
        answers: [
          { question: '2.1', answer: 5 },
          { question: '3.1', answer: 4 },
          { question: '5.1', answer: 2 },
        ],
      },
    ]);
    // Back to the start by itself, in Kazakh, with the field empty for the next visitor.
    await waitFor(() => expect(screen.getByRole('textbox')).toHaveValue(''));
    expect(screen.getByRole('button', { name: 'Бастау' })).toBeInTheDocument();
  });

  it('asks a complainant 4.3 and 4.4 only', async () => {
    const main = mount();
    typeCode('C3-XYZ789');
    expect(
      await screen.findByRole('heading', {
        name: 'Шағымды қабылдау және қарау тәртібіне қаншалықты ризасыз?',
      }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^3/ }));
    expect(
      screen.getByRole('heading', { name: 'Шағымды қарау мерзіміне қаншалықты ризасыз?' }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /^1/ }));
    await screen.findByText('Рақмет!');
    expect(main.inputsOf('survey.answer')[0]?.answers.map((a) => a.question)).toEqual(['4.3', '4.4']);
  });

  it('says so when a code is not one, or its visit has answered already, and asks nothing', async () => {
    const main = mount();
    typeCode('NOPE-1');
    expect(await screen.findByRole('alert')).toHaveTextContent('Код танылмады');
    typeCode('A7-QQQQQQ');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('сауалнамаға жауап берілген'));
    expect(main.inputsOf('survey.answer')).toEqual([]);
  });

  it('is opened at #/survey', () => {
    expect([isSurveyRoute('#/survey'), isSurveyRoute('#/survey?x'), isSurveyRoute('#/display')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
