import type { ReactElement } from 'react';
import { Suspense, lazy } from 'react';
import { AriaLiveAnnouncer, FluentProvider, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { langOf } from '../domain';
import type { MailboxResolution } from '../office/detect';
import { Referral } from './Referral/Referral';
import { useShippedRegistry } from './shippedRegistry';
import { startWords } from '../words/paneStart';

const Notice = lazy(() => import(/* webpackChunkName: "notice" */ './Notice/Notice'));

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

export function App({ mailbox }: { mailbox: MailboxResolution }): ReactElement {
  const styles = useStyles();
  const lang = langOf(mailbox.port.displayLanguage);
  const t = startWords[lang];
  const registry = useShippedRegistry();
  // office.js loaded but Outlook never answered: a simulated mail shown here could be taken for
  // the user's own, so show the error and nothing else.
  const outlookSilent = mailbox.kind === 'preview' && mailbox.reason === 'office-timeout';
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'nl' ? 'nl-BE' : 'en'}>
      {/* A v9 MessageBar announces itself through this announcer (one live region, or the
          browser's ariaNotify); none of them carries a role="alert"/"status" of its own. */}
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
            <Suspense fallback={null}>
              <Notice intent="error" title={t.officeTimeoutTitle} body={t.officeTimeoutBody} testId="office-timeout" />
            </Suspense>
          ) : (
            <>
              {mailbox.kind === 'preview' && (
                <Suspense fallback={null}>
                  <Notice
                    intent="info"
                    title={t.previewTitle}
                    body={mailbox.reason === 'office-unavailable' ? `${t.previewBody} ${t.previewNoOffice}` : t.previewBody}
                    testId="preview-banner"
                  />
                </Suspense>
              )}
              {registry === undefined ? null : registry.ok ? (
                <Referral port={mailbox.port} registry={registry.registry} lang={lang} t={t} />
              ) : (
                <Suspense fallback={null}>
                  <Notice intent="error" title={t.registryBrokenTitle} body={t.registryBrokenBody} />
                </Suspense>
              )}
            </>
          )}
        </main>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
