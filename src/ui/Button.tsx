import type { ReactElement, ReactNode } from 'react';

type Kind = 'primary' | 'secondary' | 'warning' | 'reverse';

/** An NHS button; busy buttons stay focusable but do nothing (no double submit). */
export function Button({
  children,
  onClick,
  kind = 'primary',
  busy = false,
  type = 'button',
  testId,
}: {
  children: ReactNode;
  onClick?: () => void;
  kind?: Kind;
  busy?: boolean;
  type?: 'button' | 'submit';
  testId?: string;
}): ReactElement {
  const cls = kind === 'primary' ? 'nhsuk-button' : `nhsuk-button nhsuk-button--${kind}`;
  return (
    <button
      className={cls}
      type={type}
      data-testid={testId}
      aria-disabled={busy || undefined}
      onClick={(e) => {
        if (busy) {
          e.preventDefault();
          return;
        }
        onClick?.();
      }}
    >
      {children}
    </button>
  );
}

/** A link-styled button for going back a step. */
export function BackLink({ onClick, children = 'Back' }: { onClick: () => void; children?: ReactNode }): ReactElement {
  return (
    <div className="nhsuk-back-link">
      <button type="button" className="nhsuk-back-link__link app-link-button" onClick={onClick}>
        {children}
      </button>
    </div>
  );
}
