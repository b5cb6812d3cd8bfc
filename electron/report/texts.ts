// Why a row has no value, in words for the files and the paper (the screen has its own kk/ru
// texts through the place-texts mechanism): the regional department reads these, not codes.

import type { NoDataReason } from '../../shared/domain/report/indicators.ts';
import type { Lang } from '../print/texts.ts';

export const NO_DATA: Record<Lang, Record<NoDataReason, string>> = {
  kk: {
    no_applications_due: 'мерзімі кезеңде аяқталған өтініш жоқ',
    no_finished_waits: 'кезекте күтуі аяқталған талон жоқ',
    no_decisions: 'кезеңде шешім шығарылмаған',
    no_first_visits: 'кезеңде құжат тапсыруға алғаш келу болмаған',
    not_entered: 'басшы енгізбеген',
    no_applications_accepted: 'кезеңде өтініш қабылданбаған',
    no_justified_complaints: 'кезеңде жауап берілген негізді шағым жоқ',
    no_survey_answers: 'сауалнамаға жауап жоқ',
  },
  ru: {
    no_applications_due: 'нет заявлений со сроком, истёкшим в периоде',
    no_finished_waits: 'нет талонов с завершённым ожиданием',
    no_decisions: 'в периоде решений не было',
    no_first_visits: 'в периоде не было первых визитов со сдачей документов',
    not_entered: 'не внесено руководителем',
    no_applications_accepted: 'в периоде заявления не принимались',
    no_justified_complaints: 'нет обоснованных жалоб с ответом в периоде',
    no_survey_answers: 'нет ответов на анкету',
  },
};
