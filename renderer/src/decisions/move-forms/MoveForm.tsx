// One form per move the state machine allows the signed-in user (shared/domain/
// application-states.ts): the review, the decision, the notification. Cancelling an application
// is not done here.

import type { ReactNode } from 'react';
import type { Move } from '../../../../shared/domain/application-states.ts';
import { ApproveForm, RefuseForm } from './DecisionForms.tsx';
import type { MoveFormProps } from './fields.tsx';
import { HandOverForm, PostForm } from './NotifyForms.tsx';
import { NoteForm, ReturnForm } from './ReviewForms.tsx';

const FORMS: Readonly<Record<Exclude<Move, 'cancel'>, (props: MoveFormProps) => ReactNode>> = {
  start_review: (p) => <NoteForm {...p} move="start_review" />,
  resubmit: (p) => <NoteForm {...p} move="resubmit" />,
  close: (p) => <NoteForm {...p} move="close" />,
  return_for_correction: ReturnForm,
  approve: ApproveForm,
  refuse: RefuseForm,
  send_by_post: PostForm,
  hand_over: HandOverForm,
};

export function MoveForm(props: MoveFormProps) {
  const Form = props.move === 'cancel' ? null : FORMS[props.move];
  return Form ? <Form {...props} /> : null;
}
