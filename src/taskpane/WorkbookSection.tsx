/**
 * The first group of the pane: insert the template (with or without the sample county), 一键计算, clear the
 * results and, where the host can, draft the self-evaluation report.
 */
import * as React from 'react';
import { Button, Checkbox } from '@fluentui/react-components';
import { ReportButton } from './ReportButton';
import type { SectionProps } from './section';
import { useSectionStyles } from './section';

/** The template and evaluation buttons. */
export function WorkbookSection(props: SectionProps): React.JSX.Element {
  const { actions, strings: s, pane, evaluation } = props;
  const styles = useSectionStyles();
  const [withSample, setWithSample] = React.useState(false);

  const insertTemplate = (): Promise<void> =>
    pane.run(async () => {
      await actions.insertTemplate(withSample);
      pane.notify(s.templateInserted);
    });

  return (
    <div className={styles.group} role="group" aria-label={s.templateSection}>
      <Checkbox label={s.includeSample} checked={withSample} onChange={(_, d) => setWithSample(d.checked === true)} />
      <div className={styles.buttons}>
        <Button onClick={() => void insertTemplate()} disabledFocusable={pane.disabled}>
          {s.insertTemplate}
        </Button>
        <Button appearance="primary" onClick={() => void evaluation.evaluate()} disabledFocusable={pane.disabled}>
          {s.evaluate}
        </Button>
        <Button onClick={() => void evaluation.clear()} disabledFocusable={pane.disabled}>
          {s.clearResults}
        </Button>
        <ReportButton {...props} />
      </div>
    </div>
  );
}
