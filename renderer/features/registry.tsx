import type { Workbook } from '../../shared/workbook/schema';
import { disclosingSections } from './disclosing/sections';
import { partnerSections } from './partner/sections';
import type { SectionDefinition } from './types';
import { WorkbookSettingsSection } from './workbookSettings/WorkbookSettingsSection';

const settingsSection: SectionDefinition<Workbook> = {
  id: 'thisWorkbook',
  title: 'This workbook',
  render: (props) => <WorkbookSettingsSection {...props} />,
};

export function sectionsFor(workbook: Workbook): SectionDefinition<Workbook>[] {
  const list = (workbook.role === 'disclosing'
    ? disclosingSections
    : partnerSections) as unknown as SectionDefinition<Workbook>[];
  return [...list, settingsSection];
}
