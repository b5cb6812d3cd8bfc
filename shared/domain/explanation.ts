// §17: a refusal's explanation is written in the language of the letter that carries it. Each
// text knows its language; a text from before the language was recorded (migration 0011) is told
// by its letters: Kazakh writes ә ғ қ ң ө ұ ү һ і, Russian none of them.

const KAZAKH_ONLY = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/;

export function languageOfText(text: string): 'kk' | 'ru' {
  return KAZAKH_ONLY.test(text) ? 'kk' : 'ru';
}
