/** What the export wizard sends: choices only, never content. */
import { z } from 'zod';
import { DISCLOSING_EXPORT_SECTIONS, PARTNER_EXPORT_SECTIONS } from './sections';

export const exportRequestSchema = z.object({
  selection: z.object({
    disclosing: z.array(z.enum(DISCLOSING_EXPORT_SECTIONS)).max(DISCLOSING_EXPORT_SECTIONS.length).nullable(),
    partner: z.array(z.enum(PARTNER_EXPORT_SECTIONS)).max(PARTNER_EXPORT_SECTIONS.length).nullable(),
  }),
  letterDraftId: z.string().max(64).nullable().default(null),
  coupleNames: z.string().max(200).default(''),
  therapistName: z.string().max(200).default(''),
  sessionDate: z.string().max(100).default(''),
  pageSize: z.enum(['a4', 'letter']).default('a4'),
});
export type ExportRequest = z.output<typeof exportRequestSchema>;
export type ExportRequestInput = z.input<typeof exportRequestSchema>;

export type ExportSource = 'thisComputer' | 'file';
