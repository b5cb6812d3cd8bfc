// The words the waiting-room screen puts beside each state's mark (issue 13: never colour alone):
// the words of the states the queue's texts do not already have. Both languages are shown at
// once, so they are a pair here, not a place's texts switched by the desk's language.

const stateKk = {
  recalled: 'Қайта шақырылады',
};

const stateRu: typeof stateKk = {
  recalled: 'Повторный вызов',
};

export const displayStateWords = { kk: stateKk, ru: stateRu };
