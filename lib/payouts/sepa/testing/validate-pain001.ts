import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { memoryPages, validateXML } from 'xmllint-wasm';

// Validates a pain.001.001.03 document against the official ISO 20022 schema
// (a copy of the XSD lives beside the builder, so a clean clone has it), with
// libxml2's xmllint compiled to WebAssembly: no native tool to install, no
// network. For tests and checks, not the export path.

const XSD_PATH = path.join(import.meta.dirname, '..', 'pain.001.001.03.xsd');
let schema: Promise<string> | undefined;

export type Pain001Validation = { valid: boolean; errors: string[] };

export async function validatePain001(xml: string): Promise<Pain001Validation> {
  schema ??= readFile(XSD_PATH, 'utf8');
  const result = await validateXML({
    xml: [{ fileName: 'pain.001.xml', contents: xml }],
    schema: [{ fileName: 'pain.001.001.03.xsd', contents: await schema }],
    // Room for a batch of some thousands of payments; the default is 32 MiB.
    maxMemoryPages: 512 * memoryPages.MiB,
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}
