import { z } from 'zod';
import { COPIED_TEXT_HASH } from '../clipboardText';
import { DELETE_WORKBOOK_TEXTS } from '../guidance/everydayTexts';
import { MAX_PASSPHRASE_LENGTH } from '../passphrase';
import { preferencesPatchSchema, type Preferences } from '../preferences';
import type { OutlineEntry } from '../export/model';
import type { IncomingOffer } from '../incomingFile';
import type { PacketContent } from '../export/questionPacket';
import { roleSchema, type Role, type Workbook } from '../workbook/schema';
import type { Channel } from './channels';
import { rendererLockKindSchema, type LockNotice, type LockOutcome } from './lock';

const secretSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('passphrase'), value: z.string().min(1).max(MAX_PASSPHRASE_LENGTH) }),
  z.object({ method: z.literal('recoveryKey'), value: z.string().min(1).max(200) }),
]);

const shareChoiceSchema = z
  .object({
    role: roleSchema,
    sections: z.array(z.string().min(1).max(64)).min(1).max(20),
    letter: z.union([z.literal('current'), z.number().int().positive().max(9999)]),
  })
  .strict();
const pageSizeSchema = z.enum(['a4', 'letter']);
const documentPasswordSchema = z.string().min(1).max(255);
const sessionDetailsSchema = z
  .object({
    therapistName: z.string().max(200).optional(),
    sessionDate: z.string().max(100).optional(),
    pageSize: pageSizeSchema,
    priorityAppendix: z.boolean().optional(),
  })
  .strict();

/** One package slot of the therapist's screen: a file name and whether it is open. Never content. */
export interface PackageSlot {
  role: Role;
  fileName: string | null;
  opened: boolean;
  madeAt: string | null;
}

export interface WorkbookSummary {
  role: Role;
  exists: boolean;
  unlocked: boolean;
}

/** What unlocking (or opening a backup) found. */
export interface OpenedWorkbook {
  content: Workbook;
  openedFromBackup: boolean;
  /** Why a backup was opened: the workbook file was damaged, missing, or an older copy. */
  restoredBecause?: 'damaged' | 'missing' | 'older';
  /** The workbook file is older than the newest save this computer has seen (it may have been replaced by an older copy). */
  olderCopy?: boolean;
  backupsAvailable?: number;
}

export interface AppInfo {
  version: string;
  platform: string;
  dataFolder: string;
}

/**
 * The IPC contract: every channel's input schema, and (as types) its output.
 * Content is validated again by the workbook schema in the service.
 */
