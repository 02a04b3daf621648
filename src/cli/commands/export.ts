import { UsageError } from '../../core/errors.js';
import { exportNetwork } from '../../core/export/export-network.js';
import { EXPORT_FORMATS, exportFormatOf, type ExportFormat } from '../../core/export/formats.js';
import type { CliContext } from '../context.js';
import { plural, print, success } from '../output.js';
import { writeOutputFile } from '../../store/output-file.js';
import { openStore } from '../store.js';

export interface ExportOptions {
  format?: string;
  force?: true;
}

export async function exportCommand(context: CliContext, file: string, options: ExportOptions): Promise<void> {
  if (options.format !== undefined && !(EXPORT_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`--format "${options.format}" is not one conet writes.`, { hint: `Use ${EXPORT_FORMATS.join(', ')}.` });
  }
  const format = (options.format as ExportFormat | undefined) ?? exportFormatOf(file);
  if (!format) {
    throw new UsageError(`Cannot tell which format to write from "${file}".`, { hint: `Pass --format (${EXPORT_FORMATS.join(', ')}).` });
  }
  const store = openStore(context);
  const network = await store.load();
  const text = await exportNetwork(network, format);
  if (file === '-') return print(context, text);

  await writeOutputFile(context.cwd, file, text, { force: options.force, networkFile: store.path });
  const relationships = format === 'gexf' || format === 'graphml' || format === 'json' ? ` and ${plural(network.relationships.length, 'relationship')}` : '';
  success(context, `Exported ${plural(network.contacts.length, 'contact')}${relationships} to ${file} (${format}).`);
}
