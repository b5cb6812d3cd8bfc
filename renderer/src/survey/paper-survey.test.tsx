import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { DomainError } from '../../../shared/contract/result.ts';
import { createDesk } from '../create-desk.ts';
import { DeskProvider } from '../desk.tsx';
import { createI18n } from '../i18n/index.ts';
import { fakeMain, printedDocument } from '../test/fake-client.ts';
import { PaperSurveyPanel } from './PaperSurveyPanel.tsx';

function mount() {
  const main = fakeMain({
    'survey.questions': ({ visitCode }) => {
      if (visitCode === 'T4-ABCDEF')
        return {
          visitDate: '2026-11-25',
          purpose: 'hand_in',
          questions: ['2.1', '3.1', '5.1'],
          voice: { volume: 90 },
        };
      throw new DomainError('visit_code_unknown', { code: visitCode });
    },
    'survey.answer': ({ answers }) => ({
      recorded: answers.length,
      visitDate: '2026-11-25',
      purpose: 'hand_in',
    }),
    'survey.printForm': () => printedDocument('survey_form', { id: 41, layout: 'a5' }),
  });
  const desk = createDesk(main.client, createI18n('ru'));
  render(
    <DeskProvider desk={desk}>
      <PaperSurveyPanel />
    </DeskProvider>,
  );
  return { ...main, desk };
}

describe('the paper survey typed in at the desk', () => {
  it('opens the form’s questions by its code and saves what was ticked as a paper answer', async () => {
    const main = mount();
    fireEvent.change(screen.getByLabelText('Код на анкете'), { target: { value: 't4-abcdef' } });
    fireEvent.click(screen.getByRole('button', { name: 'Открыть вопросы' }));
    expect(await screen.findByText('2.1 Насколько вы довольны тем, как вас обслужили?')).toBeInTheDocument();
    fireEvent.click(screen.getAllByLabelText('5 Полностью доволен(а)')[0] as HTMLElement);
    // 3.1 left blank on the paper; 5.1 ticked 3.
    fireEvent.click(screen.getAllByLabelText('3 Ни да, ни нет')[2] as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить ответы' }));
    expect(await screen.findByText('Сохранено ответов: 2')).toBeInTheDocument();
    expect(main.inputsOf('survey.answer')).toEqual([
      {
        visitCode: 'T4-ABCDEF',
        source: 'paper',
        answers: [
          { question: '2.1', answer: 5 },
          { question: '5.1', answer: 3 },
        ],
      },
    ]);
    expect(screen.getByLabelText('Код на анкете')).toHaveValue('');
  });

  it('opens the survey kiosk on another screen in Electron', async () => {
    const main = mount();
    fireEvent.click(screen.getByRole('button', { name: 'Открыть киоск анкеты (на втором экране)' }));
    await screen.findByRole('button', { name: 'Открыть вопросы' });
    expect(main.surveysOpened).toEqual([null]);
  });

  it('prints the A5 form for the visitor at the desk and sends it to the printer', async () => {
    const main = mount();
    // Only the board's own visitor matters here: the rest of the board is not read.
    act(() => main.desk.queue.setState({ board: { mine: { id: 9, number: 'A-003' } } as never }));
    fireEvent.click(screen.getByRole('button', { name: 'Печать бумажной анкеты для посетителя A-003' }));
    await waitFor(() => expect(main.printed).toEqual([41]));
    expect(main.inputsOf('survey.printForm')).toEqual([{ ticketId: 9 }]);
  });

  it('says a code that is not one in words', async () => {
    mount();
    fireEvent.change(screen.getByLabelText('Код на анкете'), { target: { value: 'X1-000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Открыть вопросы' }));
    expect(await screen.findByText(/Код «X1-000000» не распознан/)).toBeInTheDocument();
  });
});
