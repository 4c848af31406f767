import type { ReactElement } from 'react';
import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import type { ResolvedMailbox } from '../office/detect';
import { langFrom, strings } from './strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    maxWidth: '640px',
  },
});

export function App({ mailbox }: { mailbox: ResolvedMailbox }): ReactElement {
  const styles = useStyles();
  const lang = langFrom(mailbox.port.displayLanguage);
  const t = strings[lang];
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
        {mailbox.kind === 'preview' && (
          <MessageBar intent="info" role="status" data-testid="preview-banner">
            <MessageBarBody>
              <MessageBarTitle>{t.previewTitle}</MessageBarTitle> {t.previewBody}
            </MessageBarBody>
          </MessageBar>
        )}
      </main>
    </FluentProvider>
  );
}
