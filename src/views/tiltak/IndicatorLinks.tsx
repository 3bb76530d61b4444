import { Button, Field, Fieldset, Label, Select } from '@digdir/designsystemet-react';
import { DIRECTIONS } from '../../domain/contract.ts';
import { useT, type MessageKey } from '../../i18n/i18n.ts';
import type { IndicatorPickRow } from '../../sql/rows.ts';
import type { MeasureDraftForm } from './useMeasureDraft.ts';

/** The measure's indicator links: each with its expected direction and an unlink button, and a picker to add one. */
export function IndicatorLinks({
  form,
  indicators,
}: {
  /** The editor's draft. */
  form: MeasureDraftForm;
  /** Every indicator the picker offers. */
  indicators: IndicatorPickRow[];
}) {
  const { t, lang } = useT();
  const name = (i: IndicatorPickRow) => (lang === 'en' ? i.name_en : i.name_nb);
  return (
    <Fieldset>
      <Fieldset.Legend>{t('tiltak.indicators')}</Fieldset.Legend>
      <ul className="link-list">
        {form.indicatorLinks.map((l) => {
          const found = indicators.find((i) => i.id === l.indicator_id);
          return (
            <li key={l.indicator_id}>
              {found ? name(found) : l.indicator_id}
              <Select
                aria-label={t('tiltak.direction')}
                value={l.expected_direction}
                onChange={(e) => form.setDirection(l, e.target.value)}
                data-size="sm"
                width="auto"
              >
                {DIRECTIONS.map((d) => (
                  <option key={d} value={d}>
                    {t(`direction.${d}` as MessageKey)}
                  </option>
                ))}
              </Select>
              <Button
                variant="tertiary"
                data-size="sm"
                type="button"
                onClick={() => form.unlink(l)}
              >
                {t('tiltak.unlink')}
              </Button>
            </li>
          );
        })}
      </ul>
      <Field>
        <Label>{t('tiltak.addIndicator')}</Label>
        <Select
          value=""
          onChange={(e) => e.target.value && form.addIndicator(e.target.value)}
          data-testid="add-indicator"
        >
          <option value="">{t('tiltak.choose')}</option>
          {indicators
            .filter((i) => !form.indicatorLinks.some((l) => l.indicator_id === i.id))
            .map((i) => (
              <option key={i.id} value={i.id}>
                {name(i)}
              </option>
            ))}
        </Select>
      </Field>
    </Fieldset>
  );
}