export const contract = {
  'app:info': { input: z.undefined() },
  'workbooks:list': { input: z.undefined() },
  'workbook:create': {
    input: z.object({
      role: roleSchema,
      displayName: z.string().max(120),
      passphrase: z.string().min(1).max(MAX_PASSPHRASE_LENGTH),
    }),
  },
  'workbook:unlock': { input: z.object({ role: roleSchema, secret: secretSchema }) },
  'workbook:openBackup': { input: z.object({ role: roleSchema, secret: secretSchema }) },
  'workbook:save': { input: z.object({ role: roleSchema, content: z.unknown() }) },
  /** Autosave: only the parts that changed (see shared/workbook/changes.ts); each is validated against its own schema. */
  'workbook:saveChanges': {
    input: z.object({
      role: roleSchema,
      changes: z
        .array(z.object({ path: z.array(z.string().min(1).max(64)).min(1).max(3), value: z.unknown() }))
        .min(1)
        .max(200),
    }),
  },
  'workbook:lock': { input: z.object({ role: roleSchema }) },
  'workbook:lockAll': { input: z.undefined() },
  'workbook:changePassphrase': {
    input: z.object({
      role: roleSchema,
      current: z.string().max(MAX_PASSPHRASE_LENGTH).nullable(),
      next: z.string().min(1).max(MAX_PASSPHRASE_LENGTH),
    }),
  },
  'workbook:replaceRecoveryKey': {
    input: z.object({ role: roleSchema, passphrase: z.string().min(1).max(MAX_PASSPHRASE_LENGTH) }),
  },
  /** Delete this workbook from this computer: its passphrase and the typed confirmation. */
  'workbook:delete': {
    input: z.object({
      role: roleSchema,
      passphrase: z.string().min(1).max(MAX_PASSPHRASE_LENGTH),
      confirmation: z.literal(DELETE_WORKBOOK_TEXTS.confirmPhrase),
    }),
  },
  'prefs:get': { input: z.undefined() },
  'prefs:set': { input: preferencesPatchSchema },
  /** SHA-256 hashes of text copied from a workbook (never the text itself). */
  'clipboard:clearIfFromWorkbook': { input: z.object({ hashes: z.array(z.string().regex(COPIED_TEXT_HASH)).max(100) }) },
  /** From inside one workbook: its own sections only (the main process refuses while the other is open). */
  'share:outline': { input: shareChoiceSchema },
  'share:package': { input: shareChoiceSchema },
  'share:document': {
    input: shareChoiceSchema.extend({ pageSize: pageSizeSchema, password: documentPasswordSchema.nullable() }).strict(),
  },
  /** The partner's readable "Questions for my therapist" (every question), protected unless the password is null. */
  'share:questions': {
    input: z
      .object({ withReflections: z.boolean(), pageSize: pageSizeSchema, password: documentPasswordSchema.nullable() })
      .strict(),
  },
  /** "For therapists": no workbook; packages chosen in a native dialog and opened with their share codes. */
  'therapist:status': { input: z.undefined() },
  'therapist:choose': { input: z.object({ role: roleSchema }).strict() },
  'therapist:open': { input: z.object({ role: roleSchema, code: z.string().min(1).max(64) }).strict() },
  'therapist:outline': { input: sessionDetailsSchema },
  'therapist:save': {
    input: z
      .object({
        what: z.enum(['document', 'readingCopy']),
        details: sessionDetailsSchema,
        password: documentPasswordSchema.nullable(),
      })
      .strict(),
  },
  'therapist:close': { input: z.undefined() },
  'questions:release': { input: z.undefined() },
  'questions:choosePacket': { input: z.undefined() },
  'questions:openPacket': { input: z.object({ code: z.string().min(1).max(64) }) },
  /** Lock through the lock coordinator (flush first). `force`: lock even if the save did not succeed. */
  'lock:request': { input: z.object({ kind: rendererLockKindSchema, force: z.boolean().optional() }) },
  /** The renderer's answer to a `flush-request`: did everything typed get saved? */
  'lock:flushed': { input: z.object({ id: z.number().int().nonnegative(), saved: z.boolean() }) },
  /** Anything to say at start (after the main process reloaded the window); asked once. */
  'lock:notice': { input: z.undefined() },
  /** The person left the neutral screen after a quick hide: the window title may show the app's name again. */
  'lock:unhide': { input: z.undefined() },
  'incoming:pending': { input: z.undefined() },
  'incoming:accept': {
    input: z.object({ id: z.number().int().positive(), choice: z.enum(['open', 'bring-in', 'replace']) }),
  },
  'incoming:dismiss': { input: z.object({ id: z.number().int().positive() }) },
  /** Help › About: show the error log's folder in the system's file manager. */
  'app:openLogFolder': { input: z.undefined() },
} satisfies Record<Channel, { input: z.ZodType }>;

export interface ContractOutputs {
  'app:info': AppInfo;
  'workbooks:list': WorkbookSummary[];
  'workbook:create': { recoveryKey: string; content: Workbook };
  'workbook:unlock': OpenedWorkbook;
  'workbook:openBackup': OpenedWorkbook;
  'workbook:save': { savedAt: string };
  'workbook:saveChanges': { savedAt: string };
  'workbook:lock': null;
  'workbook:lockAll': null;
  /** A new recovery key only for a workbook made by an earlier version (its old one cannot be kept). */
  'workbook:changePassphrase': { recoveryKey: string | null };
  'workbook:replaceRecoveryKey': { recoveryKey: string };
  'workbook:delete': { filesRemoved: number };
  'prefs:get': Preferences;
  'prefs:set': Preferences;
  'clipboard:clearIfFromWorkbook': { cleared: boolean };
  'share:outline': { outline: OutlineEntry[] };
  /** The share code is in this reply only, once. */
  'share:package': { fileName: string; code: string; sections: string[]; numbers: Record<string, number> };
  'share:document': { fileName: string; encrypted: boolean };
  'share:questions': { fileName: string; encrypted: boolean };
  'therapist:status': { slots: PackageSlot[] };
  'therapist:choose': { slots: PackageSlot[] };
  'therapist:open': { slots: PackageSlot[] };
  'therapist:outline': { outline: OutlineEntry[] };
  'therapist:save': { fileName: string; encrypted: boolean };
  'therapist:close': null;
  'questions:release': { code: string; fileName: string; questionCount: number; numbers: Record<string, number> };
  'questions:choosePacket': { fileName: string };
  'questions:openPacket': PacketContent;
  'lock:request': LockOutcome;
  'lock:flushed': null;
  'lock:notice': { notice: LockNotice | null };
  'lock:unhide': null;
  'incoming:pending': IncomingOffer | null;
  'incoming:accept': { role: Role };
  'incoming:dismiss': null;
  'app:openLogFolder': null;
}

export type ChannelInput<C extends Channel> = z.input<(typeof contract)[C]['input']>;
export type ChannelOutput<C extends Channel> = ContractOutputs[C];
