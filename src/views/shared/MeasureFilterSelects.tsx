import { Field, Label, Select } from '@digdir/designsystemet-react';
import { PREVENTION_LEVELS, TARGET_GROUPS } from '../../domain/contract.ts';
import { useT, type MessageKey } from '../../i18n/i18n.ts';

/** A select over a fixed list of contract values, with an "all" option first. */
function ListSelect({
  label,
  all,
  prefix,
  values,
  value,
  onChange,
  testId,
}: {
  label: MessageKey;
  all: MessageKey;
  prefix: string;
  values: readonly string[];
  value: string;
  onChange: (v: string) => void;
  testId?: string;
}) {
  const { t } = useT();
  return (
    <Field>
      <Label>{t(label)}</Label>
      <Select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
        <option value="">{t(all)}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {t(`${prefix}.${v}` as MessageKey)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The prevention-level filter (universal, selective, indicated, treatment, system). */
export function LevelSelect(props: {
  value: string;
  onChange: (v: string) => void;
  testId?: string;
}) {
  return (
    <ListSelect
      label="dekning.level"
      all="dekning.allLevels"
      prefix="prevention"
      values={PREVENTION_LEVELS}
      {...props}
    />
  );
}

/** The target-group filter. */
export function GroupSelect(props: {
  value: string;
  onChange: (v: string) => void;
  testId?: string;
}) {
  return (
    <ListSelect
      label="dekning.group"
      all="dekning.allGroups"
      prefix="group"
      values={TARGET_GROUPS}
      {...props}
    />
  );
}
