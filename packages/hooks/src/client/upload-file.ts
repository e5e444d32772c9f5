import type { UploadFileOptions } from './client-types.js';
import type { ClientContext } from './client-context.js';
import { checkFile } from './check-file.js';
import { fileNameOf } from './file-name-of.js';
import { createProgressReporter } from './progress-reporter.js';
import { runUploadFunction } from './run-upload-function.js';
import { sendUpload } from './send-upload.js';

/** Checks the file's content, sends it through the configured upload step, and resolves with the stored path. */
export async function uploadFile(context: ClientContext, file: Blob, options: UploadFileOptions = {}): Promise<string> {
  await checkFile(file, context.files);
  const reporter = createProgressReporter(options.onProgress);
  const fileName = fileNameOf(file);
  const path =
    typeof context.upload === 'function'
      ? await runUploadFunction(context.upload, file, fileName, reporter, options.signal)
      : await sendUpload(context, context.upload, file, fileName, reporter, options.signal);
  reporter.complete(file.size);
  return path;
}
