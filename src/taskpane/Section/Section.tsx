import type { ReactElement, ReactNode } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
});

export type SectionProps = { id: string; title: string; children: ReactNode };

/** One step of the flow: a landmark region named by its heading, for screen-reader navigation. */
export function Section({ id, title, children }: SectionProps): ReactElement {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby={`${id}-title`} data-testid={`step-${id}`}>
      <Text as="h2" id={`${id}-title`} size={400} weight="semibold" block>
        {title}
      </Text>
      {children}
    </section>
  );
}
