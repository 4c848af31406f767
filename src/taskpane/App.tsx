import type { ReactElement } from 'react';
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { langOf } from '../domain';
import type { ResolvedMailbox } from '../office/detect';
import { Referral } from './Referral/Referral';
import { useShippedRegistry } from './shippedRegistry';
import { strings } from './strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: '640px',
    boxSizing: 'border-box',
  },
});

export function App({ mailbox }: { mailbox: ResolvedMailbox }): ReactElement {
  const styles = useStyles();
  const lang = langOf(mailbox.port.displayLanguage);
  const t = strings[lang];
  const registry = useShippedRegistry();
  // office.js loaded but Outlook never answered: a simulated mail shown here could be taken for
  // the user's own, so show the error and nothing else.
  const outlookSilent = mailbox.kind === 'preview' && mailbox.reason === 'office-timeout';
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'nl' ? 'nl-BE' : 'en'}>
      <main className={styles.root}>
        <header>
          <Text as="h1" size={600} weight="semibold" block>
            {t.title}
          </Text>
          <Text as="p" size={200} block>
            {t.subtitle}
          </Text>
        </header>
        {outlookSilent ? (
          <MessageBar intent="error" layout="multiline" role="alert" data-testid="office-timeout">
            <MessageBarBody>
              <MessageBarTitle>{t.officeTimeoutTitle}</MessageBarTitle> {t.officeTimeoutBody}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <>
            {mailbox.kind === 'preview' && (
              <MessageBar intent="info" layout="multiline" role="status" data-testid="preview-banner">
                <MessageBarBody>
                  <MessageBarTitle>{t.previewTitle}</MessageBarTitle> {t.previewBody}
                  {mailbox.reason === 'office-unavailable' ? ` ${t.previewNoOffice}` : ''}
                </MessageBarBody>
              </MessageBar>
            )}
            {registry === undefined ? null : registry.ok ? (
              <Referral port={mailbox.port} registry={registry.registry} lang={lang} t={t} />
            ) : (
              <MessageBar intent="error" layout="multiline" role="alert">
                <MessageBarBody>
                  <MessageBarTitle>{t.registryBrokenTitle}</MessageBarTitle> {t.registryBrokenBody}
                </MessageBarBody>
              </MessageBar>
            )}
          </>
        )}
      </main>
    </FluentProvider>
  );
}
