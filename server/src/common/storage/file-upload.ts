import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { CommonErrorReason } from '@living-lab/shared';
import busboy from 'busboy';
import type { Request } from 'express';
import { fromFile } from 'file-type';
import { BadUserInputError } from '../errors/domain-error';

/**
 * What an upload may be, decided from the content (file-type reads the magic numbers and, for
 * zip-based office files, the entries inside), never from the name or the browser's claim.
 */
export const ALLOWED_FILE_TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};

/** A received file, checked: in a temporary file until the caller stores it (`discard` removes it). */
export interface ReceivedFile {
  temporaryPath: string;
  /** The name to show and download under: the user's, cleaned, with the real type's extension. */
  name: string;
  contentType: string;
  size: number;
}

export interface ReceivedUpload {
  /** The text fields of the form, by name (the last value of a repeated name). */
  fields: Record<string, string>;
  file: ReceivedFile;
}

const MAX_NAME_LENGTH = 200;
// Control characters (C0, DEL, C1) and the bidirectional overrides that disguise an extension.
const FORBIDDEN_IN_NAME = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/u;

/**
 * The user's file name for display, or FILE_NAME_INVALID: a name with a folder in it (`/`, `\`),
 * `.`/`..`, control characters or nothing at all is refused, not repaired.
 */
export function cleanFileName(raw: string | undefined): string {
  const name = (raw ?? '').normalize('NFC').trim();
  if (!name || name === '.' || name === '..' || /[/\\]/.test(name) || FORBIDDEN_IN_NAME.test(name)) {
    throw new BadUserInputError(CommonErrorReason.FILE_NAME_INVALID, { fields: [{ field: 'file', message: 'file.name' }] });
  }
  return name.replace(/\s+/g, ' ');
}

/** The name with the extension of its real type (a PDF named `report.exe` downloads as `report.exe.pdf`), shortened to 200 characters. */
export function nameWithExtension(name: string, extension: string): string {
  const suffix = `.${extension}`;
  const aliases = extension === 'jpg' ? ['.jpg', '.jpeg'] : [suffix];
  const named = aliases.some((alias) => name.toLowerCase().endsWith(alias)) ? name : `${name}${suffix}`;
  if (named.length <= MAX_NAME_LENGTH) return named;
  const ending = named.slice(named.lastIndexOf('.'));
  return `${named.slice(0, MAX_NAME_LENGTH - ending.length)}${ending}`;
}

/**
 * Reads one multipart/form-data upload as a stream into a temporary file, stopping at `maxBytes`,
 * then checks it: present, not empty, not too large, a name without a path, an allowed type by its
 * content. Every refusal is a BAD_USER_INPUT naming the field `file`, and leaves no temporary file.
 * On success the caller stores the file and calls `discardUpload`.
 */
export async function receiveUpload(request: Request, maxBytes: number): Promise<ReceivedUpload> {
  if (!request.headers['content-type']?.toLowerCase().startsWith('multipart/form-data')) {
    throw new BadUserInputError(CommonErrorReason.MALFORMED_UPLOAD, { fields: [{ field: 'file', message: 'file.malformed' }] });
  }
  const temporaryPath = path.join(os.tmpdir(), `livinglab-upload-${randomUUID()}`);
  try {
    const { fields, fileName, truncated, fileCount } = await parseMultipart(request, maxBytes, temporaryPath);
    if (fileCount === 0) throw fileError(CommonErrorReason.FILE_MISSING, 'file.missing');
    if (fileCount > 1) throw fileError(CommonErrorReason.MALFORMED_UPLOAD, 'file.malformed');
    if (truncated) throw fileError(CommonErrorReason.FILE_TOO_LARGE, 'file.tooLarge', { maxBytes });
    const name = cleanFileName(fileName);
    const { size } = await stat(temporaryPath);
    if (size === 0) throw fileError(CommonErrorReason.FILE_EMPTY, 'file.empty');
    const detected = await fromFile(temporaryPath);
    const extension = detected ? ALLOWED_FILE_TYPES[detected.mime] : undefined;
    if (!detected || !extension) throw fileError(CommonErrorReason.FILE_TYPE_NOT_ALLOWED, 'file.type');
    return { fields, file: { temporaryPath, name: nameWithExtension(name, extension), contentType: detected.mime, size } };
  } catch (error) {
    await rm(temporaryPath, { force: true });
    throw error;
  }
}

export async function discardUpload(upload: ReceivedUpload): Promise<void> {
  await rm(upload.file.temporaryPath, { force: true });
}

/**
 * Receives an upload, lets `store` keep it (write the file, then its row), and removes the temporary
 * file whatever happens: the shape of every upload route.
 */
export async function withReceivedUpload<T>(request: Request, maxBytes: number, store: (upload: ReceivedUpload) => Promise<T>): Promise<T> {
  const upload = await receiveUpload(request, maxBytes);
  try {
    return await store(upload);
  } finally {
    await discardUpload(upload);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a path segment is a UUID: routes answer NOT_FOUND for anything else before reading the database. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function fileError(reason: CommonErrorReason, message: string, params?: Record<string, number>): BadUserInputError {
  return new BadUserInputError(reason, { params, fields: [{ field: 'file', message }] });
}

interface ParsedMultipart {
  fields: Record<string, string>;
  fileName: string | undefined;
  truncated: boolean;
  fileCount: number;
}

function parseMultipart(request: Request, maxBytes: number, temporaryPath: string): Promise<ParsedMultipart> {
  return new Promise((resolve, reject) => {
    const parsed: ParsedMultipart = { fields: {}, fileName: undefined, truncated: false, fileCount: 0 };
    let parser: busboy.Busboy;
    try {
      // preservePath: the name as sent, so a name with a folder is refused rather than silently cut.
      parser = busboy({
        headers: request.headers,
        preservePath: true,
        limits: { fileSize: maxBytes, files: 2, fields: 20, fieldSize: 8 * 1024, parts: 30 },
      });
    } catch {
      reject(fileError(CommonErrorReason.MALFORMED_UPLOAD, 'file.malformed'));
      return;
    }
    const writes: Promise<void>[] = [];
    parser.on('field', (name, value) => {
      parsed.fields[name] = value;
    });
    parser.on('file', (_name, stream, info) => {
      parsed.fileCount += 1;
      if (parsed.fileCount > 1) {
        stream.resume();
        return;
      }
      parsed.fileName = info.filename;
      // busboy stops the stream at the limit and flags it; the rest of the request is drained.
      stream.on('limit', () => {
        parsed.truncated = true;
      });
      writes.push(pipeline(stream, createWriteStream(temporaryPath, { flags: 'wx', mode: 0o600 })));
    });
    parser.on('error', () => reject(fileError(CommonErrorReason.MALFORMED_UPLOAD, 'file.malformed')));
    parser.on('close', () => {
      Promise.all(writes).then(
        () => resolve(parsed),
        (error: unknown) => reject(error),
      );
    });
    request.pipe(parser);
  });
}
