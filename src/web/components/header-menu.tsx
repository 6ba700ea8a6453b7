import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

const PANEL_ID = 'sr-header-menu';

/**
 * The header's menu (navigation, account corner, language switch). On a narrow screen it folds
 * away behind a "Menu" button so the first screen starts with the 112 notice instead of a wall of
 * links; on a wide screen the CSS hides the button and always shows the panel, as before.
 *
 * A disclosure, not an ARIA menu: the links stay ordinary links in the ordinary tab order and are
 * always in the page, only hidden by CSS while folded. The panel pushes the content down instead
 * of covering it. Escape closes it and puts focus back on the button; following a link closes it.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const followedLink = useRef(false);

  // Every navigation (a link, logging out, the back button) folds the menu again.
  useEffect(() => setOpen(false), [pathname]);

  // A link to the page already shown does not navigate, so Layout does not move focus to the
  // content: the link that had focus has just been hidden. Give focus to the button rather than
  // losing it. After a real navigation Layout's effect runs later and moves focus to the content.
  useEffect(() => {
    if (open || !followedLink.current) return;
    followedLink.current = false;
    const toggle = toggleRef.current;
    const active = document.activeElement;
    const lost = !active || active === document.body || panelRef.current?.contains(active);
    if (lost && toggle && toggle.getClientRects().length > 0) toggle.focus();
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggleRef.current?.focus();
  };

  // Only clicks the router handled (it prevents the default): a click that opens a new tab
  // leaves this page, and its menu, as it was.
  const onPanelClick = (event: MouseEvent) => {
    if (!event.defaultPrevented || !(event.target instanceof Element) || !event.target.closest('a[href]')) return;
    followedLink.current = true;
    setOpen(false);
  };

  return (
    <>
      <Button
        ref={toggleRef}
        type="button"
        appearance="secondary-action-button"
        className="sr-menu-toggle"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        icon={<MenuIcon open={open} />}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={onKeyDown}
      >
        {t('nav.menu')}
      </Button>
      {/* Clicks and keys bubble up from the links and buttons inside; the panel itself is no control. */}
      <div id={PANEL_ID} ref={panelRef} className="sr-header__menu" data-open={open || undefined} onClick={onPanelClick} onKeyDown={onKeyDown}>
        {children}
      </div>
    </>
  );
}

/** Three bars while folded, a cross while open; the button's text says what it is. */
function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg className="sr-menu-toggle__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={open ? 'M6 6l12 12M18 6 6 18' : 'M4 6.5h16M4 12h16M4 17.5h16'} />
    </svg>
  );
}
