// The one way every text of the desk reaches the screen, in Kazakh and Russian. Each place keeps
// its texts beside it (intake/texts.ts, decisions/texts.ts…; the words every place uses are
// i18n/common-texts.ts, the contract's fields, issues and errors i18n/contract-texts.ts) and
// declares them with `placeTexts(prefix, kk, ru)`. They are added at run time to the desk's i18n
// instance under the prefix — so the language switch, interpolation and the fallback to Kazakh
// work everywhere alike — when the place first uses them (its `tp`, in a component or not): a
// place's texts come with its code, in its chunk (issue 12: the first screen loads only its own
// texts; createI18n adds those every error needs at once, i18n/index.ts). `tp` is typed by
// the place's own keys, taken from its Kazakh half. The Russian half must have exactly the same
// shape: a missing or an extra key, or a group where a text should be, is a compile error at
// `placeTexts(…)`. One catalogue typed for i18next's own `t` made TypeScript give up at some size
// (TS2589); a place's keys stay small, and i18next's `t` is typed with no keys (i18n/index.ts).
// A component uses its place's `tp`, and another place's texts through that place's hook,
// renamed: `const { tp: tc } = useCommonT();`.

import type { i18n as I18n } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../shared/standard/service-definition.ts';

/** A place's texts in one language: words, or groups of words. */
export interface TextTree {
  readonly [key: string]: string | TextTree;
}

/** Every key of a text tree, dotted: 'banner.overdue'. */
export type TextKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${TextKey<T[K]>}`;
}[keyof T & string];

/** The shape of a text tree: the same keys at every depth, a string wherever there is one. */
type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Any key of `R` that `T` does not have becomes `never`, so an extra key does not compile. */
type NoExtraKeys<T, R> = {
  [K in keyof R]: K extends keyof T ? (T[K] extends string ? unknown : NoExtraKeys<T[K], R[K]>) : never;
};

/** Values put into a text ({{count}}, {{regNumber}}…). */
export type TextValues = Record<string, string | number>;

/** A place's `t`: its own keys only, without the prefix. */
export type PlaceT<K extends string> = (key: K, values?: TextValues) => string;

type Untyped = (key: string, values?: TextValues) => string;

/** A place's `t` over an i18next `t`: the key is the place's, the prefix is put in front. */
function withPrefix<K extends string>(prefix: string, t: unknown): PlaceT<K> {
  return (key, values) => (t as Untyped)(`${prefix}.${key}`, values);
}

export interface PlaceTexts<K extends string> {
  readonly prefix: string;
  readonly texts: Readonly<Record<Lang, TextTree>>;
  /** Adds the texts to an i18n instance under the prefix, once (every `tp` does it first). */
  addTo(i18n: I18n): void;
  /** `tp` outside a component: in the instance's current language, or in `lng`. */
  tIn(i18n: I18n, lng?: Lang): PlaceT<K>;
  /** `tp` of this place in a component, and the instance. */
  useT(): { tp: PlaceT<K>; i18n: I18n };
}

export function placeTexts<Kk extends TextTree, Ru extends Shape<Kk>>(
  prefix: string,
  kk: Kk,
  ru: Ru & NoExtraKeys<Kk, Ru>,
): PlaceTexts<TextKey<Kk>> {
  type K = TextKey<Kk>;
  // The instances (one per mounted desk) that hold these texts already.
  const holders = new WeakSet<I18n>();
  const addTo = (i18n: I18n) => {
    if (holders.has(i18n)) return;
    i18n.addResourceBundle('kk', 'translation', { [prefix]: kk }, true, true);
    i18n.addResourceBundle('ru', 'translation', { [prefix]: ru }, true, true);
    holders.add(i18n);
  };
  return {
    prefix,
    texts: { kk, ru },
    addTo,
    tIn(i18n, lng) {
      addTo(i18n);
      return withPrefix<K>(prefix, lng ? i18n.getFixedT(lng) : i18n.t.bind(i18n));
    },
    useT() {
      const { t, i18n } = useTranslation();
      // Nothing re-renders on it (react-i18next does not listen to the store): safe in a render.
      addTo(i18n);
      // A new `tp` when the language changes, as `t` is, so memos that depend on it recompute.
      const tp = useMemo(() => withPrefix<K>(prefix, t), [prefix, t]);
      return { tp, i18n };
    },
  };
}
