import type { ReactElement } from 'react';
import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { shippedRelease } from '../../domain';
import { usePaneWords } from '../controller/usePaneWords';

const useStyles = makeStyles({
  about: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  code: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * Which build runs here (src/domain/release.ts) and whom to call: what support asks first, and
 * what an admin compares with the release notes and the Send check's test mail.
 */
export function AboutAddin(): ReactElement {
  const styles = useStyles();
  const { t } = usePaneWords();
  const { version, registry, protocols, helpdesk } = shippedRelease();
  return (
    <div className={styles.about} data-testid="about-addin">
      <Text as="h3" size={300} weight="semibold" block>
        {t.aboutTitle}
      </Text>
      <Text block>
        {t.aboutVersion}{' '}
        <span className={styles.code} data-testid="about-version">
          {version}
        </span>
      </Text>
      <Text block data-testid="about-registry">
        {t.aboutRegistry(registry, protocols)}
      </Text>
      <Text block data-testid="about-helpdesk">
        {t.aboutHelpdesk}:{' '}
        {helpdesk ? (
          <>
            {helpdesk.name}
            {helpdesk.phone && (
              <>
                {', '}
                <Link href={`tel:${helpdesk.phone.replace(/[^+0-9]/g, '')}`}>{helpdesk.phone}</Link>
              </>
            )}
            {helpdesk.email && (
              <>
                {', '}
                <Link href={`mailto:${helpdesk.email}`}>{helpdesk.email}</Link>
              </>
            )}
            {helpdesk.url && (
              <>
                {', '}
                <Link href={helpdesk.url} target="_blank" rel="noopener noreferrer">
                  {helpdesk.url}
                </Link>
              </>
            )}
          </>
        ) : (
          t.aboutHelpdeskUnset
        )}
      </Text>
    </div>
  );
}
