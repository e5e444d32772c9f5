// Preparing a photo with your own upload code: metadata removed, upright, downscaled, then sent.
import { createDocumentsClient, type Document } from '@iddocs/hooks';
import { isPrepareError, prepareFile } from '@iddocs/hooks/prepare';

const client = createDocumentsClient({ baseUrl: 'https://broker.example', getAccessToken: () => sessionStorage.getItem('token') });

export async function uploadPassportPhoto(file: File, say: (text: string) => void, signal: AbortSignal): Promise<Document | undefined> {
  try {
    const { file: clean, report } = await prepareFile(file, { signal, maxEdge: 2560 });
    if (report.removed.includes('location')) say('Location data removed from photo');
    if (report.hints.some((hint) => hint.kind === 'blurry')) say('This photo looks blurry: the text may not be readable.');
    return await client.upload(clean, { typeId: 1, signal });
  } catch (error) {
    if (!isPrepareError(error)) throw error;
    say(error.message); // names the file and says what to do; nothing was uploaded
    return undefined;
  }
}
