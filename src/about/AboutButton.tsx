import { Suspense, lazy, useRef, useState } from 'react';
import { useT } from '../ui/useT';

const AboutDialog = lazy(() => import('./AboutDialog'));

/** The header's About button: opens the About box, and gets the focus back when it closes. */
export function AboutButton() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="about" data-export="omit">
      <button
        ref={button}
        type="button"
        className="header-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        {t('about.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <AboutDialog onClose={close} />
        </Suspense>
      )}
    </div>
  );
}
