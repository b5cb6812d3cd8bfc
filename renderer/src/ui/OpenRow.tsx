// A row of a register that opens its record: a click anywhere on the row, or the record's
// number in the first cell, which is the button the keyboard reaches.

import type { ReactNode } from 'react';

export function OpenRow(props: { number: string; onOpen(): void; className?: string; children: ReactNode }) {
  return (
    <tr className={props.className} onClick={props.onOpen}>
      <td>
        <button
          type="button"
          className="link"
          onClick={(e) => {
            e.stopPropagation();
            props.onOpen();
          }}
        >
          {props.number}
        </button>
      </td>
      {props.children}
    </tr>
  );
}
