// The in-pane referral form. Loaded lazily (React.lazy): it brings the form rules with
// libphonenumber's metadata, and makes the PDF with pdf-lib, which loads only on "make".
// The typed values live in the flow's state only (memory), and go nowhere but the PDF.
import type { ReactElement } from 'react';
import { useState } from 'react';
import { Button, Field, Input, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Protocol } from '../../domain';
import type { ReferralField, ReferralFormErrors } from '../../referral/form';
import { REFERRAL_FIELD_HINTS, REFERRAL_FIELD_LABELS, REFERRAL_FIELD_MAX_LENGTH, REFERRAL_FIELDS, parseReferralForm } from '../../referral/form';
import { usePaneWords } from '../controller/usePaneWords';
import type { PaneWords } from '../../words/paneSteps';
import type { FlowState, PaneDocument } from '../types';
import { MessageLine } from '../MessageLine/MessageLine';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  // alignItems start: a Field with a hint is taller, and a stretched neighbour without one would
  // share out the extra height and push its box down, out of line with the other.
  // A row with an error stacks its fields: the message gets the pane's width, not a 130 px column.
  stacked: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)',
    alignItems: 'start',
    gap: tokens.spacingHorizontalS,
    '@media (max-width: 360px)': { gridTemplateColumns: 'minmax(0, 1fr)' },
  },
  ready: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  input: { width: '100%', minWidth: 0 },
});

const AUTOCOMPLETE: Record<ReferralField, string> = {
  firstName: 'off',
  lastName: 'off',
  street: 'off',
  houseNumber: 'off',
  postcode: 'off',
  municipality: 'off',
  phone: 'off',
  email: 'off',
};
const INPUT_TYPE: Partial<Record<ReferralField, 'tel' | 'email'>> = { phone: 'tel', email: 'email' };
const OPTIONAL: ReadonlySet<ReferralField> = new Set(['phone', 'email']);
/** Phone and e-mail are each optional, but not both: each label names the other. */
const OR_OTHER: Partial<Record<ReferralField, (t: PaneWords) => string>> = { phone: (t) => t.formOrEmail, email: (t) => t.formOrPhone };

export type PaneFormProps = {
  protocol: Protocol;
  /** The PDF made from the form, or null while it is being filled in. */
  made: PaneDocument | null;
  /** What was typed earlier (FlowState.paneForm), or null. */
  stored: FlowState['paneForm'];
};

type Making = 'idle' | 'running' | 'failed';
/** 'remake': the team member chose to change the details, so the PDF they had is gone. */
type Editing = 'first' | 'remake';

export default function PaneForm({ protocol, made, stored }: PaneFormProps): ReactElement {
  const styles = useStyles();
  const { t, lang, actions } = usePaneWords();
  const single = protocol.municipality.postcodes.length === 1 ? (protocol.municipality.postcodes[0] ?? '') : '';
  // Kept in the flow's state, not here: "Verkeerd verstuurd?" and back unmounts this form.
  const kept = stored !== null && stored.protocolId === protocol.id ? stored.values : {};
  const values: Record<ReferralField, string> = {
    firstName: kept.firstName ?? '',
    lastName: kept.lastName ?? '',
    street: kept.street ?? '',
    houseNumber: kept.houseNumber ?? '',
    postcode: kept.postcode ?? single,
    municipality: kept.municipality ?? protocol.municipality.name,
    phone: kept.phone ?? '',
    email: kept.email ?? '',
  };
  const [errors, setErrors] = useState<ReferralFormErrors>({});
  const [making, setMaking] = useState<Making>('idle');
  const [editing, setEditing] = useState<Editing>('first');
  // Once the PDF is made the fields are read-only: a silent edit would discard it unseen.
  const frozen = made !== null;

  const set = (field: ReferralField, value: string): void => {
    actions.setFormValues(protocol.id, { ...values, [field]: value });
    // Phone and e-mail answer one question (either will do): typing one clears the other's error too.
    const answered: readonly ReferralField[] = field === 'phone' || field === 'email' ? ['phone', 'email'] : [field];
    if (answered.some((f) => errors[f])) setErrors((e) => ({ ...e, ...Object.fromEntries(answered.map((f) => [f, undefined])) }));
  };

  const edit = (): void => {
    setEditing('remake');
    actions.clearDocument();
    // The button goes away with the PDF: keep the keyboard user in the form, at its top.
    document.getElementById('form-firstName')?.focus();
  };

  const make = async (): Promise<void> => {
    const parsed = parseReferralForm(values, { postcodes: protocol.municipality.postcodes, municipality: protocol.municipality.name });
    if (!parsed.ok) {
      setErrors(parsed.errors);
      const first = REFERRAL_FIELDS.find((f) => parsed.errors[f] !== undefined);
      if (first) document.getElementById(`form-${first}`)?.focus();
      return;
    }
    setErrors({});
    setMaking('running');
    setMaking((await actions.makeDocument(parsed.form)) === 'made' ? 'idle' : 'failed');
  };

  const field = (name: ReferralField): ReactElement => {
    const error = errors[name];
    const hint = REFERRAL_FIELD_HINTS[name];
    const other = OR_OTHER[name];
    const label = other ? `${REFERRAL_FIELD_LABELS[name][lang]} ${other(t)}` : REFERRAL_FIELD_LABELS[name][lang];
    return (
      <Field
        key={name}
        label={label}
        required={!OPTIONAL.has(name)}
        hint={hint ? hint[lang] : undefined}
        validationMessage={error ? error[lang] : undefined}
        validationState={error ? 'error' : 'none'}
      >
        <Input
          id={`form-${name}`}
          className={styles.input}
          value={values[name]}
          maxLength={REFERRAL_FIELD_MAX_LENGTH[name]}
          type={INPUT_TYPE[name] ?? 'text'}
          autoComplete={AUTOCOMPLETE[name]}
          readOnly={frozen}
          data-testid={`form-${name}`}
          onChange={(_, data) => set(name, data.value)}
        />
      </Field>
    );
  };

  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void make();
      }}
    >
      {field('firstName')}
      {field('lastName')}
      <div className={errors.street || errors.houseNumber ? styles.stacked : styles.row}>
        {field('street')}
        {field('houseNumber')}
      </div>
      <div className={errors.municipality || errors.postcode ? styles.stacked : styles.row}>
        {field('municipality')}
        {field('postcode')}
      </div>
      {field('phone')}
      {field('email')}
      {making === 'failed' && <MessageLine intent="error" text={t.formPdfFailed} />}
      {made === null ? (
        <>
          {editing === 'remake' && <MessageLine intent="warning" testId="pdf-remake" text={t.formRemake} />}
          <Button type="submit" appearance="primary" disabled={making === 'running'} data-testid="make-pdf">
            {making === 'running' ? <Spinner size="tiny" label={t.formMaking} /> : t.formMake}
          </Button>
        </>
      ) : (
        <>
          <MessageLine intent="success" testId="pdf-ready" text={t.formReady} />
          <div className={styles.ready}>
            <Text size={200}>{t.formEditExplain}</Text>
            <Button onClick={edit} data-testid="form-edit">
              {t.formEdit}
            </Button>
          </div>
          {made.transliteratedFields.length > 0 && (
            <MessageLine
              intent="warning"
              testId="pdf-transliterated"
              text={t.formTransliterated(made.transliteratedFields.map((name) => REFERRAL_FIELD_LABELS[name][lang]).join(', '))}
            />
          )}
        </>
      )}
    </form>
  );
}
