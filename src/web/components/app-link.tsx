import { Link, type LinkProps } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useHref, useLinkClickHandler, type To } from 'react-router';

export interface AppLinkProps extends Omit<LinkProps, 'href'> {
  to: To;
}

/**
 * The Utrecht Link with client-side navigation: the look of NL Design System, the speed of the
 * router. Modified clicks (new tab, etc.) still behave as a normal link.
 */
export function AppLink({ to, onClick, children, ...rest }: AppLinkProps) {
  const href = useHref(to);
  const navigate = useLinkClickHandler<HTMLAnchorElement>(to);
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (!event.defaultPrevented) navigate(event);
  };
  return (
    <Link {...rest} href={href} onClick={handleClick}>
      {children}
    </Link>
  );
}
