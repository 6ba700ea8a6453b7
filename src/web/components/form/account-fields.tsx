import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from './text-field';

type AccountFieldProps = Omit<TextFieldProps, 'label' | 'type' | 'name' | 'autoComplete' | 'inputMode' | 'description'>;

/**
 * An e-mail address: the e-mail keyboard and no spelling check. `autoComplete` is `username` for
 * one's own address, so password managers offer it, and `off` for someone else's.
 */
export function EmailField({ autoComplete, ...props }: AccountFieldProps & { autoComplete: 'username' | 'off' }) {
  const { t } = useTranslation();
  return <TextField label={t('login.email')} type="email" name="email" autoComplete={autoComplete} inputMode="email" spellCheck={false} {...props} />;
}

/** A password someone chooses for themselves, with the rules it must meet; password managers offer to make one. */
export function NewPasswordField(props: AccountFieldProps) {
  const { t } = useTranslation();
  return <TextField label={t('password.new')} type="password" name="password" autoComplete="new-password" description={t('password.policy')} {...props} />;
}

type LabelledPasswordProps = AccountFieldProps & { label: ReactNode };

/** The password someone has now (logging in, confirming a change); password managers fill it in. */
export function CurrentPasswordField(props: LabelledPasswordProps) {
  return <TextField type="password" name="current-password" autoComplete="current-password" {...props} />;
}

/** A newly chosen password once more, to catch a typing error in a field that shows only dots. */
export function RepeatPasswordField(props: LabelledPasswordProps) {
  return <TextField type="password" name="password-repeat" autoComplete="new-password" {...props} />;
}
