import type { ReactElement } from 'react';
import { useMemo } from 'react';
import { AriaLiveAnnouncer, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { langOf, loadShippedRegistry } from '../domain';
import type { ResolvedMailbox } from '../office/detect';
import { Referral } from './Referral/Referral';
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
  const registry = useMemo(() => loadShippedRegistry(), []);
  // office.js loaded but Outlook never answered: a simulated mail shown here could be taken for
  // the user's own, so show the error and nothing else.
  const outlookSilent = mailbox.kind === 'preview' && mailbox.reason === 'office-timeout';
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'nl' ? 'nl-BE' : 'en'}>
      {/* A v9 MessageBar announces itself through this announcer (one live region, or the
          browser's ariaNotify); none of them carries a role="alert"/"status" of its own.
          Children not re-indented: the formatter's commit will. */}
      <AriaLiveAnnouncer>
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
          <MessageBar intent="error" layout="multiline" data-testid="office-timeout">
            <MessageBarBody>
              <MessageBarTitle>{t.officeTimeoutTitle}</MessageBarTitle> {t.officeTimeoutBody}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <>
            {mailbox.kind === 'preview' && (
              <MessageBar intent="info" layout="multiline" data-testid="preview-banner">
                <MessageBarBody>
                  <MessageBarTitle>{t.previewTitle}</MessageBarTitle> {t.previewBody}
                  {mailbox.reason === 'office-unavailable' ? ` ${t.previewNoOffice}` : ''}
                </MessageBarBody>
              </MessageBar>
            )}
            {registry.ok ? (
              <Referral port={mailbox.port} registry={registry.registry} lang={lang} t={t} />
            ) : (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t.registryBrokenTitle}</MessageBarTitle> {t.registryBrokenBody}
                </MessageBarBody>
              </MessageBar>
            )}
          </>
        )}
      </main>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
