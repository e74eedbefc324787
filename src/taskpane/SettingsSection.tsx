/**
 * 评估标准 in a collapsible section: the settings form, whose saving makes the result on screen out of date.
 */
import * as React from 'react';
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel } from '@fluentui/react-components';
import type { SectionProps } from './section';
import { SettingsPanel } from './SettingsPanel';

/** The settings section. */
export function SettingsSection(props: SectionProps): React.JSX.Element {
  const { actions, strings: s, pane, evaluation } = props;
  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader as="h2">{s.settingsSection}</AccordionHeader>
        <AccordionPanel>
          <SettingsPanel
            actions={actions}
            strings={s}
            disabled={pane.disabled}
            run={pane.run}
            notify={pane.notify}
            // New standards change the figures: a result on screen no longer matches the workbook.
            onSaved={evaluation.markStale}
            fail={(message) => pane.fail(message)}
          />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
