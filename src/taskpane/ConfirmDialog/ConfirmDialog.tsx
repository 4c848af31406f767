// A change to the mail that removes something (recipients, images) is confirmed first, in an
// alert dialog that lists exactly what goes. One component, so every such question reads alike.
import type { ReactElement } from 'react';
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { usePaneWords } from '../controller/usePaneWords';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export type ConfirmDialogProps = {
  open: boolean;
  title: string;
  body: string;
  /** What the change removes, one line each. */
  items: readonly string[];
  confirmLabel: string;
  confirmTestId: string;
  onConfirm: () => void;
  onClose: () => void;
};

export function ConfirmDialog({ open, title, body, items, confirmLabel, confirmTestId, onConfirm, onClose }: ConfirmDialogProps): ReactElement {
  const styles = useStyles();
  const { t } = usePaneWords();
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <Text as="p" block>
              {body}
            </Text>
            <ul className={styles.list}>
              {items.map((item, i) => (
                <li key={`${item}-${i}`}>{item}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              data-testid={confirmTestId}
              onClick={() => {
                onClose();
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
            <Button appearance="secondary" onClick={onClose}>
              {t.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
